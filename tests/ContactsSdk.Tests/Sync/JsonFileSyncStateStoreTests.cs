using ContactsSdk.Sync;

namespace ContactsSdk.Tests.Sync;

public sealed class JsonFileSyncStateStoreTests
{
    private string _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("sync-state-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Reopen_KeepsLinksCheckpointAndFailures()
    {
        var path = Path.Combine(_folder, "state.jsonl");
        var store = new JsonFileSyncStateStore(path);
        await store.SaveLinkAsync(new SyncLink("s1", "t1", "f1"));
        await store.SaveLinkAsync(new SyncLink("s2", "t2", "f2"));
        await store.SaveLinkAsync(new SyncLink("s1", "t1", "f1b"));
        await store.RemoveLinkAsync("s2");
        await store.SaveCheckpointAsync("updated:2026-11-23T12:00:00.0000000Z");
        await store.MarkFailedAsync("s3");
        await store.MarkFailedAsync("s4");
        await store.ClearFailedAsync("s4");

        var reopened = new JsonFileSyncStateStore(path);

        var links = new List<SyncLink>();
        await foreach (var link in reopened.ListLinksAsync())
        {
            links.Add(link);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(links, Is.EqualTo(new[] { new SyncLink("s1", "t1", "f1b") }));
            Assert.That(await reopened.GetCheckpointAsync(), Is.EqualTo("updated:2026-11-23T12:00:00.0000000Z"));
            Assert.That(await reopened.GetFailedAsync(), Is.EqualTo(new[] { "s3" }));
        });
    }

    [Test]
    public async Task Reopen_LastLineCutShortByACrash_IsIgnored()
    {
        var path = Path.Combine(_folder, "state.jsonl");
        await new JsonFileSyncStateStore(path).SaveLinkAsync(new SyncLink("s1", "t1", "f1"));
        await File.AppendAllTextAsync(path, "{\"op\":\"link\",\"v\":[\"s2\",");

        var reopened = new JsonFileSyncStateStore(path);

        Assert.Multiple(async () =>
        {
            Assert.That(await reopened.GetLinkAsync("s1"), Is.EqualTo(new SyncLink("s1", "t1", "f1")));
            Assert.That(await reopened.GetLinkAsync("s2"), Is.Null);
        });
    }

    [Test]
    public async Task Methods_BadArguments_ThrowArgumentException()
    {
        var store = new JsonFileSyncStateStore(Path.Combine(_folder, "state.jsonl"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveLinkAsync(new SyncLink("s1", " ", "f")));
        await Assert.ThrowsAsync<ArgumentNullException>(() => store.SaveLinkAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetLinkAsync(""));
        Assert.Throws<ArgumentException>(() => _ = new JsonFileSyncStateStore(" "));
    }
}
