using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ContactsSdk.AspNetCore.Webhooks;
using ContactsSdk.Changes;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Testing.Webhooks;
using ContactsSdk.Vendors.Wix;
using ContactsSdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.AspNetCore.Tests.Webhooks;

/// <summary>
/// End to end: a change made through each fake's API posts the vendor's signed webhook to a real receiver app, whose
/// handler resolves it to the fresh contact — including Wix's merge fan-out (handled once), resends (de-duplicated) and
/// out-of-order delivery (the stale snapshot dropped). Inline mode, so a flushed delivery has been handled.
/// </summary>
public sealed class FakeWebhooksEndToEndTests
{
    private const string ClaraToken = "e2e-agentclara-token-0123456789";

    private readonly ConcurrentQueue<(ContactWebhookEvent Event, IReadOnlyList<ContactChange> Resolved)> _received = new();
    private EcwidFake _ecwid = null!;
    private WixFake _wix = null!;
    private AgentClaraFake _clara = null!;
    private WebApplication _app = null!;
    private HttpClient _receiver = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        (_ecwid, _wix, _clara) = (EcwidFake.Start(), WixFake.Start(), AgentClaraFake.Start());
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddContactsSdk().AddEcwid("shop", _ecwid).AddWix("site", _wix).AddAgentClara("clara", _clara);
        builder.Services.AddContactsWebhooks(options =>
            {
                options.Ecwid.ClientSecrets.Add(FakeWebhookSender.EcwidClientSecret);
                options.Wix.PublicKeys.Add(FakeWebhookSender.WixPublicKeyPem);
                options.AgentClara.PathToken = ClaraToken;
                options.Mode = WebhookProcessingMode.Inline;
            })
            .AddHandler(async (webhookEvent, services, ct) =>
            {
                var resolved = await services.GetRequiredService<ContactWebhookResolver>().ResolveAsync(webhookEvent, ct);
                _received.Enqueue((webhookEvent, resolved));
            });
        _app = builder.Build();
        _app.MapContactsWebhooks("/webhooks");
        await _app.StartAsync();
        _receiver = _app.GetTestClient();
        _ecwid.Webhooks.SendTo(new Uri("/webhooks/ecwid", UriKind.Relative), _receiver);
        _wix.Webhooks.SendTo(new Uri("/webhooks/wix", UriKind.Relative), _receiver);
        _clara.Webhooks.SendTo(new Uri($"/webhooks/agentclara/{ClaraToken}", UriKind.Relative), _receiver);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _receiver.Dispose();
        await _app.DisposeAsync();
        _ecwid.Dispose();
        _wix.Dispose();
        _clara.Dispose();
    }

    [SetUp]
    public void Clear() => _received.Clear();

    [Test]
    public async Task Ecwid_CreateUpdateDelete_EachReachesTheHandlerAsTheFreshContact()
    {
        var shop = Client("shop");
        var before = _ecwid.Webhooks.Deliveries.Count;
        _ecwid.Webhooks.Hold();
        var created = await shop.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada Lovelace"), Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")] });
        await shop.UpdateAsync(created.Id, new ContactPatch { Company = "Analytical Engines" });
        await shop.DeleteAsync(created.Id);
        await _ecwid.Webhooks.ReleaseAsync();

        Assert.That(_ecwid.Webhooks.Deliveries.Skip(before).Select(d => (d.EventType, d.StatusCode)), Is.EqualTo(new[] { ("customer.created", 200), ("customer.updated", 200), ("customer.deleted", 200) }));
        var resolved = _received.Select(r => r.Resolved.Single()).ToList();
        Assert.That(resolved.Select(change => change.ContactId), Is.All.EqualTo(created.Id));
        Assert.That(resolved[0].Kind, Is.EqualTo(ContactChangeKind.Deleted), "re-fetched after the delete: the customer is gone by the time the created hint is resolved");
        Assert.That(_received.Select(r => r.Event.SignatureVerified), Is.All.True);
    }

    [Test]
    public async Task Ecwid_ContactChannelAdded_SendsCustomerUpdated_AnUnconfirmedAssumption()
    {
        // Spec A.1: whether a contact-endpoint call fires customer.updated is UNCONFIRMED; the fake assumes it does.
        var shop = Client("shop");
        var created = await shop.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Hedy Lamarr"), Channels = [new ContactChannel(ChannelKind.Email, "hedy@example.com")] });
        await _ecwid.Webhooks.FlushAsync();
        _received.Clear();

        await shop.AddChannelAsync(created.Id, new ContactChannel(ChannelKind.Facebook, "hedy.lamarr"));
        await _ecwid.Webhooks.FlushAsync();

        Assert.That(_received.Select(r => (r.Event.VendorEventType, r.Resolved.Single().ContactId)), Is.EqualTo(new[] { ("customer.updated", created.Id) }));
    }

    [Test]
    public async Task Ecwid_Resend_ReachesTheHandlerOnce()
    {
        await Client("shop").CreateAsync(new ContactDraft { Name = PersonName.FromFull("Grace Hopper"), Channels = [new ContactChannel(ChannelKind.Email, "grace@example.com")] });
        await _ecwid.Webhooks.FlushAsync();
        var first = _ecwid.Webhooks.Deliveries[^1];

        var resend = await _ecwid.Webhooks.ResendAsync(first.EventId);

        Assert.That((resend.StatusCode, resend.IsResend), Is.EqualTo((200, true)));
        Assert.That(_received, Has.Count.EqualTo(1));
        Assert.That(_received.Single().Resolved.Single().Contact?.PrimaryEmail, Is.EqualTo("grace@example.com"));
    }

    [Test]
    public async Task Wix_Update_ReachesTheHandlerWithTheFreshContact()
    {
        var site = Client<IWixContactsClient>("site");
        var created = await site.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Katherine Johnson") });
        await site.UpdateAsync(created.Id, new ContactPatch { JobTitle = "Mathematician" });
        await _wix.Webhooks.FlushAsync();

        Assert.That(_received.Select(r => r.Event.VendorEventType), Is.EqualTo(new[] { WixWebhook.ContactCreated, WixWebhook.ContactUpdated }));
        Assert.That(_received.Last().Resolved.Single().Contact?.JobTitle, Is.EqualTo("Mathematician"));
    }

    [Test]
    public async Task Wix_Merge_FansOutButResolvesOnce()
    {
        var site = Client<IWixContactsClient>("site");
        var target = await site.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Dorothy Vaughan") });
        var source = await site.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Dot Vaughan") });
        await _wix.Webhooks.FlushAsync();
        _received.Clear();

        await site.MergeAsync(target.Id, [source.Id]);
        await _wix.Webhooks.FlushAsync();

        Assert.That(_received.Select(r => r.Event.VendorEventType), Is.EqualTo(new[] { WixWebhook.ContactMerged, WixWebhook.ContactUpdated, WixWebhook.ContactDeleted }));
        var resolved = _received.SelectMany(r => r.Resolved).ToList();
        Assert.That(resolved.Select(change => (change.Kind, change.ContactId)), Is.EqualTo(new[] { (ContactChangeKind.Merged, source.Id), (ContactChangeKind.Updated, target.Id) }));
        Assert.That(resolved[0].MergeTargetId, Is.EqualTo(target.Id));
        Assert.That(_received.Skip(1).Select(r => r.Event.IsMergeFanOut), Is.All.True);
    }

    [Test]
    public async Task Wix_OutOfOrderDelivery_DropsTheStaleSnapshot()
    {
        var site = Client<IWixContactsClient>("site");
        var created = await site.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Mary Jackson") });
        await _wix.Webhooks.FlushAsync();
        _received.Clear();
        _wix.Webhooks.Hold();

        await site.UpdateAsync(created.Id, new ContactPatch { JobTitle = "Engineer" });
        await site.UpdateAsync(created.Id, new ContactPatch { JobTitle = "Senior engineer" });
        await _wix.Webhooks.ReleaseAsync(reverseOrder: true);

        Assert.That(_received.Select(r => r.Event.Sequence), Is.EqualTo(new[] { "3", "2" }), "the newer update arrives first");
        Assert.That(_received.Select(r => r.Resolved.Count), Is.EqualTo(new[] { 1, 0 }), "the older one is stale");
        Assert.That(_received.First().Resolved.Single().Contact?.JobTitle, Is.EqualTo("Senior engineer"));
    }

    [Test]
    public async Task AgentClara_ConversationCreated_IsAHintResolvedToTheContact()
    {
        using var http = new HttpClient { BaseAddress = _clara.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AgentClaraFake.DefaultCredential);
        var response = await http.PostAsJsonAsync("conversations", new { channel = "sms", customer_phone = "+14155550123", customer_name = "Alan Turing" });
        response.EnsureSuccessStatusCode();
        await _clara.Webhooks.FlushAsync();

        var (webhookEvent, resolved) = _received.Single();
        Assert.That((webhookEvent.VendorEventType, webhookEvent.IsHint, webhookEvent.SignatureVerified), Is.EqualTo(("conversation.created", true, false)));
        Assert.That(resolved.Single().Contact?.Name.Full, Is.EqualTo("Alan Turing"));
    }

    [Test]
    public async Task Sending_Stopped_PostsNothing()
    {
        using var fake = WixFake.Start();
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddWix("w", fake)).Build();

        await clients.Get("w").CreateAsync(new ContactDraft { Name = PersonName.FromFull("Nobody Listening") });
        await fake.Webhooks.FlushAsync();

        Assert.That(fake.Webhooks.Deliveries, Is.Empty);
    }

    private IContactsClient Client(string name) => _app.Services.GetRequiredService<IContactsClientFactory>().Get(name);

    private T Client<T>(string name)
        where T : class, IContactsClient => _app.Services.GetRequiredService<IContactsClientFactory>().Get<T>(name);
}
