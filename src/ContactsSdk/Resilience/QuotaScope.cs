using System.Globalization;

namespace ContactsSdk.Resilience;

/// <summary>
/// What one quota is counted against: a vendor, a partition (the credential or account the vendor counts by, hashed),
/// and the quotas to pace to. Clients with equal scopes share one budget.
/// </summary>
public sealed class QuotaScope
{
    /// <summary>Initializes a scope.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="partition">
    /// What the vendor counts its quota against, already hashed or otherwise free of secrets (it ends up in store keys).
    /// </param>
    /// <param name="quotas">The quotas; at least one, each with positive permits and window.</param>
    /// <exception cref="ArgumentException"><paramref name="partition"/> is blank, or <paramref name="quotas"/> is empty or holds an invalid quota.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="quotas"/> is null.</exception>
    public QuotaScope(ContactsVendor vendor, string partition, IReadOnlyList<ContactsQuota> quotas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partition);
        ArgumentNullException.ThrowIfNull(quotas);
        if (quotas.Count == 0 || quotas.Any(quota => quota is null || quota.Permits <= 0 || quota.Window <= TimeSpan.Zero))
        {
            throw new ArgumentException("At least one quota is needed, each with positive permits and window.", nameof(quotas));
        }

        Vendor = vendor;
        Partition = partition;
        Quotas = [.. quotas.Select(quota => new ContactsQuota(quota.Permits, quota.Window))];
        Key = string.Create(
            CultureInfo.InvariantCulture,
            $"{vendor}:{partition}:{string.Join(',', Quotas.Select(quota => $"{quota.Permits}/{(long)quota.Window.TotalMilliseconds}"))}");
    }

    /// <summary>Gets the vendor.</summary>
    public ContactsVendor Vendor { get; }

    /// <summary>Gets what the vendor counts the quota against (hashed: no secret).</summary>
    public string Partition { get; }

    /// <summary>Gets the quotas (a copy: later changes to the caller's list do not reach it).</summary>
    public IReadOnlyList<ContactsQuota> Quotas { get; }

    /// <summary>Gets a key naming the vendor, partition and quotas, e.g. <c>AgentClara:5f3a…:1000/60000,100/10000</c>.</summary>
    public string Key { get; }

    /// <summary>Returns <see cref="Key"/>.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key;
}
