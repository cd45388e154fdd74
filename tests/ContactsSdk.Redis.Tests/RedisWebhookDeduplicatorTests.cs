using ContactsSdk.Redis.Tests.Support;
using StackExchange.Redis;

namespace ContactsSdk.Redis.Tests;

/// <summary>The shared webhook de-duplication set against a real Redis: exactly one first delivery across instances, the TTL, release.</summary>
public sealed class RedisWebhookDeduplicatorTests : RedisFixture
{

    [Test]
    public async Task TryMarkAsync_SameEventOnManyInstancesAtOnce_IsFirstExactlyOnce()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => new RedisInstance(Server)).ToList();
        var eventId = Guid.NewGuid().ToString();

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            instances[i % 4].Deduplicator.TryMarkAsync(ContactsVendor.Wix, eventId, TimeSpan.FromMinutes(5)).AsTask()));

        Assert.That(results.Count(first => first), Is.EqualTo(1));
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
    }

    [Test]
    public async Task TryMarkAsync_SetsTheTimeToLive_AndReleaseLetsTheResendThrough()
    {
        await using var instance = new RedisInstance(Server);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
        var eventId = Guid.NewGuid().ToString();

        Assert.That(await instance.Deduplicator.TryMarkAsync(ContactsVendor.Ecwid, eventId, TimeSpan.FromHours(24)), Is.True);
        var ttl = await admin.GetDatabase().KeyTimeToLiveAsync($"contactssdk:webhook:Ecwid:{eventId}");
        Assert.That(await instance.Deduplicator.TryMarkAsync(ContactsVendor.Ecwid, eventId, TimeSpan.FromHours(24)), Is.False, "a resend is a duplicate");
        Assert.That(await instance.Deduplicator.TryMarkAsync(ContactsVendor.Wix, eventId, TimeSpan.FromHours(24)), Is.True, "ids are per vendor");
        await instance.Deduplicator.ReleaseAsync(ContactsVendor.Ecwid, eventId);

        Assert.That(ttl, Is.EqualTo(TimeSpan.FromHours(24)).Within(TimeSpan.FromSeconds(5)));
        Assert.That(await instance.Deduplicator.TryMarkAsync(ContactsVendor.Ecwid, eventId, TimeSpan.FromHours(24)), Is.True, "released: the resend is processed");
    }

    [Test]
    public async Task TryMarkAsync_BadArguments_ThrowBeforeRedis()
    {
        await using var instance = new RedisInstance(Server);

        Assert.That((await Assert.ThrowsAsync<ArgumentException>(async () => await instance.Deduplicator.TryMarkAsync(ContactsVendor.Wix, " ", TimeSpan.FromMinutes(1))))!.ParamName, Is.EqualTo("eventId"));
        Assert.That((await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await instance.Deduplicator.TryMarkAsync(ContactsVendor.Wix, "e1", TimeSpan.Zero)))!.ParamName, Is.EqualTo("timeToLive"));
        Assert.That((await Assert.ThrowsAsync<ArgumentNullException>(async () => await instance.Deduplicator.ReleaseAsync(ContactsVendor.Wix, null!)))!.ParamName, Is.EqualTo("eventId"));
    }
}
