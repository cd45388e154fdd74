using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// The public seams a shared store plugs into (<c>UseQuotaStore</c>, <c>UseContactWriteLocks</c>): the pipeline asks the
/// store for every attempt, turns its refusal into <see cref="ContactsRateLimitedException"/> with the store's exact wait
/// and sends nothing, and writes take the provider's lock under a key free of the credential.
/// </summary>
public sealed class CoordinationExtensionTests
{
    [Test]
    public async Task UseQuotaStore_RefusalPastMaxWait_ThrowsRateLimitedWithTheStoresWait_AndSendsNothing()
    {
        using var fake = AgentClaraFake.Start();
        var store = new RefusingStore(TimeSpan.FromSeconds(42));
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk.AddAgentClara("clara", fake, o => o.Resilience.PaceRequests = true).UseQuotaStore(_ => store))
            .Build();

        var failure = await Assert.ThrowsAsync<ContactsRateLimitedException>(() => clients.Get("clara").GetAsync("cust_1"));

        Assert.That(failure!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(42)));
        Assert.That(fake.Journal, Is.Empty, "no request is sent past the store's refusal");
        Assert.That(store.Scopes.Single().Vendor, Is.EqualTo(ContactsVendor.AgentClara));
        Assert.That(store.Scopes.Single().Key, Does.Not.Contain(AgentClaraFake.DefaultCredential), "scopes carry a hash, never the key");
        Assert.That(store.Scopes.Single().Quotas.Select(q => q.Permits), Is.EquivalentTo(new[] { 1000, 100 }), "the published AgentClara quotas");
    }

    [Test]
    public async Task UseContactWriteLocks_TagWrite_HoldsTheProvidersLockAroundTheReadModifyWrite()
    {
        using var fake = AgentClaraFake.Start();
        var locks = new RecordingLocks();
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk.AddAgentClara("clara", fake).UseContactWriteLocks(_ => locks))
            .Build();
        var client = clients.Get("clara");
        var contact = await client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") });
        locks.Probe = () => fake.Journal.Count;

        await client.AddTagsAsync(contact.Id, ["vip"]);

        Assert.That(locks.Events, Has.Count.EqualTo(2));
        Assert.That(locks.Events[0], Does.StartWith("acquire AgentClara|").And.EndWith("|" + contact.Id));
        Assert.That(locks.Events[0], Does.Not.Contain(AgentClaraFake.DefaultCredential));
        Assert.That(locks.Events[1], Is.EqualTo("release"));
        Assert.That(locks.RequestsWhileHeld, Is.EqualTo(2), "the read and the write both ran under the lock");
    }

    private sealed class RefusingStore(TimeSpan wait) : IContactsQuotaStore
    {
        public List<QuotaScope> Scopes { get; } = [];

        public ValueTask<QuotaReservation> ReserveAsync(QuotaScope scope, TimeSpan maxWait, CancellationToken cancellationToken)
        {
            Scopes.Add(scope);
            return ValueTask.FromResult(QuotaReservation.Refused(wait));
        }

        public ValueTask ReleaseAsync(QuotaScope scope, QuotaReservation reservation, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class RecordingLocks : IContactWriteLockProvider
    {
        public List<string> Events { get; } = [];

        public Func<int>? Probe { get; set; }

        public int RequestsWhileHeld { get; private set; }

        public ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
        {
            Events.Add("acquire " + key);
            var before = Probe?.Invoke() ?? 0;
            return ValueTask.FromResult<IAsyncDisposable>(new Handle(this, before));
        }

        private sealed class Handle(RecordingLocks owner, int before) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                owner.Events.Add("release");
                owner.RequestsWhileHeld = (owner.Probe?.Invoke() ?? 0) - before;
                return ValueTask.CompletedTask;
            }
        }
    }
}
