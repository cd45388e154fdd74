using ContactsSdk.Resilience;

namespace ContactsSdk.DependencyInjection;

/// <summary>Settings every vendor client has: where the API is, and how calls are timed and retried.</summary>
public abstract class ContactsClientOptions
{
    private protected ContactsClientOptions()
    {
    }

    /// <summary>Gets or sets the API root. Must be HTTPS, except on a loopback address (the fakes).</summary>
    /// <value>Defaults to the vendor's public API root.</value>
    public Uri? BaseAddress { get; set; }

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
}
