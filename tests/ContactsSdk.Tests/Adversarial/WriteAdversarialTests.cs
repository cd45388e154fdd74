using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Resilience;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Ecwid;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>
/// Issue 11 as a hostile reviewer replays it through the public API, over HTTP against the fakes on a fake clock: the
/// issue's exact scenarios, then the nearby variants (other draft shapes, other faults, other methods that write the same
/// vendor fields, the same customer named two ways) that a new hole of the same kind would hide in.
/// </summary>
[NonParallelizable]
public sealed class WriteAdversarialTests : AllVendorsFixture
{
    public static IEnumerable<TestCaseData> AmbiguousCreateFaults()
        => from fault in new[] { CreateFault.AppliedThen500, CreateFault.AppliedThen503, CreateFault.Gateway504LandsLate }
           select new TestCaseData(fault).SetArgDisplayNames(fault.ToString());

    [SetUp]
    public void Reset()
    {
        foreach (var host in Hosts.All)
        {
            host.Fake.Reset();
        }
    }

    // Item 1, exactly as filed, plus a draft whose tag arrives in decomposed form.
    [TestCase("Ada Phone", new string[0])]
    [TestCase("Ada Tagged", new[] { "cafe\u0301", "VIP", "vip" })]
    public async Task AgentClara_PhoneDraft_AppliedThen500_StoresOneContact(string name, string[] tags)
    {
        var host = Hosts[ContactsVendor.AgentClara];
        host.Fake.ApplyThenFailNext(1, 500, "POST", "/contacts");
        var phone = "+15550" + Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);

