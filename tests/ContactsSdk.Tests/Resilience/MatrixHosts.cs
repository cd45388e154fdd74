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

    /// <summary>How long the fake holds a slow request, in real time; the client's attempt timeout fires first on the fake clock.</summary>
    public static TimeSpan SlowResponse { get; } = TimeSpan.FromMilliseconds(250);

    public static MatrixHost Start(ContactsVendor vendor, FakeTimeProvider clock)
        => vendor switch
        {
            ContactsVendor.AgentClara => Host(AgentClaraHarness.Start(o => Retrying(o.Resilience), new AgentClaraFakeOptions { TimeProvider = clock }, clock)),
            ContactsVendor.Wix => Host(WixHarness.Start(o => Retrying(o.Resilience), new WixFakeOptions { TimeProvider = clock }, clock)),
            ContactsVendor.Ecwid => Host(EcwidHarness.Start(o => Retrying(o.Resilience), new EcwidFakeOptions { TimeProvider = clock, RateLimitPerMinute = null }, clock)),
            _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
        };

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
    /// The outcomes a fault may have. Safe requests are retried to success; a create is never retried blindly, so a 429
    /// fails, our own timeout fails when the lookup finds nothing yet, and the 5xx and drops recover by lookup-then-create.
    /// A body that cannot be read is not retried. A write applied before a 500 may, on retry, find its own work done.
    /// </summary>
    public static IReadOnlyList<string> Expected(ContactsVendor vendor, MatrixOperation operation, MatrixFault fault)
        => (operation, fault) switch
        {
            (MatrixOperation.Create, MatrixFault.TooManyRequests) => [nameof(ContactsRateLimitedException)],
            (MatrixOperation.Create, MatrixFault.SlowPastAttemptTimeout) => [nameof(ContactsTimeoutException), Success],
            (MatrixOperation.Create or MatrixOperation.Get or MatrixOperation.List or MatrixOperation.Update, MatrixFault.MalformedJson)
                => [nameof(ContactsException)],
            (MatrixOperation.Delete or MatrixOperation.AddTags, MatrixFault.MalformedJson) => [nameof(ContactsException), Success],
            (MatrixOperation.Delete, MatrixFault.AppliedThenServerError) => [nameof(ContactNotFoundException), Success],
            (MatrixOperation.Update, MatrixFault.AppliedThenServerError) when vendor == ContactsVendor.Wix
                => [nameof(ContactConflictException), Success],
            _ => [Success],
        };

    private static void Retrying(ContactsResilienceOptions resilience)
    {
        resilience.MaxRetryAttempts = 3;
        resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(200);
        resilience.AttemptTimeout = TimeSpan.FromSeconds(1);
        resilience.TotalTimeout = TimeSpan.FromMinutes(5);
    }

    private static MatrixHost Host<TFake, TClient>(VendorHarness<TFake, TClient> harness)
        where TFake : VendorFake
        where TClient : class, IContactsClient
        => new(harness.Client, harness.Fake, harness.DisposeAsync);
}
