#!/usr/bin/env bash
# Package consumer test. Packs ContactsSdk and ContactsSdk.Testing with a unique prerelease version (<Version>-ci.<time>)
# into a temporary folder, checks the packages' metadata and dependencies, then builds a throw-away console app that
# references both packages by that version (a temporary nuget.config adds the folder as an extra source and keeps the
# machine's sources) and runs it: AgentClaraFake + AddContactsSdk().AddAgentClara(...) via ContactsClientBuilder, then
# create, get, list and delete a contact. Exits non-zero on any failure. Needs only the .NET SDK, bash and coreutils.
# Nothing is written to the repository's obj/bin folders nor to the machine's package cache (a temporary one is used,
# with the machine's cache as a read-only fallback).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d "${TMPDIR:-/tmp}/contactssdk-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() {
  echo "consumer-test: FAILED: $*" >&2
  exit 1
}

base_version=$(dotnet msbuild src/ContactsSdk -getProperty:Version -nologo)
version="$base_version-ci.$(date -u +%Y%m%d%H%M%S)"
feed="$work/feed"

echo "consumer-test: packing ContactsSdk and ContactsSdk.Testing $version"
# A private artifacts path: the packages are built afresh, and the repository's obj/ folders keep their own restore.
dotnet pack -c Release -p:PackageVersion="$version" --artifacts-path "$work/artifacts" -o "$feed" -tl:off -nologo \
  >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; fail "dotnet pack failed"; }
if grep -Eiq ': warning [A-Z]+[0-9]+' "$work/pack.log"; then
  grep -Ei ': warning [A-Z]+[0-9]+' "$work/pack.log" | sort -u >&2
  fail "dotnet pack reported warnings"
fi

for id in ContactsSdk ContactsSdk.Testing; do
  for ext in nupkg snupkg; do
    [ -f "$feed/$id.$version.$ext" ] || fail "no $id.$version.$ext was produced"
  done
  nupkg="$feed/$id.$version.nupkg"
  # Entry names are stored uncompressed in a zip, so grep finds them without unzip.
  for entry in README.md "lib/net10.0/$id.dll" "lib/net10.0/$id.xml"; do
    grep -aqF "$entry" "$nupkg" || fail "$id.$version.nupkg has no $entry"
  done
  grep -aqF "lib/net10.0/$id.pdb" "$feed/$id.$version.snupkg" || fail "$id.$version.snupkg has no pdb"
  nuspec=$(find "$work/artifacts/obj" -name "$id.$version.nuspec" | head -n 1)
  [ -n "$nuspec" ] || fail "no nuspec was written for $id"
  for element in "<id>$id</id>" "<version>$version</version>" '<license type="expression">MIT</license>' \
      '<readme>README.md</readme>' '<description>' '<tags>' '<repository type="git"'; do
    grep -qF "$element" "$nuspec" || fail "$id's nuspec lacks $element"
  done
  cp "$nuspec" "$work/$id.nuspec"
done
if grep -Eio 'dependency id="[^"]*(WireMock|NUnit|Test\.Sdk|TestAdapter|TimeProvider\.Testing|Polly\.Testing)[^"]*"' \
    "$work/ContactsSdk.nuspec"; then
  fail "ContactsSdk depends on a test-only package"
fi
grep -qF "<dependency id=\"ContactsSdk\" version=\"$version\"" "$work/ContactsSdk.Testing.nuspec" ||
  fail "ContactsSdk.Testing does not depend on ContactsSdk $version"
echo "consumer-test: packages and nuspecs look right"

machine_packages=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')
mkdir -p "$work/app"
# Stop MSBuild and NuGet from walking up into whatever the temporary folder's parents hold.
for file in Directory.Build.props Directory.Build.targets Directory.Packages.props; do
  echo '<Project />' >"$work/$file"
done
cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<!-- Adds the freshly packed folder as one more source; the machine's own sources stay. -->
<configuration>
  <packageSources>
    <add key="contactssdk-ci" value="$feed" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="machine" value="$machine_packages" />
  </fallbackPackageFolders>
</configuration>
EOF
cat >"$work/app/ConsumerApp.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ContactsSdk" Version="[$version]" />
    <PackageReference Include="ContactsSdk.Testing" Version="[$version]" />
  </ItemGroup>
</Project>
EOF
cat >"$work/app/Program.cs" <<'EOF'
using ContactsSdk;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;

using var fake = AgentClaraFake.Start();
await using var clients = new ContactsClientBuilder()
    .Configure(sdk => sdk.AddAgentClara("clara", options =>
    {
        options.ApiKey = AgentClaraFake.DefaultCredential;
        options.BaseAddress = fake.BaseAddress;
    }))
    .Build();
var clara = clients.Get<IAgentClaraContactsClient>("clara");
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
var ct = timeout.Token;

var created = await clara.CreateAsync(
    new ContactDraft
    {
        Name = PersonName.FromFull("Ada Lovelace"),
        Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")],
        Tags = ["consumer"],
    },
    ct);
var fetched = await clara.GetAsync(created.Id, ct);
Check(fetched.Id == created.Id && fetched.PrimaryEmail == "ada@example.com", "get returned another contact");

var listed = new List<Contact>();
await foreach (var contact in clara.ListAsync(new ContactQuery { Tag = "consumer" }, ct))
{
    listed.Add(contact);
}

Check(listed.Count == 1 && listed[0].Id == created.Id, $"list returned {listed.Count} contacts");

await clara.DeleteAsync(created.Id, ct);
Check(await clara.TryGetAsync(created.Id, ct) is null, "the contact is still there after delete");
Check(fake.ContactCount() == 0, "the fake still holds contacts");
Console.WriteLine($"consumer app: created, got, listed and deleted {created.Id} through the ContactsSdk package");
return 0;

static void Check(bool condition, string failure)
{
    if (!condition)
    {
        throw new InvalidOperationException(failure);
    }
}
EOF

echo "consumer-test: building a console app that references both packages by version $version"
export NUGET_PACKAGES="$work/packages"
dotnet build "$work/app" -tl:off -nologo >"$work/app-build.log" 2>&1 ||
  { cat "$work/app-build.log" >&2; fail "the consumer app does not build"; }
grep -qF "\"ContactsSdk/$version\"" "$work/app/obj/project.assets.json" ||
  fail "the consumer app did not restore ContactsSdk $version"
grep -qF "\"ContactsSdk.Testing/$version\"" "$work/app/obj/project.assets.json" ||
  fail "the consumer app did not restore ContactsSdk.Testing $version"
if grep -q '"type": "project"' "$work/app/obj/project.assets.json"; then
  fail "the consumer app references a project instead of the packages"
fi

echo "consumer-test: running the consumer app"
timeout 120 dotnet run --project "$work/app" --no-build || fail "the consumer app failed"
echo "consumer-test: passed"
