using System.Net;
using System.Text.Json;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Samples;

/// <summary>
/// The code shown in README.md, compiled. Each <c>#region</c> is cut into the README under a
/// <c>&lt;!-- snippet: name --&gt;</c> marker, and <c>ReadmeSnippetTests</c> checks that the two still match.
/// </summary>
public static class ReadmeSnippets
{
    /// <summary>Adds a header handler and a proxy to one client.</summary>
    public static void AddHandler(ContactsSdkBuilder sdk, string key)
    {
        ArgumentNullException.ThrowIfNull(sdk);
        #region add-handler
        sdk.AddAgentClara("clara", o => o.ApiKey = key)
           .ConfigureHttpClient("clara", http => http
               .AddHttpMessageHandler(() => new TenantHeaderHandler())   // your DelegatingHandler
               .ConfigurePrimaryHttpMessageHandler((handler, _) => ((SocketsHttpHandler)handler).Proxy = new WebProxy("http://proxy:8080")));
        #endregion
    }

    /// <summary>Registers one client per vendor in a service collection.</summary>
    public static void RegisterClients(IServiceCollection services, IConfiguration configuration)
    {
        #region register-clients
        services.AddContactsSdk()
            .AddAgentClara("clara", options => options.ApiKey = configuration["AgentClara:ApiKey"])
            .AddWix("site", configuration.GetSection("Contacts:Wix"))   // ApiKey + SiteId, BaseAddress, Resilience
            .AddEcwid("shop", options =>
            {
                options.StoreId = 1003;
                options.AccessToken = configuration["Ecwid:Token"];   // the app's secret_ token
            });
        #endregion
    }

    /// <summary>Builds a client without dependency injection and uses a vendor-only method.</summary>
    public static async Task<IReadOnlyList<Contact>> BuildWithoutDependencyInjectionAsync(string apiKey, CancellationToken cancellationToken)
    {
        #region build-without-di
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk.AddAgentClara("clara", options => options.ApiKey = apiKey))
            .Build();
        var clara = clients.Get<IAgentClaraContactsClient>("clara");   // or clients.Get("clara") for the facade
        var found = await clara.SearchAsync("ada@example.com", cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        #endregion
        return found;
    }

    /// <summary>Asks the capabilities before calling what a vendor may lack.</summary>
    public static async Task TagIfSupportedAsync(IContactsClient contacts, string contactId, CancellationToken cancellationToken)
    {
        #region check-capabilities
        if (contacts.Capabilities.SupportsTags)
        {
            await contacts.AddTagsAsync(contactId, ["vip"], cancellationToken);
        }

        if (contacts.Capabilities.SupportsChannel(ChannelKind.WhatsApp))
        {
            await contacts.AddChannelAsync(contactId, new ContactChannel(ChannelKind.WhatsApp, "+15551234567"), cancellationToken);
        }
        #endregion
    }

    /// <summary>Handles a missing contact and a vendor failure.</summary>
    public static async Task<Contact?> RenameAsync(IContactsClient contacts, string contactId, CancellationToken cancellationToken)
    {
        #region handle-errors
        var contact = await contacts.TryGetAsync(contactId, cancellationToken);   // null when there is none
        if (contact is null)
        {
            return null;
        }

        try
        {
            return await contacts.UpdateAsync(contactId, new ContactPatch { Name = PersonName.FromFull("Ada King") }, cancellationToken);
        }
        catch (ContactsException ex) when (ex.IsTransient)   // 429, 5xx, dropped connection, timeout
        {
            Console.Error.WriteLine($"{ex.Vendor} {ex.Operation} failed ({ex.StatusCode}); request id {ex.RequestId}.");
            throw;
        }
        #endregion
    }

    /// <summary>Reads one page, keeps the continuation token, and resumes from it later.</summary>
    public static async Task ResumeListingAsync(IContactsClient contacts, List<Contact> saved, CancellationToken cancellationToken)
    {
        #region resume-listing
        var query = new ContactQuery { SortBy = ContactSortField.Name };
        string? token = null;
        await foreach (var page in contacts.ListAsync(query, cancellationToken).AsPages(pageSizeHint: 50))
        {
            saved.AddRange(page.Items);
            token = page.ContinuationToken;   // store it; null on the last page
            break;
        }

        // Later, perhaps on another machine: the same query resumes where the token points.
        if (token is not null)
        {
            await foreach (var page in contacts.ListAsync(query, cancellationToken).AsPages(token))
            {
                saved.AddRange(page.Items);
            }
        }
        #endregion
    }

    /// <summary>Sets and removes custom fields without reflection-based JSON.</summary>
    public static async Task<Contact> SetCustomFieldsAsync(IContactsClient contacts, string contactId, CancellationToken cancellationToken)
    {
        #region set-custom-fields
        var updated = await contacts.UpdateAsync(
            contactId,
            new ContactPatch
            {
                CustomFields = new Dictionary<string, JsonElement?>
                {
                    ["tier"] = CustomFieldValue.From("gold"),
                    ["visits"] = CustomFieldValue.From(12),
                    ["legacy_id"] = null,   // removes the field
                },
            },
            cancellationToken);
        #endregion
        return updated;
    }

    /// <summary>Tests code against the AgentClara fake, with one injected fault.</summary>
    public static async Task<IReadOnlyList<FakeRequest>> TestWithFakeAsync(CancellationToken cancellationToken)
    {
        #region test-with-fake
        using var fake = AgentClaraFake.Start();
        var adaId = fake.SeedContact("Ada Lovelace", "ada@example.com", tags: ["vip"]);
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk.AddAgentClara("clara", fake))   // the fake's address and key; no pacing, no retry back-off
            .Build();
        var clara = clients.Get("clara");

        fake.FailNext(1, 503, method: "GET");             // the next GET answers 503 …
        var ada = await clara.GetAsync(adaId, cancellationToken);   // … and the client retries it
        // fake.Journal now holds GET /contacts/cust_… → 503, then the same GET → 200.
        #endregion
        return ada.Tags.Contains("vip") ? fake.Journal : [];
    }
}
