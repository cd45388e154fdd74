using System.Threading.RateLimiting;

namespace ContactsSdk.Resilience;

/// <summary>The lease <see cref="QuotaLimiter"/> hands to Polly: acquired, or refused with how long to wait.</summary>
internal sealed class QuotaLease(bool acquired, TimeSpan retryAfter) : RateLimitLease
{
    public override bool IsAcquired => acquired;

    public override IEnumerable<string> MetadataNames => acquired ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (!acquired && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
