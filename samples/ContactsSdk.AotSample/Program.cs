using System.Globalization;
using ContactsSdk;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Wix;

// Exercises each vendor's facade (create, get, list, tag where supported, delete) through ContactsClientBuilder, as a
// Native AOT binary. Base addresses and credentials come from the environment, e.g. the lines printed by
// `dotnet run --project samples/ContactsSdk.Samples -- serve` (the fakes, hosted out of process). Arguments name the
// vendors to run (agentclara, wix, ecwid); without any, every configured vendor runs. Exit code 0 only if all passed.
var registrations = new Dictionary<string, Action<ContactsSdkBuilder>>(StringComparer.OrdinalIgnoreCase);
if (Env("AGENTCLARA_API_KEY") is { } claraKey)
{
    registrations["agentclara"] = sdk => sdk.AddAgentClara("agentclara", options =>
    {
        options.ApiKey = claraKey;
        options.BaseAddress = BaseAddress("AGENTCLARA_BASE_URL", AgentClaraOptions.DefaultBaseAddress);
    });
}

if (Env("WIX_API_KEY") is { } wixKey && Env("WIX_SITE_ID") is { } siteId)
{
    registrations["wix"] = sdk => sdk.AddWix("wix", options =>
    {
        options.ApiKey = wixKey;
        options.SiteId = siteId;
        options.BaseAddress = BaseAddress("WIX_BASE_URL", WixOptions.DefaultBaseAddress);
    });
}

if (Env("ECWID_STORE_ID") is { } storeId && Env("ECWID_TOKEN") is { } token)
{
    registrations["ecwid"] = sdk => sdk.AddEcwid("ecwid", options =>
    {
        options.StoreId = long.Parse(storeId, CultureInfo.InvariantCulture);
        options.AccessToken = token;
        options.BaseAddress = BaseAddress("ECWID_BASE_URL", EcwidOptions.DefaultBaseAddress);
    });
}

string[] vendors = ["agentclara", "wix", "ecwid"];
var selected = args.Length > 0 ? args : vendors.Where(registrations.ContainsKey).ToArray();
if (selected.Length == 0)
{
    Console.Error.WriteLine(
        "No vendor configured. Set AGENTCLARA_API_KEY; WIX_API_KEY and WIX_SITE_ID; or ECWID_STORE_ID and ECWID_TOKEN " +
        "(and optionally AGENTCLARA_BASE_URL, WIX_BASE_URL, ECWID_BASE_URL).");
    return 2;
}

foreach (var name in selected)
{
    if (!registrations.ContainsKey(name))
    {
        Console.Error.WriteLine(vendors.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? $"Vendor '{name}' is not configured: its credentials are missing from the environment."
            : $"Unknown vendor '{name}'. Available: {string.Join(", ", vendors)}");
        return 2;
    }
}

await using var clients = new ContactsClientBuilder()
    .Configure(sdk =>
    {
        foreach (var name in selected)
        {
            registrations[name](sdk);
        }
    })
    .Build();

using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
var failed = 0;
foreach (var name in selected)
{
    try
    {
        await ExerciseAsync(clients.Get(name.ToLowerInvariant()), cancellation.Token);
        Console.WriteLine($"{name}: OK");
    }
#pragma warning disable CA1031 // A smoke test reports every failure and goes on with the next vendor.
    catch (Exception ex)
#pragma warning restore CA1031
    {
        failed++;
        Console.Error.WriteLine($"{name}: FAILED: {ex}");
    }
}

Console.WriteLine($"{selected.Length - failed} of {selected.Length} vendors passed.");
return failed == 0 ? 0 : 1;

static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

static Uri BaseAddress(string variable, Uri fallback) => Env(variable) is { } url ? new Uri(url, UriKind.Absolute) : fallback;

static async Task ExerciseAsync(IContactsClient client, CancellationToken cancellationToken)
{
    const string Tag = "contactssdk-aot";
    var runId = Guid.NewGuid().ToString("N")[..8];
    var email = $"aot.{runId}@example.com";
    var vendor = client.Vendor;

    var created = await client.CreateAsync(
        new ContactDraft { Name = PersonName.FromParts("Ada", $"Aot{runId}"), Channels = [new ContactChannel(ChannelKind.Email, email)] },
        cancellationToken);
    Console.WriteLine($"{vendor}: created {created.Id}");
    var deleted = false;
    try
    {
        var fetched = await client.GetAsync(created.Id, cancellationToken);
        Check(fetched.Id == created.Id && string.Equals(fetched.PrimaryEmail, email, StringComparison.OrdinalIgnoreCase), "get returned another contact");
        Console.WriteLine($"{vendor}: got {fetched.Id} <{fetched.PrimaryEmail}>");

        var listed = 0;
        var found = false;
        await foreach (var contact in client.ListAsync(new ContactQuery { Search = email, MaxItems = 50 }, cancellationToken))
        {
            listed++;
            found |= contact.Id == created.Id;
        }

        Check(found, "the listing misses the new contact");
        Console.WriteLine($"{vendor}: listed {listed} contact(s) matching {email}");

        if (client.Capabilities.SupportsTags)
        {
            var tagged = await client.AddTagsAsync(created.Id, [Tag], cancellationToken);
            Check(tagged.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase), "the tag was not added");
            Console.WriteLine($"{vendor}: tags now [{string.Join(", ", tagged.Tags)}]");
        }
        else
        {
            Console.WriteLine($"{vendor}: has no tags, skipped tagging");
        }

        await client.DeleteAsync(created.Id, cancellationToken);
        deleted = true;
        Check(await client.TryGetAsync(created.Id, cancellationToken) is null, "the contact is still there after delete");
        Console.WriteLine($"{vendor}: deleted {created.Id}");
    }
    finally
    {
        if (!deleted)
        {
            await client.DeleteAsync(created.Id, CancellationToken.None);
        }
    }
}

static void Check(bool condition, string failure)
{
    if (!condition)
    {
        throw new InvalidOperationException(failure);
    }
}
