#!/usr/bin/env bash
# Package consumer test. Packs ContactsSdk, ContactsSdk.Testing, ContactsSdk.Redis and the ContactsSdk.Testing.Host tool with a unique
# prerelease version (<Version>-ci.<time>) into a temporary folder, checks the packages' metadata and dependencies, then
# builds a throw-away console app that references both libraries by that version (a temporary nuget.config adds the
# folder as an extra source and keeps the machine's sources) and runs it: the package's glue points an AgentClara
# registration (ContactsClientBuilder) and a configuration-bound Wix one (AddContactsSdk) at the fakes, then create, get,
# list and delete. Finally installs the tool from the folder (dotnet tool install --tool-path) and runs contacts-fakes
# until it prints READY=1, then stops it by closing its stdin, and installs the contacts tool (ContactsSdk.Cli) and runs
# `contacts --demo sync` on its embedded fakes. Exits non-zero on any failure. Needs only the .NET SDK, bash and coreutils.
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

echo "consumer-test: packing ContactsSdk, ContactsSdk.Testing, ContactsSdk.Redis, ContactsSdk.AspNetCore and ContactsSdk.Testing.Host $version"
# A private artifacts path: the packages are built afresh, and the repository's obj/ folders keep their own restore.
dotnet pack -c Release -p:PackageVersion="$version" --artifacts-path "$work/artifacts" -o "$feed" -tl:off -nologo \
  >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; fail "dotnet pack failed"; }
if grep -Eiq ': warning [A-Z]+[0-9]+' "$work/pack.log"; then
  grep -Ei ': warning [A-Z]+[0-9]+' "$work/pack.log" | sort -u >&2
  fail "dotnet pack reported warnings"
fi

for id in ContactsSdk ContactsSdk.Testing ContactsSdk.Redis ContactsSdk.AspNetCore; do
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
# ContactsSdk.Redis brings StackExchange.Redis; ContactsSdk itself never does.
grep -qF "<dependency id=\"ContactsSdk\" version=\"$version\"" "$work/ContactsSdk.Redis.nuspec" ||
  fail "ContactsSdk.Redis does not depend on ContactsSdk $version"
grep -qF '<dependency id="StackExchange.Redis"' "$work/ContactsSdk.Redis.nuspec" || fail "ContactsSdk.Redis does not depend on StackExchange.Redis"
if grep -qi 'dependency id="StackExchange' "$work/ContactsSdk.nuspec"; then
  fail "ContactsSdk depends on Redis"
fi
# issue 16: the ASP.NET Core package depends on ContactsSdk and brings the shared framework, never a test package.
grep -qF "<dependency id=\"ContactsSdk\" version=\"$version\"" "$work/ContactsSdk.AspNetCore.nuspec" ||
  fail "ContactsSdk.AspNetCore does not depend on ContactsSdk $version"
grep -qF '<frameworkReference name="Microsoft.AspNetCore.App"' "$work/ContactsSdk.AspNetCore.nuspec" ||
  fail "ContactsSdk.AspNetCore does not reference the Microsoft.AspNetCore.App framework"
if grep -Eio 'dependency id="[^"]*(WireMock|NUnit|Test\.Sdk|TestAdapter|TestHost|Testing)[^"]*"' "$work/ContactsSdk.AspNetCore.nuspec"; then
  fail "ContactsSdk.AspNetCore depends on a test-only package"
fi

# The tool: a DotnetTool package that carries its own dependencies (nothing for a consumer's project to restore).
tool_id=ContactsSdk.Testing.Host
tool_nupkg="$feed/$tool_id.$version.nupkg"
[ -f "$tool_nupkg" ] || fail "no $tool_id.$version.nupkg was produced"
for entry in README.md "tools/net10.0/any/$tool_id.dll" "tools/net10.0/any/ContactsSdk.Testing.dll" \
    "tools/net10.0/any/DotnetToolSettings.xml"; do
  grep -aqF "$entry" "$tool_nupkg" || fail "$tool_id.$version.nupkg has no $entry"
