using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// A seeded random campaign per vendor, over HTTP against the fakes on a fake clock: creates of every accepted draft
/// shape, tag adds and channel adds, each under a random fault (sometimes twice in a row), with a caller that retries the
/// way the docs say (a create only after looking it up with <see cref="ContactsClientExtensions.FindCreatedContactAsync"/>;
/// tag and channel adds blindly, as they are idempotent). It prints its totals and asserts that no contact was
/// duplicated and no channel or tag the caller was told about was lost or stored twice. Each vendor has its own fixture,
/// fake and clock, so the three campaigns run side by side.
/// </summary>
[TestFixtureSource(typeof(FaultMatrixTests), nameof(FaultMatrixTests.Vendors))]
[Parallelizable(ParallelScope.Self)]
public sealed class WriteCampaignTests(ContactsVendor vendor)
{
    private const int RunsPerVendor = 200;
    private static readonly CreateFault?[] Faults = [null, .. Enum.GetValues<CreateFault>().Cast<CreateFault?>()];
    private static readonly CreateFault?[] WriteFaults =
    [
        null, CreateFault.AppliedThen500, CreateFault.AppliedThen503, CreateFault.NotApplied503, CreateFault.Gateway504LandsLate,
        CreateFault.DroppedThenLands, CreateFault.DroppedNeverLands, CreateFault.TooManyRequests,
    ];

    /// <summary>How long the caller waits after a failed write before retrying it; late writes land sooner.</summary>
    private static readonly TimeSpan CallerWait = TimeSpan.FromSeconds(4);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private MatrixHostSet _hosts = null!;

    [OneTimeSetUp]
    public async Task Start() => _hosts = await MatrixHostSet.StartAsync(_clock, [vendor]);

    [OneTimeTearDown]
    public async Task Stop() => await _hosts.DisposeAsync();

    [Test]
    public async Task SeededCampaign_CreatesTagsAndChannelsUnderFaults_NothingDuplicatedOrLost()
    {
        var random = new Random(20261123 + (int)vendor);
        var totals = new CampaignTotals();
        for (var run = 0; run < RunsPerVendor; run++)
        {
            var roll = random.Next(100);
            if (roll < 60)
            {
                await CreateRunAsync(vendor, random, $"{vendor}{run}", totals);
            }
            else if (roll < 80 && _hosts[vendor].Client.Capabilities.SupportsTags)
            {
                await TagRunAsync(vendor, random, totals);
            }
            else
            {
                await ChannelRunAsync(vendor, random, totals);
            }
        }

        TestContext.Progress.WriteLine($"Write campaign, {vendor}: {totals}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(totals.Runs, Is.EqualTo(RunsPerVendor));
            Assert.That(totals.Duplicates, Is.Zero, "duplicate contacts");
            Assert.That(totals.LostContacts, Is.Zero, "contacts reported created but not stored");
            Assert.That(totals.LostOrDoubledWrites, Is.Zero, "tags or channels lost or stored twice");
            Assert.That(totals.Faults, Is.GreaterThan(RunsPerVendor / 2), "the campaign injects faults in most runs");
        }
    }

    private async Task CreateRunAsync(ContactsVendor vendor, Random random, string unique, CampaignTotals totals)
    {
        var host = _hosts[vendor];
        host.Fake.Reset();
        var shapes = CreateDrafts.AcceptedBy(vendor).ToArray();
        var draft = CreateDrafts.Draft(vendor, shapes[random.Next(shapes.Length)], unique);
        var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        Inject(host.Fake, Faults[random.Next(Faults.Length)], 1 + random.Next(2), method, path, totals);
        var retries = random.Next(3);
        var startedAt = _clock.GetUtcNow();

        Contact? result = null;
        for (var attempt = 0; attempt <= retries && result is null; attempt++)
        {
            var failure = await ClockDriver.CaptureAsync(_clock, async () => result = attempt == 0 ? await host.Client.CreateAsync(draft) : await CallerRetryAsync(host.Client, draft, startedAt));
            if (failure is ContactConflictException)
            {
                break;
            }

            Assert.That(failure, Is.Null.Or.InstanceOf<ContactsException>(), failure?.ToString());
        }

        await DrainLateWritesAsync(host.Fake);
        host.Fake.ClearFaults();
        var stored = await CountAsync(host.Client);
        totals.Record(stored > 1, result is not null && stored == 0);
    }

    // What the docs tell a caller to do after a create failed: give a late write time to land, look, and create only if absent.
    private async Task<Contact?> CallerRetryAsync(IContactsClient client, ContactDraft draft, DateTimeOffset startedAt)
    {
        await Task.Delay(CallerWait, _clock);
        return await client.FindCreatedContactAsync(draft, startedAt) ?? await client.CreateAsync(draft);
    }

    private async Task TagRunAsync(ContactsVendor vendor, Random random, CampaignTotals totals)
    {
        var host = _hosts[vendor];
        host.Fake.Reset();
        var contact = await host.Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Tag Target") });
        var target = vendor == ContactsVendor.Wix ? ("POST", $"/contacts/v4/contacts/{contact.Id}/labels") : ("PATCH", $"/contacts/{contact.Id}");
        var confirmed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var tag = $"tag-{i}";
            Inject(host.Fake, WriteFaults[random.Next(WriteFaults.Length)], 1 + random.Next(2), target.Item1, target.Item2, totals);
            if (await WithCallerRetriesAsync(() => host.Client.AddTagsAsync(contact.Id, [tag]), 2))
            {
                confirmed.Add(tag);
            }

            host.Fake.ClearFaults();
        }

