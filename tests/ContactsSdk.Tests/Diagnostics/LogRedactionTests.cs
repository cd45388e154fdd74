using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Testing;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.Tests.Diagnostics;

/// <summary>
/// Every log line the SDK writes, at every level, while it creates, searches, lists, retries and fails on each vendor,
/// is free of emails, phones, names and credentials.
/// </summary>
public sealed class LogRedactionTests
{
    private const string Email = "grace.redaction@example.com";
    private const string Phone = "+15557654321";
    private const string Surname = "Hopperstein";

    [Test]
    public async Task LogLines_AcrossEveryVendorAndFailure_HoldNoContactDataOrSecret()
    {
        using var agentClara = AgentClaraFake.Start();
        using var wix = WixFake.Start();
        using var ecwid = EcwidFake.Start();
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        await using var clients = new ContactsClientBuilder()
            .WithLoggerFactory(loggerFactory)
            .Configure(sdk => sdk
                .AddAgentClara("clara", o => { o.ApiKey = AgentClaraFake.DefaultCredential; o.BaseAddress = agentClara.BaseAddress; Fast(o.Resilience); })
                .AddAgentClara("clara-bad-key", o => { o.ApiKey = "sk_test_not_a_real_key_42"; o.BaseAddress = agentClara.BaseAddress; Fast(o.Resilience); })
                .AddWix("wix", o => { o.ApiKey = WixFake.DefaultCredential; o.SiteId = WixFake.DefaultSiteId; o.BaseAddress = wix.BaseAddress; Fast(o.Resilience); })
                .AddEcwid("shop", o => { o.StoreId = EcwidFake.DefaultStoreId; o.AccessToken = EcwidFake.DefaultCredential; o.BaseAddress = ecwid.BaseAddress; Fast(o.Resilience); }))
            .Build();
        agentClara.FailNext(1, 503, "GET");
        wix.FailNext(1, 503, "POST", "/contacts/v4/contacts/query");
        ecwid.FailNext(1, 503, "GET");

        foreach (var name in new[] { "clara", "wix", "shop" })
        {
            var client = clients.Get(name);
            var draft = new ContactDraft
            {
                Name = PersonName.FromParts("Grace", Surname),
                Channels = [new ContactChannel(ChannelKind.Email, Email), new ContactChannel(ChannelKind.Phone, Phone)],
            };
            var created = await client.CreateAsync(draft);
            await foreach (var _ in client.ListAsync(new ContactQuery { Email = Email, Search = Surname }))
            {
            }

            await client.GetAsync(created.Id);
            await client.DeleteAsync(created.Id);
        }

        await Assert.ThrowsAsync<ContactsSdk.Errors.ContactsAuthenticationException>(() => clients.Get("clara-bad-key").GetAsync("cust_abc"));

        var text = string.Join('\n', logs.Lines);
        Assert.That(logs.Lines, Is.Not.Empty, "the SDK logs its requests");
        Assert.That(text, Does.Contain("retry"), "retries are logged");
        Assert.That(text, Does.Contain("AgentClara Get: GET").And.Contain("Wix List: POST").And.Contain("Ecwid Delete: DELETE"),
            "a request's log line names its operation as its span and exception do");
        foreach (var secret in new[] { Email, "grace.redaction", Phone, "5557654321", Surname, AgentClaraFake.DefaultCredential, "sk_test_not_a_real_key_42", WixFake.DefaultCredential, EcwidFake.DefaultCredential })
        {
            Assert.That(text, Does.Not.Contain(secret), $"a log line holds '{secret}'");
        }
    }

    private static void Fast(ContactsSdk.Resilience.ContactsResilienceOptions resilience)
    {
        resilience.MaxRetryAttempts = 2;
        resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        resilience.PaceRequests = false;
    }
}
