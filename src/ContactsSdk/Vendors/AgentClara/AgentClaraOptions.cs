using System.Net.Http.Headers;
using ContactsSdk.Configuration;
using ContactsSdk.Resilience;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>Configures a client for one AgentClara sub-account (the API key selects it).</summary>
public sealed class AgentClaraOptions : ContactsClientOptions
{
    /// <summary>The public API root.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.agentclara.app/");

    /// <summary>Initializes options with the public API root.</summary>
    public AgentClaraOptions()
    {
        BaseAddress = DefaultBaseAddress;
    }

    /// <summary>Gets or sets the API key, <c>sk_live_…</c> or <c>sk_test_…</c>, sent as <c>Authorization: Bearer</c>.</summary>
    /// <value>Required; visible ASCII only (no spaces or control characters), checked at start-up. Never logged or printed.</value>
    public string? ApiKey { get; set; }

    internal override IEnumerable<string?> Secrets => [ApiKey];

    /// <summary>[DOC] The key goes as a Bearer token.</summary>
    internal override void Authenticate(HttpRequestHeaders headers)
        => headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);

    /// <summary>[DOC] 1,000 requests per minute and a burst limit of 100 per 10 seconds, per key.</summary>
    internal override IReadOnlyList<ContactsQuota> PublishedQuotas { get; } =
        [new ContactsQuota(1000, TimeSpan.FromMinutes(1)), new ContactsQuota(100, TimeSpan.FromSeconds(10))];
}