        await DrainLateWritesAsync(host.Fake);
        host.Fake.ClearFaults();
        var tags = (await host.Client.GetAsync(contact.Id)).Tags;
        totals.Record(duplicate: false, lost: false, lostOrDoubledWrite: confirmed.Except(tags).Any() || tags.Count != tags.Distinct().Count());
    }

    private async Task ChannelRunAsync(ContactsVendor vendor, Random random, CampaignTotals totals)
    {
        var host = _hosts[vendor];
        host.Fake.Reset();
        var contact = await host.Client.CreateAsync(CreateDrafts.Draft(vendor, vendor == ContactsVendor.AgentClara ? DraftShape.NameOnly : DraftShape.NameAndEmail, "channel"));
        var target = vendor switch
        {
            ContactsVendor.Ecwid => ("POST", $"/api/v3/{EcwidFake.DefaultStoreId}/customers/{contact.Id}/contacts"),
            ContactsVendor.Wix => ("PATCH", $"/contacts/v4/contacts/{contact.Id}"),
            _ => ("PATCH", $"/contacts/{contact.Id}"),
        };
        var phone = new ContactChannel(ChannelKind.Phone, "+15550004444");
        Inject(host.Fake, WriteFaults[random.Next(WriteFaults.Length)], 1 + random.Next(2), target.Item1, target.Item2, totals);

        var confirmed = await WithCallerRetriesAsync(() => host.Client.AddChannelAsync(contact.Id, phone), 2);

        await DrainLateWritesAsync(host.Fake);
        host.Fake.ClearFaults();
        var copies = (await host.Client.GetAsync(contact.Id)).Channels.Count(c => c.Kind == ChannelKind.Phone && c.Value.EndsWith("5550004444", StringComparison.Ordinal));
        totals.Record(duplicate: false, lost: false, lostOrDoubledWrite: copies > 1 || (confirmed && copies == 0));
    }

    private async Task<bool> WithCallerRetriesAsync(Func<Task> write, int retries)
    {
        for (var attempt = 0; attempt <= retries; attempt++)
        {
            var failure = await ClockDriver.CaptureAsync(_clock, write);
            if (failure is null)
            {
                return true;
            }

            Assert.That(failure, Is.InstanceOf<ContactsException>(), failure.ToString());
            await ClockDriver.AdvanceAsync(_clock, CallerWait);
        }

        return false;
    }

    private static void Inject(VendorFake fake, CreateFault? fault, int times, string method, string path, CampaignTotals totals)
    {
        if (fault is not { } kind)
        {
            return;
        }

        totals.Faults++;
        var soon = TimeSpan.FromMilliseconds(400);
        var late = CallerWait - ClockDriver.Step;
        switch (kind)
        {
            case CreateFault.AppliedThen500: fake.ApplyThenFailNext(times, 500, method, path); break;
            case CreateFault.AppliedThen503: fake.ApplyThenFailNext(times, 503, method, path); break;
            case CreateFault.NotApplied503: fake.FailNext(times, 503, method, path); break;
            case CreateFault.Gateway502LandsSoon: fake.AnswerThenApplyLaterNext(times, soon, 502, method, path); break;
            case CreateFault.Gateway504LandsLate: fake.AnswerThenApplyLaterNext(times, late, 504, method, path); break;
            case CreateFault.DroppedThenLands: fake.AnswerThenApplyLaterNext(times, soon, null, method, path); break;
            case CreateFault.DroppedNeverLands: fake.DropNext(times, method, path); break;
            case CreateFault.SlowPastAttemptTimeout: fake.DelayNext(times, MatrixHosts.SlowResponse, method, path); break;
            case CreateFault.TooManyRequests: fake.FailNext(times, 429, method, path, TimeSpan.FromSeconds(1)); break;
            case CreateFault.MalformedAnswer: fake.MalformNext(times, method, path); break;
            default: throw new ArgumentOutOfRangeException(nameof(fault));
        }
    }

    private async Task DrainLateWritesAsync(VendorFake fake)
    {
        for (var i = 0; i < 60 && fake.PendingLateWrites > 0; i++)
        {
            await ClockDriver.AdvanceAsync(_clock, ClockDriver.Step);
        }

        Assert.That(fake.PendingLateWrites, Is.Zero);
    }

    private static async Task<int> CountAsync(IContactsClient client)
    {
        var count = 0;
        await foreach (var _ in client.ListAsync())
        {
            count++;
        }

        return count;
    }

    private sealed class CampaignTotals
    {
        public int Runs { get; private set; }

        public int Faults { get; set; }

        public int Duplicates { get; private set; }

        public int LostContacts { get; private set; }

        public int LostOrDoubledWrites { get; private set; }

        public void Record(bool duplicate, bool lost, bool lostOrDoubledWrite = false)
        {
            Runs++;
            Duplicates += duplicate ? 1 : 0;
            LostContacts += lost ? 1 : 0;
            LostOrDoubledWrites += lostOrDoubledWrite ? 1 : 0;
        }

        public override string ToString()
            => $"{Runs} runs, {Faults} faults injected, {Duplicates} duplicates, {LostContacts} lost contacts, {LostOrDoubledWrites} lost or doubled tags/channels";
    }
}
