using ContactsSdk.Changes;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Changes;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>
/// Issue 15 as a hostile caller replays it: cancelling while handling a change must end the feed with
/// <see cref="OperationCanceledException"/> and leave the checkpoint where it was, also when the window is buffered.
/// </summary>
public sealed class FeedCancellationAdversarialTests : FeedFixture<WixFake, IWixContactsClient>
{
    protected override VendorHarness<WixFake, IWixContactsClient> Start(FakeTimeProvider clock)
        => WixHarness.Start(fakeOptions: new WixFakeOptions { TimeProvider = clock }, timeProvider: clock);

    [Test]
    public async Task GetChanges_CancelledMidEnumeration_ThrowsOperationCanceledAndLeavesNoCheckpoint()
    {
        for (var i = 0; i < 3; i++)
        {
            Harness.Fake.SeedContact("Adv " + i);
        }

        Clock.Advance(TimeSpan.FromMinutes(5));

        using var cancellation = new CancellationTokenSource();
        var feed = Harness.Client.GetChangesAsync(null, new ChangeFeedOptions { SettleLag = TimeSpan.Zero, PageSize = 1 }, cancellation.Token);
        var seen = 0;
        var thrown = await Calls.CatchAsync(async () =>
        {
            await foreach (var change in feed)
            {
                _ = change;
                seen++;
                await cancellation.CancelAsync();
            }
        });

        Assert.That(seen, Is.EqualTo(1));
        Assert.That(thrown, Is.InstanceOf<OperationCanceledException>());
        Assert.That(feed.Checkpoint, Is.Null);
    }
}
