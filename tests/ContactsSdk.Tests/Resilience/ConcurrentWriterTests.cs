using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// Concurrent writers in one process, over HTTP against the fakes: on vendors without a concurrency token (AgentClara
/// tags, Ecwid billing person and channels) the SDK's per-contact write lock keeps every writer's change; Wix keeps them
/// through its atomic label endpoints. Ecwid channel adds are idempotent, also concurrently and after a fault.
/// </summary>
public sealed class ConcurrentWriterTests
{
    private const int Writers = 50;

    [Test]
    public async Task RemoveAndAddTagsAsync_Concurrently_AgentClara_NeitherWriterIsLost()
    {
        await using var harness = AgentClaraHarness.Start();
        var contact = await harness.Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada"), Tags = [.. Enumerable.Range(0, 20).Select(i => $"old-{i}")] });

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await harness.Client.RemoveTagsAsync(contact.Id, [$"old-{i}"]);
            await harness.Client.AddTagsAsync(contact.Id, [$"new-{i}"]);
        })));

        var tags = (await harness.Client.GetAsync(contact.Id)).Tags;
        Assert.That(tags, Is.EquivalentTo(Enumerable.Range(0, 20).Select(i => $"new-{i}")));
    }

    // AgentClara keeps tags with no concurrency token (the SDK's per-contact lock keeps them); Wix labels atomically.
    [TestCase(ContactsVendor.AgentClara, true)]
    [TestCase(ContactsVendor.Wix, false)]
    public async Task AddTagsAsync_FiftyConcurrentDistinctTags_KeepsAllFifty(ContactsVendor vendor, bool locksInProcess)
    {
        await using var host = MatrixHosts.Start(vendor, TimeProvider.System);
        var contact = await host.Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") });

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() => host.Client.AddTagsAsync(contact.Id, [$"tag-{i}"]))));

        var tags = (await host.Client.GetAsync(contact.Id)).Tags;
        Assert.That(tags, Is.EquivalentTo(Enumerable.Range(0, Writers).Select(i => $"tag-{i}")));
        Assert.That(host.Client.Capabilities.LocksWritesInProcess, Is.EqualTo(locksInProcess));
    }

    [Test]
    public async Task UpdateAsync_FiftyRoundsOfConcurrentNameAndCompanyChanges_Ecwid_LosesNothing()
    {
        await using var harness = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { RateLimitPerMinute = null });
        var id = harness.Fake.SeedContact("ada@example.com", "Ada Start").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lost = 0;

        for (var round = 0; round < Writers; round++)
        {
            var name = $"Ada Round{round}";
            var company = $"Engines {round}";
            await Task.WhenAll(
                Task.Run(() => harness.Client.UpdateAsync(id, new ContactPatch { Name = PersonName.FromFull(name) })),
                Task.Run(() => harness.Client.UpdateAsync(id, new ContactPatch { Company = company })));

            var current = await harness.Client.GetAsync(id);
            lost += current.Name.Full == name && current.Company == company ? 0 : 1;
        }

        Assert.That(lost, Is.Zero, $"{lost} of {Writers} rounds lost a change");
        Assert.That(harness.Client.Capabilities.LocksWritesInProcess, Is.True, "Ecwid has no concurrency token");
    }

    [Test]
    public async Task AddChannelAsync_SameValueSequentially_Ecwid_StoresOneChannel()
    {
        await using var harness = EcwidHarness.Start();
        var id = harness.Fake.SeedContact("ada@example.com").ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = await harness.Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+1 555 000 1111"));
        var second = await harness.Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+15550001111"));
        var email = await harness.Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, " Second@Example.com "));
        var emailAgain = await harness.Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, "second@example.com"));

        var channels = (await harness.Client.GetAsync(id)).Channels;
        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That(emailAgain.Id, Is.EqualTo(email.Id));
        Assert.That(channels.Count(c => c.Kind == ChannelKind.Phone), Is.EqualTo(1));
        Assert.That(harness.Fake.Journal.Count(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public async Task AddChannelAsync_SameValueTenTimesAtOnce_Ecwid_StoresOneChannel_AndEveryCallerGetsIt()
    {
        await using var harness = EcwidHarness.Start();
        var id = harness.Fake.SeedContact("ada@example.com").ToString(System.Globalization.CultureInfo.InvariantCulture);

        var added = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Task.Run(() => harness.Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Telegram, "https://t.me/ada")))));

        var telegrams = (await harness.Client.GetAsync(id)).Channels.Where(c => c.Kind == ChannelKind.Telegram).ToList();
        Assert.That(telegrams, Has.Count.EqualTo(1));
        Assert.That(added.Select(c => c.Id).Distinct(), Is.EqualTo(new[] { telegrams[0].Id }));
    }

    [TestCase(500)]
    [TestCase(503)]
    public async Task AddChannelAsync_AppliedThenServerError_ThenCallerRetries_Ecwid_StoresOneChannel(int status)
    {
        await using var harness = EcwidHarness.Start();
        var id = harness.Fake.SeedContact("ada@example.com").ToString(System.Globalization.CultureInfo.InvariantCulture);
        harness.Fake.ApplyThenFailNext(1, status, "POST", $"/api/v3/{EcwidFake.DefaultStoreId}/customers/{id}/contacts");

        var first = await harness.Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+15550002222"));
        var retried = await harness.Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+15550002222"));

        var phones = (await harness.Client.GetAsync(id)).Channels.Where(c => c.Kind == ChannelKind.Phone).ToList();
        Assert.That(phones, Has.Count.EqualTo(1));
        Assert.That(retried.Id, Is.EqualTo(first.Id).And.EqualTo(phones[0].Id));
    }

    [Test]
    public async Task AddChannelAsync_GatewayAnswersAndTheWriteLandsLater_ThenCallerRetries_Ecwid_StoresOneChannel()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var harness = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { TimeProvider = clock }, timeProvider: clock);
        var id = harness.Fake.SeedContact("ada@example.com").ToString(System.Globalization.CultureInfo.InvariantCulture);
        harness.Fake.AnswerThenApplyLaterNext(1, TimeSpan.FromSeconds(30), 504, "POST", $"/api/v3/{EcwidFake.DefaultStoreId}/customers/{id}/contacts");

        var failure = await ClockDriver.CaptureAsync(clock, () => harness.Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+15550003333")));
        await ClockDriver.AdvanceAsync(clock, TimeSpan.FromSeconds(30));
        var retried = await harness.Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+15550003333"));

        var phones = (await harness.Client.GetAsync(id)).Channels.Where(c => c.Kind == ChannelKind.Phone).ToList();
        Assert.That(failure, Is.TypeOf<ContactsUnavailableException>());
        Assert.That(failure!.Message, Does.Contain("may still be applied"));
        Assert.That(phones, Has.Count.EqualTo(1));
        Assert.That(retried.Id, Is.EqualTo(phones[0].Id));
    }
}
