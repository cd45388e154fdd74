using ContactsSdk.Errors;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>What the fault matrix needs to know per vendor: how to start it, which request each operation depends on, and what outcome each fault may have.</summary>
public static class MatrixHosts
{
    private const string Success = "success";

    /// <summary>How long the fake holds a slow request, on the fake clock; the client's attempt timeout (60 s) fires first.</summary>
    public static TimeSpan SlowResponse { get; } = TimeSpan.FromSeconds(61);

    public static MatrixHost Start(ContactsVendor vendor, TimeProvider clock)
        => vendor switch
        {
            ContactsVendor.AgentClara => Host(AgentClaraHarness.Start(o => Retrying(o.Resilience), new AgentClaraFakeOptions { TimeProvider = clock }, clock)),
            ContactsVendor.Wix => Host(WixHarness.Start(o => Retrying(o.Resilience), new WixFakeOptions { TimeProvider = clock }, clock)),
            ContactsVendor.Ecwid => Host(EcwidHarness.Start(o => Retrying(o.Resilience), new EcwidFakeOptions { TimeProvider = clock, RateLimitPerMinute = null }, clock)),
            _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
        };

    /// <summary>
    /// Starts a host and sends one create, lookup and listing through it before any clock is driven, so that first-call
    /// costs (JIT, connections) never count against a simulated timeout.
    /// </summary>
    public static async Task<MatrixHost> StartWarmAsync(ContactsVendor vendor, FakeTimeProvider clock)
    {
        var host = Start(vendor, clock);
        var draft = Draft(vendor, "warm-up@example.com");
        await host.Client.CreateAsync(draft);
        await host.Client.FindCreatedContactAsync(draft, clock.GetUtcNow());
        await host.Client.ListAsync(new ContactQuery { CreatedSince = clock.GetUtcNow() }).AsPages().GetAsyncEnumerator().MoveNextAsync();
        host.Fake.Reset();
        return host;
    }

    public static ContactDraft Draft(ContactsVendor vendor, string email)
        => new() { Name = PersonName.FromParts("Matrix", "Person"), Channels = [new ContactChannel(ChannelKind.Email, email)] };

    /// <summary>The request an operation depends on, which the fault hits (the first one matching method and path prefix).</summary>
    public static (string Method, string Path) Target(ContactsVendor vendor, MatrixOperation operation, string? id)
    {
        var (contacts, list, update, tags) = vendor switch
        {
            ContactsVendor.AgentClara => ("/contacts", ("GET", "/contacts"), "PATCH", ("PATCH", $"/contacts/{id}")),
            ContactsVendor.Wix => ("/contacts/v4/contacts", ("POST", "/contacts/v4/contacts/query"), "PATCH", ("POST", $"/contacts/v4/contacts/{id}/labels")),
            ContactsVendor.Ecwid => ($"/api/v3/{EcwidFake.DefaultStoreId}/customers", ("GET", $"/api/v3/{EcwidFake.DefaultStoreId}/customers"), "PUT", ("PUT", "/unsupported")),
            _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
        };
        return operation switch
        {
            MatrixOperation.Get => ("GET", $"{contacts}/{id}"),
            MatrixOperation.List => list,
            MatrixOperation.Create => ("POST", contacts),
            MatrixOperation.Update => (update, $"{contacts}/{id}"),
            MatrixOperation.Delete => ("DELETE", $"{contacts}/{id}"),
            MatrixOperation.AddTags => tags,
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }

    /// <summary>
    /// The outcomes a fault may have. Safe requests are retried to success. A PUT or PATCH that may still be in flight (502,
    /// a drop, our timeout) is not sent again — a late landing would overwrite what came after it — so it fails in the
    /// family (AgentClara's tags are a PATCH; Wix's are idempotent label POSTs). A body that cannot be read is not retried. A
    /// write applied before a 500, or a slow one that lands before its retry, may let the retry find its own work done.
    /// </summary>
    public static IReadOnlyList<string> Expected(ContactsVendor vendor, MatrixOperation operation, MatrixFault fault)
        => (operation, fault) switch
        {
            (MatrixOperation.Get or MatrixOperation.List or MatrixOperation.Update, MatrixFault.MalformedJson)
                => [nameof(ContactsException)],
            (MatrixOperation.Delete or MatrixOperation.AddTags, MatrixFault.MalformedJson) => [nameof(ContactsException), Success],
            (MatrixOperation.Update, MatrixFault.BadGateway or MatrixFault.DroppedConnection) => [nameof(ContactsUnavailableException)],
            (MatrixOperation.Update, MatrixFault.SlowPastAttemptTimeout) => [nameof(ContactsTimeoutException)],
            (MatrixOperation.AddTags, MatrixFault.BadGateway or MatrixFault.DroppedConnection) when vendor == ContactsVendor.AgentClara
                => [nameof(ContactsUnavailableException)],
            (MatrixOperation.AddTags, MatrixFault.SlowPastAttemptTimeout) when vendor == ContactsVendor.AgentClara => [nameof(ContactsTimeoutException)],
            (MatrixOperation.Delete, MatrixFault.AppliedThenServerError or MatrixFault.SlowPastAttemptTimeout) => [nameof(ContactNotFoundException), Success],
            (MatrixOperation.Update, MatrixFault.AppliedThenServerError or MatrixFault.SlowPastAttemptTimeout) when vendor == ContactsVendor.Wix
                => [nameof(ContactConflictException), Success],
            _ => [Success],
        };

    private static void Retrying(ContactsResilienceOptions resilience)
    {
        resilience.MaxRetryAttempts = 3;
        resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(200);
        // Long enough in simulated time (60 one-second driver steps) that a real round trip never outlasts it while the test
        // drives the clock, even on a loaded CI machine.
        resilience.AttemptTimeout = TimeSpan.FromSeconds(60);
        resilience.TotalTimeout = TimeSpan.FromMinutes(30);
    }

    private static MatrixHost Host<TFake, TClient>(VendorHarness<TFake, TClient> harness)
        where TFake : VendorFake
        where TClient : class, IContactsClient
        => new(harness.Client, harness.Fake, harness.DisposeAsync);
}
