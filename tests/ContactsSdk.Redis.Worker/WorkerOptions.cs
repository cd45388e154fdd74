using System.Globalization;

namespace ContactsSdk.Redis.Worker;

/// <summary>What one worker process does; read from <c>--name value</c> pairs.</summary>
internal sealed record WorkerOptions
{
    /// <summary>Gets <c>run</c> (quota load and tag adds) or <c>stall</c> (take a contact's write lock, say HELD, hang until killed).</summary>
    public string Mode { get; init; } = "run";

    /// <summary>Gets the Redis connection string, or null to run without Redis (in-process pacer and lock).</summary>
    public string? Redis { get; init; }

    public string ApiKey { get; init; } = string.Empty;

    /// <summary>Gets the quota-enforcing fake the load goes to; null for no load.</summary>
    public Uri? QuotaUrl { get; init; }

    public double QuotaSeconds { get; init; }

    public int QuotaConcurrency { get; init; } = 1;

    /// <summary>Gets the fake the tag adds go to; null for none.</summary>
    public Uri? TagsUrl { get; init; }

    /// <summary>Gets the contacts the tags are spread over, round robin.</summary>
    public IReadOnlyList<string> Contacts { get; init; } = [];

    public int Tags { get; init; }

    public string Id { get; init; } = "w";

    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(15);

    public RedisUnavailableBehavior WhenUnavailable { get; init; } = RedisUnavailableBehavior.FallBackToInProcess;

    public static WorkerOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string? Get(string name) => values.GetValueOrDefault(name);
        double Number(string name, double fallback) => Get(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new WorkerOptions
        {
            Mode = Get("mode") ?? "run",
            Redis = Get("redis") is { } redis && redis != "none" ? redis : null,
            ApiKey = Get("api-key") ?? string.Empty,
            QuotaUrl = Get("quota-url") is { } quota ? new Uri(quota) : null,
            QuotaSeconds = Number("quota-seconds", 0),
            QuotaConcurrency = (int)Number("quota-concurrency", 1),
            TagsUrl = Get("tags-url") is { } tags ? new Uri(tags) : null,
            Contacts = (Get("contacts") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
            Tags = (int)Number("tags", 0),
            Id = Get("id") ?? "w",
            Lease = TimeSpan.FromMilliseconds(Number("lease-ms", 15000)),
            WhenUnavailable = Get("when-unavailable") == "fail" ? RedisUnavailableBehavior.FailClosed : RedisUnavailableBehavior.FallBackToInProcess,
        };
    }
}