done
tool_nuspec=$(find "$work/artifacts/obj" -name "$tool_id.$version.nuspec" | head -n 1)
[ -n "$tool_nuspec" ] || fail "no nuspec was written for $tool_id"
grep -qF '<packageType name="DotnetTool"' "$tool_nuspec" || fail "$tool_id is not packed as a dotnet tool"
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
    <PackageReference Include="ContactsSdk.Redis" Version="[$version]" />
    <PackageReference Include="ContactsSdk.AspNetCore" Version="[$version]" />
  </ItemGroup>
</Project>
EOF
cat >"$work/app/Program.cs" <<'EOF'
using ContactsSdk;
using ContactsSdk.Testing.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// The glue from the package: one call per vendor points a registration at a fake. UseRedis (ContactsSdk.Redis) names a
// port where no Redis listens: by default its quota and write lock fall back to the in-process ones, so calls go on.
using var fake = AgentClaraFake.Start();
await using var clients = new ContactsClientBuilder()
    .Configure(sdk => sdk.AddAgentClara("clara", fake).UseRedis("127.0.0.1:1", o => o.OperationTimeout = TimeSpan.FromMilliseconds(300)))
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
await clara.AddTagsAsync(created.Id, ["redis-fallback"], ct);
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

// A configuration-bound registration, redirected by UseFake: the fake wins over the bound address and key.
using var wixFake = WixFake.Start();
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Wix:ApiKey"] = "IST.not-a-real-key",
    ["Wix:SiteId"] = "not-a-real-site",
    ["Wix:BaseAddress"] = "https://wix.invalid/",
}).Build();
var services = new ServiceCollection();
services.AddContactsSdk().AddWix("wix", configuration.GetSection("Wix")).UseFake("wix", wixFake);
await using var provider = services.BuildServiceProvider();
var wix = provider.GetRequiredKeyedService<IContactsClient>("wix");
var grace = await wix.CreateAsync(
    new ContactDraft { Name = PersonName.FromFull("Grace Hopper"), Channels = [new ContactChannel(ChannelKind.Email, "grace@example.com")] }, ct);
Check(wixFake.ContactCount() == 1 && (await wix.GetAsync(grace.Id, ct)).Name.Full == "Grace Hopper", "UseFake did not reach the Wix fake");
// issue 16: the ASP.NET Core package receives the Wix fake's signed webhook on a real Kestrel port.
var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
var web = WebApplication.CreateSlimBuilder();
web.WebHost.UseUrls("http://127.0.0.1:0");
web.Services.AddContactsWebhooks(o => o.Wix.PublicKeys.Add(FakeWebhookSender.WixPublicKeyPem))
    .AddHandler((e, _, _) => { received.TrySetResult(e.VendorEventType); return Task.CompletedTask; });
await using var receiver = web.Build();
receiver.MapWixWebhooks("/webhooks/wix");
await receiver.StartAsync(ct);
wixFake.Webhooks.SendTo(new Uri(new Uri(receiver.Urls.First()), "/webhooks/wix"));
await wix.UpdateAsync(grace.Id, new ContactPatch { JobTitle = "Rear admiral" }, ct);
await wixFake.Webhooks.FlushAsync(ct);
Check(wixFake.Webhooks.Deliveries.Single().StatusCode == 200, "the webhook endpoint refused the fake's webhook");
Check(await received.Task.WaitAsync(ct) == "wix.contacts.v4.contact_updated", "the webhook handler got another event");
await receiver.StopAsync(ct);
Console.WriteLine($"consumer app: created, got, listed and deleted {created.Id} through the ContactsSdk package and its fake glue, and received a webhook through ContactsSdk.AspNetCore");
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
grep -qF "\"ContactsSdk.Redis/$version\"" "$work/app/obj/project.assets.json" ||
  fail "the consumer app did not restore ContactsSdk.Redis $version"