        var created = await ClockDriver.RunAsync(Clock, () => host.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromFull(name),
            Channels = [new ContactChannel(ChannelKind.Phone, phone)],
            Tags = tags,
        }));

        Assert.That(await CountWithPhoneAsync(host.Client, phone), Is.EqualTo(1));
        Assert.That(created.Channels.Single().Value, Is.EqualTo(phone));
    }

    // Items 1-3 on every vendor for shapes the fault matrix does not draw: a name given in parts, a phone written with
    // separators, two emails differing only in case.
    [TestCaseSource(nameof(AmbiguousCreateFaults))]
    public async Task AnyVendor_OddDraftShapes_AmbiguousFault_StoresOneContact(CreateFault fault)
    {
        foreach (var vendor in FaultMatrixTests.Vendors())
        {
            var host = Hosts[vendor];
            host.Fake.Reset();
            var unique = Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
            var email = $"odd.{unique}@example.com";
            var draft = new ContactDraft
            {
                Name = PersonName.FromParts("  Ada ", " Odd" + unique),
                Channels = vendor == ContactsVendor.Ecwid
                    ? [new ContactChannel(ChannelKind.Email, " " + email.ToUpperInvariant() + " ")]
                    : [new ContactChannel(ChannelKind.Email, email), new ContactChannel(ChannelKind.Phone, "+1555" + unique + "0")],
            };
            var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
            Arm(host.Fake, fault, method, path);

            var failure = await ClockDriver.CaptureAsync(Clock, () => host.Client.CreateAsync(draft));
            await ClockDriver.AdvanceAsync(Clock, TimeSpan.FromSeconds(5));

            var stored = await CountWithEmailAsync(host.Client, email);
            Assert.That(stored, Is.EqualTo(1), $"{vendor} {fault}: {failure?.GetType().Name ?? "success"}");
            Assert.That(failure is null or ContactsException, Is.True, $"{vendor} {fault}: {failure}");
        }
    }

    // Item 4 with the email in another case and padding, and a draft that also carries a phone.
    [TestCase(ContactsVendor.Wix)]
    [TestCase(ContactsVendor.Ecwid)]
    public async Task SharedEmailInAnotherCase_After503_IsAConflictNotBob(ContactsVendor vendor)
    {
        var host = Hosts[vendor];
        var bob = await host.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Bob", "Smith"),
            Channels = [new ContactChannel(ChannelKind.Email, "shared@example.com")],
        });
        var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        host.Fake.FailNext(1, 503, method, path);

        var failure = await ClockDriver.CaptureAsync(Clock, () => host.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Lovelace"),
            Channels = vendor == ContactsVendor.Ecwid
                ? [new ContactChannel(ChannelKind.Email, " SHARED@Example.com ")]
                : [new ContactChannel(ChannelKind.Email, " SHARED@Example.com "), new ContactChannel(ChannelKind.Phone, "+15550001234")],
        }));

        Assert.That(failure, Is.TypeOf<ContactConflictException>(), failure?.ToString());
        Assert.That(((ContactConflictException)failure!).DuplicateContactId, Is.EqualTo(bob.Id));
    }

    // Item 6 variants: the same email in another case and padding, the same phone with separators, ten at once.
    [TestCase(true, "ada.second@example.com", " ADA.Second@Example.com ")]
    [TestCase(false, "+15550109999", "+1 555 010 9999")]
    public async Task Ecwid_AddChannel_SameValueWrittenTwoWays_Concurrently_StoresOne(bool email, string plain, string dressed)
    {
        var kind = email ? ChannelKind.Email : ChannelKind.Phone;
        var host = Hosts[ContactsVendor.Ecwid];
        var customer = await host.Client.CreateAsync(MatrixHosts.Draft(ContactsVendor.Ecwid, "ada.same@example.com"));

        var added = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(
            () => host.Client.AddChannelAsync(customer.Id, new ContactChannel(kind, i % 2 == 0 ? plain : dressed)))));

        var channels = (await host.Client.GetAsync(customer.Id)).Channels.Where(c => c.Kind == kind && c.Id != EcwidContactsClient.BillingPhoneChannelId).ToList();
        Assert.That(channels, Has.Count.EqualTo(kind == ChannelKind.Email ? 2 : 1), "the customer's own email plus one added copy");
        Assert.That(added.Select(c => c.Id).Distinct().Count(), Is.EqualTo(1), "every caller gets the one stored channel");
    }

    // Item 7 for the other Ecwid writes of the billing person: a billing-phone change racing a name change.
    [Test]
    public async Task Ecwid_BillingPhoneAndNameChangedAtOnce_LoseNothing()
    {
        await using var harness = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { RateLimitPerMinute = null });
        var id = harness.Fake.SeedContact("ada.billing@example.com", "Ada Start").ToString(CultureInfo.InvariantCulture);
        var lost = 0;

        for (var round = 0; round < 20; round++)
        {
            var name = $"Ada Round{round}";
            var phone = $"+1555010{round:D4}";
            await Task.WhenAll(
                Task.Run(() => harness.Client.UpdateAsync(id, new ContactPatch { Name = PersonName.FromFull(name) })),
                Task.Run(() => harness.Client.UpdateChannelAsync(id, EcwidContactsClient.BillingPhoneChannelId, new ContactChannel(ChannelKind.Phone, phone))));
            var current = await harness.Client.GetAsync(id);
            lost += current.Name.Full == name && current.Channels.Any(c => c.Kind == ChannelKind.Phone && c.Value == phone) ? 0 : 1;
        }

        Assert.That(lost, Is.Zero, "rounds in which one writer's change was lost");
    }

    // Item 7 with the customer named two ways ("42" and "042" are one Ecwid customer): one lock, not two.
    [Test]
    public async Task Ecwid_SameCustomerIdWithLeadingZero_ConcurrentNameAndCompany_LoseNothing()
    {
        await using var harness = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { RateLimitPerMinute = null });
        var id = harness.Fake.SeedContact("ada.zero@example.com", "Ada Start");
        var plain = id.ToString(CultureInfo.InvariantCulture);
        var padded = "00" + plain;
        var lost = 0;

        for (var round = 0; round < 20; round++)
        {
            var name = $"Ada Round{round}";
            var company = $"Engines {round}";
            await Task.WhenAll(
                Task.Run(() => harness.Client.UpdateAsync(plain, new ContactPatch { Name = PersonName.FromFull(name) })),
                Task.Run(() => harness.Client.UpdateAsync(padded, new ContactPatch { Company = company })));
            var current = await harness.Client.GetAsync(plain);
            lost += current.Name.Full == name && current.Company == company ? 0 : 1;
        }

        Assert.That(lost, Is.Zero, "rounds in which one writer's change was lost");
    }

    // Item 7: two clients of one AgentClara account in one process share the per-contact lock.
    [Test]
    public async Task AgentClara_TwoClientsOfOneAccount_ConcurrentDistinctTags_KeepAll()
    {
        await using var first = AgentClaraHarness.Start();
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddAgentClara("other", o =>
        {
            o.ApiKey = AgentClaraFake.DefaultCredential;
            o.BaseAddress = first.Fake.BaseAddress;
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.PaceRequests = false;
        })).Build();
        var second = clients.Get("other");
        var contact = await first.Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada Shared") });

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(
            () => (i % 2 == 0 ? first.Client : second).AddTagsAsync(contact.Id, [$"tag-{i}"]))));

        Assert.That((await first.Client.GetAsync(contact.Id)).Tags, Has.Count.EqualTo(40));
    }

    // Item 8 on every vendor: a 429 on a create proves nothing was stored; it is paced and retried, creating once.
    [TestCaseSource(typeof(FaultMatrixTests), nameof(FaultMatrixTests.Vendors))]
    public async Task CreateAsync_429WithRetryAfter_AnyVendor_IsRetriedCreatingOnce(ContactsVendor vendor)
    {
        var host = Hosts[vendor];
        var email = $"ada.429.{vendor}@example.com".ToLowerInvariant();
        var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        host.Fake.FailNext(1, 429, method, path, TimeSpan.FromSeconds(3));

        var created = await ClockDriver.RunAsync(Clock, () => host.Client.CreateAsync(MatrixHosts.Draft(vendor, email)));

        var posts = host.Fake.Journal.Where(r => r.Method == "POST" && r.Path == path).ToList();
        Assert.That(posts.Select(r => r.StatusCode), Is.EqualTo(new[] { 429, 201 }).Or.EqualTo(new[] { 429, 200 }));
        Assert.That(posts[1].ReceivedAt - posts[0].ReceivedAt, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(await CountWithEmailAsync(host.Client, email), Is.EqualTo(1));
        Assert.That(created.Id, Is.Not.Empty);
    }

    // Item 12: the caller cancelling while the create waits to learn whether a gateway-answered write landed is the
    // caller's cancellation, never a timeout or "unavailable"; the create may still land, and the caller's lookup finds it.
    [TestCaseSource(typeof(FaultMatrixTests), nameof(FaultMatrixTests.Vendors))]
    public async Task CreateAsync_CallerCancelsWhileTheOutcomeIsUnknown_IsOperationCanceled(ContactsVendor vendor)
    {
        var host = Hosts[vendor];
        var email = $"ada.cancel.{vendor}@example.com".ToLowerInvariant();
        var draft = MatrixHosts.Draft(vendor, email);
        var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        host.Fake.AnswerThenApplyLaterNext(1, TimeSpan.FromSeconds(4), 504, method, path);
        var started = Clock.GetUtcNow();
        using var cancellation = new CancellationTokenSource();

        var call = Task.Run(() => host.Client.CreateAsync(draft, cancellation.Token));
        for (var i = 0; i < 400 && host.Fake.Journal.All(r => r.StatusCode != 504); i++)
        {
            await Task.Delay(5);
        }

        await cancellation.CancelAsync();
        var thrown = await ClockDriver.CaptureAsync(Clock, () => call);
        await ClockDriver.AdvanceAsync(Clock, TimeSpan.FromSeconds(6));

        Assert.That(thrown, Is.InstanceOf<OperationCanceledException>(), thrown?.ToString());
        Assert.That(await host.Client.FindCreatedContactAsync(draft, started), Is.Not.Null, "the write landed and the caller's lookup finds it");
        Assert.That(await CountWithEmailAsync(host.Client, email), Is.EqualTo(1));
    }

    private static void Arm(VendorFake fake, CreateFault fault, string method, string path)
    {
        switch (fault)
        {
            case CreateFault.AppliedThen500:
                fake.ApplyThenFailNext(1, 500, method, path);
                break;
            case CreateFault.AppliedThen503:
                fake.ApplyThenFailNext(1, 503, method, path);
                break;
            default:
                fake.AnswerThenApplyLaterNext(1, TimeSpan.FromMilliseconds(400), 504, method, path);
                break;
        }
    }

    private static async Task<int> CountWithPhoneAsync(IContactsClient client, string phone)
    {
        var count = 0;
        await foreach (var contact in client.ListAsync(new ContactQuery()))
        {
            count += contact.Channels.Count(c => c.Kind == ChannelKind.Phone && c.Value == phone);
        }

        return count;
    }

    private static async Task<int> CountWithEmailAsync(IContactsClient client, string email)
    {
        var count = 0;
        await foreach (var contact in client.ListAsync(new ContactQuery()))
        {
            count += contact.Channels.Any(c => c.Kind == ChannelKind.Email && string.Equals(c.Value, email, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
        }

        return count;
    }
}
