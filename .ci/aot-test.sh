#!/usr/bin/env bash
# Native AOT check. Hosts the three fakes out of process (the contacts-fakes tool, src/ContactsSdk.Testing.Host: WireMock
# cannot be compiled ahead of time), publishes samples/ContactsSdk.AotSample with Native AOT and fails on any warning, runs the native binary
# against the fakes (create, get, list, tag, delete on each vendor) and stops the host. Exits non-zero on any failure.
# Needs only the .NET SDK, bash and coreutils.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64 | Linux-arm64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;;
  *) echo "aot-test: no Native AOT runtime identifier known for $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/contactssdk-aot.XXXXXX")
host_pid=""
stop_host() {
  [ -n "$host_pid" ] || return 0
  exec 3>&- 2>/dev/null || true # closing the host's stdin asks it to stop
  for _ in $(seq 1 50); do
    kill -0 "$host_pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$host_pid" 2>/dev/null; then
    echo "aot-test: the fakes host did not stop when its stdin closed; sending SIGTERM" >&2
    kill -TERM "$host_pid" 2>/dev/null || true
  fi
  wait "$host_pid" 2>/dev/null || true
  host_pid=""
}
cleanup() {
  stop_host
  rm -rf "$work"
}
trap cleanup EXIT

echo "aot-test: starting the fakes host (contacts-fakes, src/ContactsSdk.Testing.Host)"
if ! dotnet build src/ContactsSdk.Testing.Host -tl:off -nologo >"$work/host-build.log" 2>&1; then
  cat "$work/host-build.log" >&2
  echo "aot-test: FAILED: could not build src/ContactsSdk.Testing.Host" >&2
  exit 1
fi
host_dll=$(dotnet msbuild src/ContactsSdk.Testing.Host -getProperty:TargetPath -nologo)
mkfifo "$work/host.in"
dotnet "$host_dll" --exit-on-stdin-close <"$work/host.in" >"$work/host.out" 2>"$work/host.err" &
host_pid=$!
exec 3>"$work/host.in" # holds the host's stdin open until stop_host closes it
for _ in $(seq 1 120); do
  grep -q '^READY=1' "$work/host.out" && break
  if ! kill -0 "$host_pid" 2>/dev/null; then
    echo "aot-test: FAILED: the fakes host exited early:" >&2
    cat "$work/host.err" >&2
    exit 1
  fi
  sleep 0.5
done
if ! grep -q '^READY=1' "$work/host.out"; then
  echo "aot-test: FAILED: the fakes host printed no READY=1 within 60 s" >&2
  exit 1
fi
while IFS='=' read -r key value; do
  case "$key" in
    AGENTCLARA_* | WIX_* | ECWID_*) export "$key=$value" ;;
  esac
done <"$work/host.out"

echo "aot-test: publishing samples/ContactsSdk.AotSample with Native AOT for $rid"
publish_log="$work/publish.log"
# A private artifacts path keeps the RID-specific restore (which NuGet applies to ContactsSdk too) out of the repo's obj/
# folders, so the next ordinary build does not restore and rebuild everything again; and every run compiles ContactsSdk
# and runs the AOT compiler afresh, so no warning hides behind an up-to-date build.
if ! dotnet publish samples/ContactsSdk.AotSample -c Release -r "$rid" -p:PublishAot=true \
    --artifacts-path "$work/artifacts" -o "$work/publish" -tl:off -nologo 2>&1 | tee "$publish_log"; then
  echo "aot-test: FAILED: the Native AOT publish failed" >&2
  exit 1
fi
if grep -Eiq ': warning [A-Z]+[0-9]+|warning (IL|NU|CS|CA|NETSDK)[0-9]+' "$publish_log"; then
  echo "aot-test: FAILED: the Native AOT publish reported warnings:" >&2
  grep -Ei ': warning [A-Z]+[0-9]+|warning (IL|NU|CS|CA|NETSDK)[0-9]+' "$publish_log" | sort -u >&2
  exit 1
fi
binary="$work/publish/ContactsSdk.AotSample"
if [ ! -x "$binary" ] || [ -e "$work/publish/ContactsSdk.dll" ]; then
  echo "aot-test: FAILED: $binary is not a self-contained native executable" >&2
  exit 1
fi
echo "aot-test: published $(du -h "$binary" | cut -f1) native binary, 0 warnings"

echo "aot-test: running the native binary against the fakes"
status=0
timeout 120 "$binary" agentclara wix ecwid || status=$?
stop_host
if [ "$status" -ne 0 ]; then
  echo "aot-test: FAILED: the native binary exited with $status" >&2
  exit 1
fi
echo "aot-test: passed"
