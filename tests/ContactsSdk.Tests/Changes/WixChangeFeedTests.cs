using ContactsSdk.Changes;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Changes;

/// <summary>Wix's feed: <c>createdDate</c> ties at a keyset boundary, the <c>updatedDate</c> filter, and merges found by reconciliation.</summary>
public sealed class WixChangeFeedTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private WixHarness _harness = null!;

    [OneTimeSetUp]
    public void Start() => _harness = WixHarness.Start(fakeOptions: new WixFakeOptions { TimeProvider = _clock }, timeProvider: _clock);

    [OneTimeTearDown]
    public async Task Stop() => await _harness.DisposeAsync();

    [SetUp]
    public void Reset()
    {
        _harness.Reset();
        _clock.Advance(TimeSpan.FromDays(1));
    }

    [Test]
    public async Task GetChangesAsync_CreatedDateTieAtAKeysetBoundary_ReadsEveryContactOnce()
    {
        var early = Enumerable.Range(0, 5).Select(i => _harness.Fake.SeedContact("Early", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var tied = Enumerable.Range(0, 12).Select(i => _harness.Fake.SeedContact("Tied", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        _clock.Advance(TimeSpan.FromMinutes(5));
        _harness.Fake.ClearJournal();

        var changes = await _harness.Client.GetChangesAsync(null, new ChangeFeedOptions { PageSize = 10 }).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(change => change.ContactId), Is.EquivalentTo(early.Concat(tied)), "each once: the boundary's ids are dropped when re-read");
            Assert.That(_harness.Fake.Journal.Select(request => request.Body), Has.Some.Contains("\"createdDate\":{\"$gte\""), "pages by key");
            Assert.That(_harness.Fake.Journal.Select(request => request.Body), Has.Some.Contains("\"updatedDate\":{\"$lt\""), "bounded window");
        });
    }

    [Test]
    public async Task ReconcileAsync_AMergedAwayId_ResolvesToItsTarget_AndADeletedIdToDeleted()
    {
        var target = _harness.Fake.SeedContact("Target", email: "target@example.com");
        var source = _harness.Fake.SeedContact("Source", email: "source@example.com");
        var gone = _harness.Fake.SeedContact("Gone");
        var kept = _harness.Fake.SeedContact("Kept");
        await _harness.Client.MergeAsync(target, [source]);
        await _harness.Client.DeleteAsync(gone);

        var changes = await _harness.Client.ReconcileAsync(new[] { target, source, gone, kept }.ToAsyncEnumerable()).ToListAsync();

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
        var ids = Enumerable.Range(0, 150).Select(i => _harness.Fake.SeedContact("Many", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        _harness.Fake.ClearJournal();

        var changes = await _harness.Client.ReconcileAsync(ids.ToAsyncEnumerable()).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changes, Is.Empty);
            Assert.That(_harness.Fake.Journal, Has.Count.EqualTo(2));
            Assert.That(_harness.Fake.Journal.Select(request => request.Body), Has.All.Contains("\"$in\""));
        });
    }

    [Test]
    public async Task ReconcileAsync_AnIdThatIsNoWixId_ThrowsArgumentException()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(async () => await _harness.Client.ReconcileAsync(new[] { "not-a-guid" }.ToAsyncEnumerable()).ToListAsync());

        Assert.That(ex!.ParamName, Is.EqualTo("knownIds"));
    }
}