grep -qF "\"ContactsSdk.AspNetCore/$version\"" "$work/app/obj/project.assets.json" ||
  fail "the consumer app did not restore ContactsSdk.AspNetCore $version"
if grep -q '"type": "project"' "$work/app/obj/project.assets.json"; then
  fail "the consumer app references a project instead of the packages"
fi

echo "consumer-test: running the consumer app"
timeout 120 dotnet run --project "$work/app" --no-build || fail "the consumer app failed"

echo "consumer-test: installing the contacts-fakes tool from the packed folder"
dotnet tool install "$tool_id" --version "$version" --tool-path "$work/tool" --add-source "$feed" >"$work/tool-install.log" 2>&1 ||
  { cat "$work/tool-install.log" >&2; fail "dotnet tool install $tool_id failed"; }
[ -x "$work/tool/contacts-fakes" ] || fail "the tool did not install a contacts-fakes command"
mkfifo "$work/tool.in"
timeout 60 "$work/tool/contacts-fakes" --vendors agentclara,ecwid --exit-on-stdin-close <"$work/tool.in" \
  >"$work/tool.out" 2>"$work/tool.err" &
tool_pid=$!
exec 3>"$work/tool.in" # holds the tool's stdin open; closing it stops the tool
for _ in $(seq 1 60); do
  grep -q '^READY=1' "$work/tool.out" && break
  kill -0 "$tool_pid" 2>/dev/null || break
  sleep 0.5
done
exec 3>&-
wait "$tool_pid" || { cat "$work/tool.err" >&2; fail "contacts-fakes exited with an error"; }
for key in AGENTCLARA_BASE_URL=http://127.0.0.1: AGENTCLARA_API_KEY= ECWID_BASE_URL=http://127.0.0.1: ECWID_TOKEN= READY=1; do
  grep -q "^$key" "$work/tool.out" || { cat "$work/tool.out" "$work/tool.err" >&2; fail "contacts-fakes printed no $key line"; }
done
if grep -q '^WIX_' "$work/tool.out"; then
  fail "contacts-fakes --vendors agentclara,ecwid printed Wix lines"
fi
echo "consumer-test: contacts-fakes installed from the package, served and stopped"
# The contacts tool (issue 17): installed from the packed folder like any dotnet tool, then a demo sync on its embedded fakes.
cli_id=ContactsSdk.Cli
[ -f "$feed/$cli_id.$version.nupkg" ] || fail "no $cli_id.$version.nupkg was produced"
echo "consumer-test: installing the contacts tool from the packed folder"
dotnet tool install "$cli_id" --version "$version" --tool-path "$work/cli" --add-source "$feed" >"$work/cli-install.log" 2>&1 ||
  { cat "$work/cli-install.log" >&2; fail "dotnet tool install $cli_id failed"; }
[ -x "$work/cli/contacts" ] || fail "the tool did not install a contacts command"
timeout 120 "$work/cli/contacts" --demo sync ecwid agentclara --marker-tag from-ecwid --json >"$work/cli-sync.json" 2>"$work/cli-sync.err" ||
  { cat "$work/cli-sync.err" >&2; fail "contacts --demo sync ecwid agentclara failed"; }
grep -q '"created":4' "$work/cli-sync.json" || { cat "$work/cli-sync.json" >&2; fail "contacts --demo sync did not create the 4 new demo contacts"; }
timeout 120 "$work/cli/contacts" --demo sync wix ecwid --dry-run >"$work/cli-plan.txt" 2>&1 ||
  { cat "$work/cli-plan.txt" >&2; fail "contacts --demo sync wix ecwid --dry-run failed"; }
status=0
"$work/cli/contacts" list wix >/dev/null 2>&1 || status=$?
[ "$status" -eq 5 ] || fail "contacts list wix without credentials exited $status, not 5"
echo "consumer-test: contacts installed from the package; demo sync, dry run and exit codes checked"
echo "consumer-test: passed"
