using ContactsSdk.DependencyInjection;
using ContactsSdk.Redis.Tests.Support;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;
using ContactsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Redis.Tests;

/// <summary>
/// <c>UseRedis</c>: one call replaces the quota store, the write locks and the webhook de-duplicator; bad arguments fail at
/// registration without echoing the connection string; concurrent tag writes through the Redis lock path keep every tag
/// (across processes: see the CrossProcessTests).
/// </summary>
public sealed class RedisRegistrationTests : RedisFixture
{

    [Test]
    public async Task UseRedis_ReplacesQuotaStoreWriteLocksAndDeduplicator()
    {
        var services = new ServiceCollection();
        services.AddContactsSdk().UseRedis(Server.ConnectionString);
        await using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IContactsQuotaStore>().GetType().Name, Is.EqualTo("RedisQuotaStore"));
        Assert.That(provider.GetRequiredService<IContactWriteLockProvider>().GetType().Name, Is.EqualTo("RedisContactWriteLockProvider"));
        Assert.That(await provider.GetRequiredService<IWebhookDeduplicator>().TryMarkAsync(ContactsVendor.Wix, Guid.NewGuid().ToString(), TimeSpan.FromSeconds(5)), Is.True);
    }

    [Test]
    public void UseRedis_ContainerDisposedSynchronously_DoesNotThrow()
    {
        var services = new ServiceCollection();
        services.AddContactsSdk().UseRedis(Server.ConnectionString);
        var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<IContactsQuotaStore>();

        Assert.DoesNotThrow(provider.Dispose);
    }

    [Test]
    public void UseRedis_BadArguments_ThrowAtRegistration_WithoutEchoingTheConnectionString()
    {
        var sdk = new ServiceCollection().AddContactsSdk();

        var invalid = Assert.Throws<ArgumentException>(() => sdk.UseRedis("localhost,password=hunter2,nonsense=1"));
        var blank = Assert.Throws<ArgumentException>(() => sdk.UseRedis(" "));
        var timeout = Assert.Throws<ArgumentException>(() => sdk.UseRedis("localhost", o => o.OperationTimeout = TimeSpan.Zero));
        var lease = Assert.Throws<ArgumentException>(() => sdk.UseRedis("localhost", o => o.WriteLockLease = TimeSpan.FromMilliseconds(10)));

        Assert.That(invalid!.ParamName, Is.EqualTo("connectionString"));
        Assert.That(invalid.ToString(), Does.Not.Contain("hunter2"));
        Assert.That(blank!.ParamName, Is.EqualTo("connectionString"));
        Assert.That(timeout!.Message, Does.Contain("OperationTimeout"));
        Assert.That(lease!.Message, Does.Contain("WriteLockLease"));
        Assert.Throws<ArgumentNullException>(() => sdk.UseRedis((StackExchange.Redis.IConnectionMultiplexer)null!));
    }

    [Test]
    public async Task UseRedis_ConcurrentTagAddsOnOneContactFromTwoContainers_KeepEveryTag()
    {
        using var fake = AgentClaraFake.Start();
        var contact = fake.Seed(new ContactDraft { Name = PersonName.FromFull("Ada") });
        await using var first = Instance(fake);
        await using var second = Instance(fake);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? first : second).Get("clara").AddTagsAsync(contact, [$"tag-{i}"])));

        var tags = (await first.Get("clara").GetAsync(contact)).Tags;
        Assert.That(tags, Is.EquivalentTo(Enumerable.Range(0, 20).Select(i => $"tag-{i}")));
    }

    private ContactsClients Instance(AgentClaraFake fake)
        => new ContactsClientBuilder().Configure(sdk => sdk.AddAgentClara("clara", fake).UseRedis(Server.ConnectionString)).Build();
}
