using ContactsSdk.Sync;

namespace ContactsSdk.Tests.Sync;

/// <summary>
/// What every <see cref="ISyncStateStore"/> must do, whatever keeps the state: run against the in-memory and JSON-file
/// stores here and, by the same file linked into <c>ContactsSdk.Redis.Tests</c>, against the Redis store.
/// </summary>
public abstract class SyncStateStoreContractTests
{
    /// <summary>Opens an empty store of its own for one test.</summary>
    protected abstract ISyncStateStore OpenEmpty();

    [Test]
    public async Task EmptyStore_HasNoLinkCheckpointOrFailure()
    {
        var store = OpenEmpty();

        Assert.Multiple(async () =>
        {
            Assert.That(await store.GetLinkAsync("s1"), Is.Null);
            Assert.That(await store.GetCheckpointAsync(), Is.Null);
            Assert.That(await store.GetFailedAsync(), Is.Empty);
            Assert.That(await ListAsync(store), Is.Empty);
        });
    }

    [Test]
    public async Task Links_SaveReplaceRemove_ListShowsTheLiveOnes()
    {
        var store = OpenEmpty();
        await store.SaveLinkAsync(new SyncLink("s1", "t1", "f1"));
        await store.SaveLinkAsync(new SyncLink("s2", "t2", "f2"));
        await store.SaveLinkAsync(new SyncLink("s3", "t3", "f3"));
        await store.SaveLinkAsync(new SyncLink("s1", "t1", "f1b"));
        await store.RemoveLinkAsync("s2");
        await store.RemoveLinkAsync("never-linked");

        Assert.Multiple(async () =>
        {
            Assert.That(await store.GetLinkAsync("s1"), Is.EqualTo(new SyncLink("s1", "t1", "f1b")), "a save replaces");
            Assert.That(await store.GetLinkAsync("s2"), Is.Null, "a remove forgets");
            Assert.That(await ListAsync(store), Is.EquivalentTo(new[] { new SyncLink("s1", "t1", "f1b"), new SyncLink("s3", "t3", "f3") }));
        });
    }

    [Test]
    public async Task Links_IdsWithAnyCharacters_RoundTrip()
    {
        var store = OpenEmpty();
        var link = new SyncLink("src:{1}\"quoted\" \\ é 🙂", "tgt\ttab,comma;semi", "sha256:{\"f\":1}");

        await store.SaveLinkAsync(link);

        Assert.That(await store.GetLinkAsync(link.SourceId), Is.EqualTo(link));
        Assert.That(await ListAsync(store), Is.EqualTo(new[] { link }));
    }

    [Test]
    public async Task Links_ManyLinks_EachListedOnce()
    {
        var store = OpenEmpty();
        var links = Enumerable.Range(0, 1_234).Select(i => new SyncLink($"s{i}", $"t{i}", $"f{i}")).ToList();
        await Task.WhenAll(links.Select(link => store.SaveLinkAsync(link)));

        var listed = await ListAsync(store);

        Assert.That(listed, Is.EquivalentTo(links), "saved concurrently, none lost, none listed twice");
    }

    [Test]
    public async Task Checkpoint_SaveThenReplace_KeepsTheLast()
    {
        var store = OpenEmpty();
        await store.SaveCheckpointAsync("updated:2026-11-23T12:00:00.0000000Z");
        await store.SaveCheckpointAsync("updated:2026-11-23T12:10:00.0000000Z");

        Assert.That(await store.GetCheckpointAsync(), Is.EqualTo("updated:2026-11-23T12:10:00.0000000Z"));
    }

    [Test]
    public async Task Failed_MarkTwiceThenClear_KeepsEachIdOnce()
    {
        var store = OpenEmpty();
        await store.MarkFailedAsync("s1");
        await store.MarkFailedAsync("s1");
        await store.MarkFailedAsync("s2");
        await store.MarkFailedAsync("s3");
        await store.ClearFailedAsync("s2");
        await store.ClearFailedAsync("never-failed");

        Assert.That(await store.GetFailedAsync(), Is.EquivalentTo(new[] { "s1", "s3" }));
    }

    [Test]
    public async Task Methods_BadArguments_ThrowArgumentExceptionNamingTheParameter()
    {
        var store = OpenEmpty();

        Assert.That((await Assert.ThrowsAsync<ArgumentNullException>(() => store.SaveLinkAsync(null!)))!.ParamName, Is.EqualTo("link"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => store.SaveLinkAsync(new SyncLink("s1", " ", "f"))))!.ParamName, Is.EqualTo("link"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => store.SaveLinkAsync(new SyncLink("s1", "t1", ""))))!.ParamName, Is.EqualTo("link"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => store.GetLinkAsync("")))!.ParamName, Is.EqualTo("sourceId"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => store.RemoveLinkAsync(" ")))!.ParamName, Is.EqualTo("sourceId"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => store.SaveCheckpointAsync("")))!.ParamName, Is.EqualTo("checkpoint"));
        Assert.That((await Assert.CatchAsync<ArgumentException>(() => store.MarkFailedAsync(null!)))!.ParamName, Is.EqualTo("sourceId"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => store.ClearFailedAsync(" ")))!.ParamName, Is.EqualTo("sourceId"));
        Assert.That(await store.GetLinkAsync("s1"), Is.Null, "nothing was stored");
    }

    [Test]
    public async Task ListLinksAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var store = OpenEmpty();
        await store.SaveLinkAsync(new SyncLink("s1", "t1", "f1"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.CatchAsync<OperationCanceledException>(async () => await ListAsync(store, cancelled.Token));
    }

    protected static async Task<List<SyncLink>> ListAsync(ISyncStateStore store, CancellationToken cancellationToken = default)
    {
        var links = new List<SyncLink>();
        await foreach (var link in store.ListLinksAsync(cancellationToken))
        {
            links.Add(link);
        }

        return links;
    }
}
