using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// What a create returns after an ambiguous failure, per vendor, over HTTP against the fakes on a fake clock: never
/// someone else's contact, never an older identical one; emails are trimmed and checked before any request; and the
/// caller's own lookup (<see cref="ContactsClientExtensions.FindCreatedContactAsync"/>) finds what a create stored.
/// </summary>
[NonParallelizable]
public sealed class WriteSafetyTests : AllVendorsFixture
{

    public static IEnumerable<ContactsVendor> Vendors() => FaultMatrixTests.Vendors();

    public static IEnumerable<TestCaseData> SharedEmailCells()
        => from vendor in Vendors()
           from fault in new[] { CreateFault.NotApplied503, CreateFault.AppliedThen500, CreateFault.AppliedThen503 }
           select new TestCaseData(vendor, fault).SetArgDisplayNames(vendor.ToString(), fault.ToString());

    [SetUp]
    public void Reset()
    {
        foreach (var host in Hosts.All)
        {
            host.Fake.Reset();
        }
    }

    [TestCaseSource(nameof(SharedEmailCells))]
    public async Task CreateAsync_AfterAFault_EmailHeldBySomeoneElse_NeverReturnsThem(ContactsVendor vendor, CreateFault fault)
    {
        var host = Hosts[vendor];
        var bob = await host.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Bob", "Smith"),
            Channels = [new ContactChannel(ChannelKind.Email, "shared@example.com")],
        });
        var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        if (fault == CreateFault.NotApplied503)
        {
            host.Fake.FailNext(1, 503, method, path);
        }
        else
        {
            host.Fake.ApplyThenFailNext(1, fault == CreateFault.AppliedThen500 ? 500 : 503, method, path);
        }

        Contact? created = null;
        var failure = await ClockDriver.CaptureAsync(Clock, async () => created = await host.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Lovelace"),
            Channels = [new ContactChannel(ChannelKind.Email, "shared@example.com")],
        }));

        if (vendor == ContactsVendor.AgentClara)
        {
            // AgentClara keeps no email unique: Ada is a contact of her own.
            Assert.That(failure, Is.Null);
            Assert.That(created!.Id, Is.Not.EqualTo(bob.Id));
            Assert.That(created.Name.Full, Is.EqualTo("Ada Lovelace"));
        }
        else
        {
            var conflict = failure as ContactConflictException;
            Assert.That(conflict, Is.Not.Null, $"expected a conflict, got {failure?.GetType().Name ?? "success"}");
            Assert.That(conflict!.DuplicateContactId, Is.EqualTo(bob.Id));
            Assert.That(conflict.Message, Does.Not.Contain("shared@example.com").And.Not.Contain("Ada"), "no contact data in messages");
        }
    }

    // Ecwid is not a case: it needs an email, which it keeps unique, so an identical earlier customer is a conflict (covered above).
    [TestCase(ContactsVendor.AgentClara)]
    [TestCase(ContactsVendor.Wix)]
    public async Task CreateAsync_AfterA503_IdenticalContactCreatedBeforeTheCall_IsNotReturnedAsCreated(ContactsVendor vendor)
    {
        var host = Hosts[vendor];
        var draft = new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Twin"),
            Channels = [new ContactChannel(ChannelKind.Phone, "+15550009999")],
        };

        var older = await host.Client.CreateAsync(draft);
        Clock.Advance(TimeSpan.FromMinutes(10));
        var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        host.Fake.FailNext(1, 503, method, path);

        Contact? created = null;
        var failure = await ClockDriver.CaptureAsync(Clock, async () => created = await host.Client.CreateAsync(draft));

        if (vendor == ContactsVendor.Wix)
        {
            // Wix keeps a phone unique when there is no email: the second create is refused, naming the older contact.
            Assert.That(failure, Is.TypeOf<ContactConflictException>());
            Assert.That(((ContactConflictException)failure!).DuplicateContactId, Is.EqualTo(older.Id));
        }
        else
        {
            Assert.That(failure, Is.Null);
            Assert.That(created!.Id, Is.Not.EqualTo(older.Id), "a contact created before the call is not this call's");
        }
    }

    [TestCaseSource(nameof(Vendors))]
    public async Task CreateAsync_EmailWithPaddingAndCapitals_IsTrimmedBeforeSending_AndFoundAfterA500(ContactsVendor vendor)
    {
        var host = Hosts[vendor];
        var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        host.Fake.ApplyThenFailNext(1, 500, method, path);

        var created = await ClockDriver.RunAsync(Clock, () => host.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Padded"),
            Channels = [new ContactChannel(ChannelKind.Email, "  Ada.Padded@Example.COM\t")],
        }));

        var post = host.Fake.Journal.First(r => r.Method == method && r.Path == path);
        Assert.That(post.Body, Does.Contain("Ada.Padded@Example.COM\"").IgnoreCase);
        Assert.That(post.Body, Does.Not.Contain("  Ada.Padded"));
        Assert.That(created.PrimaryEmail?.Trim(), Is.EqualTo("Ada.Padded@Example.COM").IgnoreCase);
        Assert.That(host.Fake.Journal.Count(r => r.Method == method && r.Path == path), Is.EqualTo(1), "found by the lookup, not created again");
    }

    [TestCaseSource(nameof(Vendors))]
    public async Task CreateAsync_InvalidEmail_ThrowsArgumentExceptionNamingDraft_BeforeAnyRequest(ContactsVendor vendor)
    {
        var host = Hosts[vendor];
        host.Fake.ClearJournal();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromFull("Ada"),
            Channels = [new ContactChannel(ChannelKind.Email, " not an email ")],
        }));

        Assert.That(ex!.ParamName, Is.EqualTo("draft"));
        Assert.That(host.Fake.Journal, Is.Empty);
    }

    [TestCaseSource(nameof(Vendors))]
    public async Task FindCreatedContactAsync_AfterACreateThatMayStillLand_FindsItOnceItLands(ContactsVendor vendor)
    {
        var host = Hosts[vendor];
        var draft = CreateDrafts.Draft(vendor, DraftShape.NameAndEmail, "find" + vendor);
        var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        host.Fake.AnswerThenApplyLaterNext(1, TimeSpan.FromSeconds(30), 504, method, path);
        var startedAt = Clock.GetUtcNow();

        var failure = await ClockDriver.CaptureAsync(Clock, () => host.Client.CreateAsync(draft));
        Assert.That(failure, Is.TypeOf<ContactsUnavailableException>(), failure?.ToString());
        var beforeLanding = await host.Client.FindCreatedContactAsync(draft, startedAt);
        await ClockDriver.AdvanceAsync(Clock, TimeSpan.FromSeconds(30));
        var afterLanding = await host.Client.FindCreatedContactAsync(draft, startedAt);

        Assert.That(failure!.Message, Does.Contain("may still be applied"));
        Assert.That(host.Fake.PendingLateWrites, Is.Zero);
        Assert.That(beforeLanding, Is.Null);
        Assert.That(afterLanding, Is.Not.Null);
        Assert.That(afterLanding!.PrimaryEmail, Is.EqualTo(draft.Channels[0].Value).IgnoreCase);
        var tooLate = Clock.GetUtcNow().AddHours(1);
        if (vendor == ContactsVendor.AgentClara)
        {
            Assert.That(await host.Client.FindCreatedContactAsync(draft, tooLate), Is.Null, "a contact created before the given time is not the create's");
        }
        else
        {
            // Wix and Ecwid keep emails unique: an earlier holder of the email means a create now would be refused.
            var conflict = await Assert.ThrowsAsync<ContactConflictException>(() => host.Client.FindCreatedContactAsync(draft, tooLate));
            Assert.That(conflict!.DuplicateContactId, Is.EqualTo(afterLanding.Id));
        }
    }

    [Test]
    public async Task CreateAsync_CancelledAfterAGatewayAnswer_MayStillLand_AndFindCreatedContactAsyncFindsIt()
    {
        var host = Hosts[ContactsVendor.AgentClara];
        var draft = CreateDrafts.Draft(ContactsVendor.AgentClara, DraftShape.NameAndPhone, "cancelled");
        host.Fake.AnswerThenApplyLaterNext(1, TimeSpan.FromSeconds(5), 504, "POST", "/contacts");
        var startedAt = Clock.GetUtcNow();
        using var cancel = new CancellationTokenSource();

        // The 504 is journaled as soon as it is answered; the SDK then waits (on the fake clock) before looking: cancel there.
        var create = host.Client.CreateAsync(draft, cancel.Token);
        for (var i = 0; i < 400 && host.Fake.Journal.Count == 0; i++)
        {
            await Task.Delay(5);
        }

        await cancel.CancelAsync();
        var failure = await ClockDriver.CaptureAsync(Clock, () => create);
        await ClockDriver.AdvanceAsync(Clock, TimeSpan.FromSeconds(6));

        Assert.That(failure, Is.InstanceOf<OperationCanceledException>());
        Assert.That(host.Fake.Journal.Count(r => r.Method == "POST"), Is.EqualTo(1));
        Assert.That((await host.Client.FindCreatedContactAsync(draft, startedAt))?.PrimaryPhone, Is.EqualTo(draft.Channels[0].Value), "the cancelled create landed, and the SDK's lookup finds it");
    }

    [Test]
    public async Task FindCreatedContactAsync_NullArguments_Throw()
    {
        var client = Hosts[ContactsVendor.AgentClara].Client;
        await Assert.ThrowsAsync<ArgumentNullException>(() => ContactsClientExtensions.FindCreatedContactAsync(null!, new ContactDraft(), Clock.GetUtcNow()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.FindCreatedContactAsync(null!, Clock.GetUtcNow()));
    }
}
