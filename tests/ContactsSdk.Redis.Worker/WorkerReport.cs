namespace ContactsSdk.Redis.Worker;

/// <summary>What one worker saw; printed as one JSON line, prefixed <c>REPORT </c>.</summary>
internal sealed class WorkerReport
{
    private readonly Lock _sync = new();

    public string Id { get; set; } = string.Empty;

    /// <summary>Gets the Unix milliseconds at which each quota call succeeded.</summary>
    public List<long> Successes { get; } = [];

    /// <summary>Gets how many calls the vendor answered 429.</summary>
    public int VendorRateLimited { get; set; }

    /// <summary>Gets how many calls the pacer refused (wait past MaxQuotaWait).</summary>
    public int PacerRefused { get; set; }

    /// <summary>Gets the Unix milliseconds of each call that failed because Redis was unreachable (fail closed).</summary>
    public List<long> Unavailable { get; } = [];

    public int OtherErrors { get; set; }

    public List<string> ErrorSamples { get; } = [];

    public double MaxCallMilliseconds { get; set; }

    public int TagsAdded { get; set; }

    public int TagFailures { get; set; }

    public long RedisFallbacks { get; set; }

    public void Record(Action<WorkerReport> change)
    {
        lock (_sync)
        {
            change(this);
        }
    }
}
