using System.Net.Http.Headers;
using ContactsSdk.Resilience;

namespace ContactsSdk.Configuration;

/// <summary>Settings every vendor client has: where the API is, and how calls are timed and retried.</summary>
public abstract class ContactsClientOptions
{
    private protected ContactsClientOptions()
    {
    }

    /// <summary>
    /// Gets or sets the API root. Must be HTTPS, or plain HTTP on a loopback address (the fakes); no other scheme, no user
    /// info, query string or fragment. Checked at start-up.
    /// </summary>
    /// <value>Defaults to the vendor's public API root.</value>
    public Uri? BaseAddress { get; set; }

    /// <summary>The default of <see cref="MaxResponseBodySize"/>: 16 MiB, far above a full page of any vendor.</summary>
    public const long DefaultMaxResponseBodySize = 16 * 1024 * 1024;

    /// <summary>
    /// Gets or sets the largest response body, in bytes, that a call reads. Bodies are read inside the attempt and total
    /// timeouts, in bounded chunks; a successful answer larger than this fails with a (non-transient)
    /// <see cref="Errors.ContactsException"/> without being read further, and an error answer is read only up to 64 KiB.
    /// </summary>
    /// <value>Defaults to <see cref="DefaultMaxResponseBodySize"/> (16 MiB). Must be between 1 KiB and 1 GiB.</value>
    public long MaxResponseBodySize { get; set; } = DefaultMaxResponseBodySize;

    /// <summary>
    /// Gets or sets an id for your application, sent before <c>ContactsSdk/{version}</c> in every request's <c>User-Agent</c>
    /// (e.g. <c>acme-crm-sync</c> or <c>acme-crm-sync/2.1</c>) so the vendor's support can tell your calls apart.
    /// </summary>
    /// <value>Optional; at most 64 characters, a name or <c>name/version</c> of letters, digits and <c>!#$%&amp;'*+-.^_`|~</c>. Checked at start-up.</value>
    public string? ApplicationId { get; set; }

    /// <summary>Gets or sets how calls are timed out and retried.</summary>
    /// <value>Defaults to <see cref="ContactsResilienceOptions"/>'s defaults.</value>
    public ContactsResilienceOptions Resilience { get; set; } = new();

    /// <summary>Gets the secrets in these options, which are redacted from every message and body.</summary>
    internal abstract IEnumerable<string?> Secrets { get; }

    /// <summary>Gets the vendor's published quotas, paced to when <see cref="ContactsResilienceOptions.Quotas"/> is null.</summary>
    internal virtual IReadOnlyList<ContactsQuota> PublishedQuotas => [];

    /// <summary>Gets what the vendor counts its quota against (by default the credential); clients that share it share one budget.</summary>
    internal virtual IEnumerable<string?> QuotaPartition => Secrets;

    /// <summary>
    /// Gets the account whose contacts a client writes (by default its API root and credential); clients that share it
    /// share the per-contact write locks, so two of them never interleave the read-modify-write of one contact.
    /// </summary>
    internal virtual string WriteLockScope => $"{BaseAddress}|{string.Join('\u001f', Secrets)}";

    /// <summary>Gets the address every request path is appended to (the vendor decides its shape, e.g. store-scoped).</summary>
    internal virtual Uri? RequestRoot => BaseAddress;

    /// <summary>Adds the vendor's credential headers sent with every request (a vendor that authenticates per request adds none).</summary>
    internal abstract void Authenticate(HttpRequestHeaders headers);

    /// <summary>Whether a POST only reads or is idempotent by design, so the pipeline may send it again; the vendor names them.</summary>
    internal virtual bool IsIdempotentPost(HttpRequestMessage request) => false;

    /// <summary>Returns what the resilience pipeline needs from these options.</summary>
    internal ResilienceProfile ToResilienceProfile() => new(Resilience, PublishedQuotas, QuotaPartition, IsIdempotentPost);
}
