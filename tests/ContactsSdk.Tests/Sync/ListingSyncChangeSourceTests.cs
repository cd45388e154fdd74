using ContactsSdk.Sync;

namespace ContactsSdk.Tests.Sync;

public sealed class ListingSyncChangeSourceTests : SyncFixture
{
    /// <summary>
    /// Names the assumption <see cref="ListingSyncChangeSource.Overlap"/> (UNCONFIRMED: vendors publish no clock skew): a
    /// contact stamped up to two minutes before the checkpoint is read again; one older than that is not.
    /// </summary>
    [Test]
    public async Task GetChangesAsync_Assumption_RereadsTwoMinutesBeforeTheCheckpoint()
    {
        var client = Bed.Clara.Client;
        var old = Bed.Clara.Fake.Seed(SyncContacts.Draft("Old Person", "old@example.com"));
        Bed.Clock.Advance(TimeSpan.FromMinutes(10));
        var recent = Bed.Clara.Fake.Seed(SyncContacts.Draft("Recent Person", "recent@example.com"));
        Bed.Clock.Advance(TimeSpan.FromMinutes(1));
        var checkpoint = "updated:" + Bed.Clock.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        var ids = new List<string>();
        await foreach (var change in new ListingSyncChangeSource(client).GetChangesAsync(checkpoint))
        {
            ids.Add(change.ContactId);
        }

        Assert.Multiple(() =>
        {
            Assert.That(ListingSyncChangeSource.Overlap, Is.EqualTo(TimeSpan.FromMinutes(2)));
            Assert.That(ids, Does.Contain(recent).And.Not.Contain(old));
        });
    }

    [Test]
    public async Task GetChangesAsync_ForeignCheckpoint_ThrowsArgumentException()
    {
        var source = new ListingSyncChangeSource(Bed.Clara.Client);

        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in source.GetChangesAsync("not-a-checkpoint"))
            {
            }
        });
        Assert.That(Bed.Clara.Fake.Journal, Is.Empty);
    }
}
