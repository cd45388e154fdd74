namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Describes one injected fault and how many more matching requests it applies to.
/// </summary>
internal sealed class FaultRule
{
    /// <summary>Initializes a rule for the next <paramref name="count"/> matching requests.</summary>
    public FaultRule(FaultKind kind, int count, string? method, string? pathPrefix)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Kind = kind;
        Remaining = count;
        Method = method;
        PathPrefix = pathPrefix;
    }

    /// <summary>Gets the kind of fault.</summary>
    public FaultKind Kind { get; }

    /// <summary>Gets the method to match, or <see langword="null"/> for any.</summary>
    public string? Method { get; }

    /// <summary>Gets the path prefix to match, or <see langword="null"/> for any.</summary>
    public string? PathPrefix { get; }

    /// <summary>Gets the status code answered by <see cref="FaultKind.Fail"/> and <see cref="FaultKind.ApplyThenFail"/>.</summary>
    public int StatusCode { get; init; }

    /// <summary>Gets the wait applied by <see cref="FaultKind.Delay"/>.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Gets the <c>Retry-After</c> value sent with <see cref="FaultKind.Fail"/>, if any.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets or sets how many more matching requests this rule applies to.</summary>
    public int Remaining { get; set; }

    /// <summary>Tells whether the rule applies to a request.</summary>
    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathPrefix is null || path.StartsWith(PathPrefix, StringComparison.Ordinal));
}
