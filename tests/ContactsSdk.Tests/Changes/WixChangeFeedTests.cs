using ContactsSdk.Changes;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Changes;

/// <summary>Wix's feed: <c>createdDate</c> ties at a keyset boundary, the <c>updatedDate</c> filter, and merges found by reconciliation.</summary>
public sealed class WixChangeFeedTests : FeedFixture<WixFake, IWixContactsClient>
{
    protected override VendorHarness<WixFake, IWixContactsClient> Start(FakeTimeProvider clock)
        => WixHarness.Start(fakeOptions: new WixFakeOptions { TimeProvider = clock }, timeProvider: clock);

    [Test]
    public async Task GetChangesAsync_CreatedDateTieAtAKeysetBoundary_ReadsEveryContactOnce()
    {
        var early = Enumerable.Range(0, 5).Select(i => Harness.Fake.SeedContact("Early", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var tied = Enumerable.Range(0, 12).Select(i => Harness.Fake.SeedContact("Tied", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Clock.Advance(TimeSpan.FromMinutes(5));
        Harness.Fake.ClearJournal();

        var changes = await Harness.Client.GetChangesAsync(null, new ChangeFeedOptions { PageSize = 10 }).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(change => change.ContactId), Is.EquivalentTo(early.Concat(tied)), "each once: the boundary's ids are dropped when re-read");
            Assert.That(Harness.Fake.Journal.Select(request => request.Body), Has.Some.Contains("\"createdDate\":{\"$gte\""), "pages by key");
            Assert.That(Harness.Fake.Journal.Select(request => request.Body), Has.Some.Contains("\"updatedDate\":{\"$lt\""), "bounded window");
        });
    }

    [Test]
    public async Task ReconcileAsync_AMergedAwayId_ResolvesToItsTarget_AndADeletedIdToDeleted()
    {
        var target = Harness.Fake.SeedContact("Target", email: "target@example.com");
        var source = Harness.Fake.SeedContact("Source", email: "source@example.com");
        var gone = Harness.Fake.SeedContact("Gone");
        var kept = Harness.Fake.SeedContact("Kept");
        await Harness.Client.MergeAsync(target, [source]);
        await Harness.Client.DeleteAsync(gone);

        var changes = await Harness.Client.ReconcileAsync(new[] { target, source, gone, kept }.ToAsyncEnumerable()).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changes, Has.Count.EqualTo(2));
            var merged = changes.Single(change => change.ContactId == source);
            Assert.That(merged.Kind, Is.EqualTo(ContactChangeKind.Merged));
            Assert.That(merged.MergeTargetId, Is.EqualTo(target));
            Assert.That(changes.Single(change => change.ContactId == gone).Kind, Is.EqualTo(ContactChangeKind.Deleted));
        });
    }

    [Test]
    public async Task ReconcileAsync_ChecksKnownIdsInBatchesOf100_NotOneRequestEach()
    {
        var ids = Enumerable.Range(0, 150).Select(i => Harness.Fake.SeedContact("Many", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Harness.Fake.ClearJournal();

        var changes = await Harness.Client.ReconcileAsync(ids.ToAsyncEnumerable()).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changes, Is.Empty);
            Assert.That(Harness.Fake.Journal, Has.Count.EqualTo(2));
            Assert.That(Harness.Fake.Journal.Select(request => request.Body), Has.All.Contains("\"$in\""));
        });
    }

    [Test]
    public async Task ReconcileAsync_AnIdThatIsNoWixId_ThrowsArgumentException()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(async () => await Harness.Client.ReconcileAsync(new[] { "not-a-guid" }.ToAsyncEnumerable()).ToListAsync());

        Assert.That(ex!.ParamName, Is.EqualTo("knownIds"));
    }
}
