using ContactsSdk.AspNetCore.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.AspNetCore.Tests.Webhooks;

/// <summary>The default store: first mark wins, atomically; marks expire on the injected clock; release forgets.</summary>
public sealed class InMemoryWebhookDeduplicatorTests
{
    [Test]
    public async Task TryMarkAsync_SameEventTwice_TrueThenFalse_ButAnotherVendorIsSeparate()
    {
        var store = new InMemoryWebhookDeduplicator(new FakeTimeProvider());

        Assert.That(await store.TryMarkAsync(ContactsVendor.Wix, "e1", TimeSpan.FromHours(1)), Is.True);
        Assert.That(await store.TryMarkAsync(ContactsVendor.Wix, "e1", TimeSpan.FromHours(1)), Is.False);
        Assert.That(await store.TryMarkAsync(ContactsVendor.Ecwid, "e1", TimeSpan.FromHours(1)), Is.True);
    }

    [Test]
    public async Task TryMarkAsync_AfterTheTimeToLive_MarksAgain()
    {
        var clock = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicator(clock);
        await store.TryMarkAsync(ContactsVendor.Wix, "e1", TimeSpan.FromHours(72));

        clock.Advance(TimeSpan.FromHours(71));
        Assert.That(await store.TryMarkAsync(ContactsVendor.Wix, "e1", TimeSpan.FromHours(72)), Is.False);
        clock.Advance(TimeSpan.FromHours(2));
        Assert.That(await store.TryMarkAsync(ContactsVendor.Wix, "e1", TimeSpan.FromHours(72)), Is.True);
    }

    [Test]
    public void DefaultTimeToLive_CoversEveryVendorsResendWindow()
    {
        // Ecwid retries for 24 h (older docs: 48 h), Wix for about 51 h (12 resends): an INFERRED 72 h covers both.
        Assert.That(ContactsWebhooksOptions.DefaultDeduplicationTimeToLive, Is.GreaterThanOrEqualTo(TimeSpan.FromHours(51)));
        Assert.That(new ContactsWebhooksOptions().DeduplicationTimeToLive, Is.EqualTo(TimeSpan.FromHours(72)));
    }

    [Test]
    public async Task ReleaseAsync_ForgetsTheMark()
    {
        var store = new InMemoryWebhookDeduplicator(new FakeTimeProvider());
        await store.TryMarkAsync(ContactsVendor.AgentClara, "e1", TimeSpan.FromHours(1));

        await store.ReleaseAsync(ContactsVendor.AgentClara, "e1");

        Assert.That(await store.TryMarkAsync(ContactsVendor.AgentClara, "e1", TimeSpan.FromHours(1)), Is.True);
    }

    [Test]
    public async Task TryMarkAsync_ConcurrentCallers_ExactlyOneWins_AlsoForAnExpiredMark()
    {
        var clock = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicator(clock);
        await store.TryMarkAsync(ContactsVendor.Wix, "e1", TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(2));

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => store.TryMarkAsync(ContactsVendor.Wix, "e1", TimeSpan.FromMinutes(1)).AsTask())));

        Assert.That(results.Count(won => won), Is.EqualTo(1));
    }

    [Test]
    public async Task TryMarkAsync_BadArguments_ThrowBeforeMarking()
    {
        var store = new InMemoryWebhookDeduplicator();

        Assert.That((await Assert.ThrowsAsync<ArgumentException>(async () => await store.TryMarkAsync(ContactsVendor.Wix, "", TimeSpan.FromHours(1))))?.ParamName, Is.EqualTo("eventId"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.TryMarkAsync(ContactsVendor.Wix, "e", TimeSpan.Zero));
        Assert.That(store.Count, Is.Zero);
    }
}
