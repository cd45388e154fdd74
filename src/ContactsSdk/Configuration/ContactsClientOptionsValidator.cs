using System.Globalization;
using ContactsSdk.Internal;
using ContactsSdk.Resilience;
using Microsoft.Extensions.Options;

namespace ContactsSdk.Configuration;

/// <summary>
/// Checks what every vendor's options need: a base address a credential can safely be sent to, resilience values the
/// pipeline accepts, and credentials that fit in a header. Vendors add their own checks. Each failure names the option and
/// the registration, never a value: values may be secrets.
/// </summary>
/// <remarks>
/// Everything is refused here, at start-up, because a value the pipeline or the HTTP stack refuses later fails every call
/// as if the vendor were down.
/// </remarks>
internal abstract class ContactsClientOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : ContactsClientOptions
{
    private const long SmallestBodyLimit = 1024;
    private const long LargestBodyLimit = 1024L * 1024 * 1024;

    // Polly's own bounds (the [Range] attributes of its strategy options), checked here so that a bad value fails at
    // start-up with the option's name instead of on the first call.
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);
    private static readonly TimeSpan MinBreakerDuration = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest <see cref="ContactsClientOptions.ApplicationId"/>.</summary>
    internal const int MaxApplicationIdLength = 64;

    /// <summary>The most permits one quota window may hold (the pacer keeps one timestamp per permit).</summary>
    internal const int MaxQuotaPermits = 100_000;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckBaseAddress(options.BaseAddress, failures);
        CheckResilience(options, failures);
        CheckResponseBodySize(options.MaxResponseBodySize, failures);
        CheckApplicationId(options.ApplicationId, failures);
        ValidateVendor(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(f => $"{typeof(TOptions).Name} '{name}': {f}"));
    }

    protected abstract void ValidateVendor(TOptions options, List<string> failures);

    /// <summary>
    /// Checks a credential or id that is sent in a header or a token request: visible ASCII only, so no space, control
    /// character (NUL, CR, LF, DEL…) or non-ASCII letter. The message names the option, never its value.
    /// </summary>
    protected static void CheckHeaderValue(string? value, string option, List<string> failures)
    {
        if (!string.IsNullOrEmpty(value) && !HeaderValues.IsSafe(value))
        {
            failures.Add($"{option} must be visible ASCII characters only: no whitespace, control characters (NUL, CR, LF, DEL) or non-ASCII letters.");
        }
    }

    // A credential goes wherever BaseAddress points: only HTTPS, or plain HTTP to this machine (the fakes). User info
    // would be printed in logs, and a query or fragment would be moved or dropped when paths are appended to it.
    private static void CheckBaseAddress(Uri? address, List<string> failures)
    {
        if (address is null || !address.IsAbsoluteUri)
        {
            failures.Add("BaseAddress must be an absolute URI.");
            return;
        }

        var https = address.Scheme == Uri.UriSchemeHttps;
        var loopbackHttp = address.Scheme == Uri.UriSchemeHttp && address.IsLoopback;
        if (!https && !loopbackHttp)
        {
            failures.Add("BaseAddress must use HTTPS (plain HTTP is allowed only on loopback addresses, for fakes; no other scheme is).");
        }

        if (!string.IsNullOrEmpty(address.UserInfo))
        {
            failures.Add("BaseAddress must not carry user info (user:password@): credentials belong in their own options, never in an address that is logged.");
        }

        if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            failures.Add("BaseAddress must not have a query string or fragment: it is the API root that paths are appended to.");
        }

        // Port 0 can be connected to by nobody: every call would fail later as if the vendor were down.
        if (address.Port == 0)
        {
            failures.Add("BaseAddress must not use port 0.");
        }
    }

    // The id goes into User-Agent as one product token; anything else would be refused by the HTTP stack on every call.
    private static void CheckApplicationId(string? applicationId, List<string> failures)
    {
        if (applicationId is not null && !IsProductToken(applicationId))
        {
            failures.Add($"ApplicationId must be 1 to {MaxApplicationIdLength} characters: a name or name/version of letters, digits and !#$%&'*+-.^_`|~ (no spaces).");
        }
    }

    private static bool IsProductToken(string value)
    {
        if (value.Length is 0 or > MaxApplicationIdLength)
        {
            return false;
        }

        var parts = value.Split('/');
        return parts.Length <= 2 && parts.All(part => part.Length > 0 && part.All(IsTokenChar));
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);

    private static void CheckResponseBodySize(long size, List<string> failures)
    {
        if (size is < SmallestBodyLimit or > LargestBodyLimit)
        {
            failures.Add("MaxResponseBodySize must be between 1 KiB (1024) and 1 GiB (1073741824) bytes.");
        }
    }

    private static void CheckResilience(TOptions options, List<string> failures)
    {
        var resilience = options.Resilience;
        if (resilience is null)
        {
            failures.Add("Resilience must be set.");
            return;
        }

        CheckTimeouts(resilience, failures);
        CheckRetry(resilience, failures);
        CheckPacing(resilience, failures);
        CheckCircuitBreaker(resilience, failures);
    }

    private static void CheckTimeouts(ContactsResilienceOptions resilience, List<string> failures)
    {
        CheckRange(resilience.AttemptTimeout, MinTimeout, MaxDuration, "Resilience.AttemptTimeout", failures);
        CheckRange(resilience.TotalTimeout, MinTimeout, MaxDuration, "Resilience.TotalTimeout", failures);
        if (resilience.TotalTimeout < resilience.AttemptTimeout)
        {
            failures.Add("Resilience.AttemptTimeout must be no longer than Resilience.TotalTimeout.");
        }
    }

    private static void CheckRetry(ContactsResilienceOptions resilience, List<string> failures)
    {
        if (resilience.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add("Resilience.MaxRetryAttempts must be between 0 and 10.");
        }

        CheckRange(resilience.RetryBaseDelay, TimeSpan.Zero, MaxDuration, "Resilience.RetryBaseDelay", failures);
    }

    private static void CheckPacing(ContactsResilienceOptions resilience, List<string> failures)
    {
        CheckRange(resilience.MaxQuotaWait, TimeSpan.Zero, MaxDuration, "Resilience.MaxQuotaWait", failures);
        if (resilience.Quotas?.Any(quota => quota is null || quota.Permits is < 1 or > MaxQuotaPermits || quota.Window <= TimeSpan.Zero || quota.Window > MaxDuration) == true)
        {
            failures.Add("Resilience.Quotas must each allow 1 to 100,000 requests in a window longer than zero and at most 1 day.");
        }
    }

    private static void CheckCircuitBreaker(ContactsResilienceOptions resilience, List<string> failures)
    {
        if (!(resilience.CircuitBreakerFailureRatio is > 0 and <= 1))
        {
            failures.Add("Resilience.CircuitBreakerFailureRatio must be greater than 0 and at most 1.");
        }

        if (resilience.CircuitBreakerMinimumThroughput < 2)
        {
            failures.Add("Resilience.CircuitBreakerMinimumThroughput must be at least 2.");
        }

        CheckRange(resilience.CircuitBreakerSamplingDuration, MinBreakerDuration, MaxDuration, "Resilience.CircuitBreakerSamplingDuration", failures);
        CheckRange(resilience.CircuitBreakerBreakDuration, MinBreakerDuration, MaxDuration, "Resilience.CircuitBreakerBreakDuration", failures);
    }

    private static void CheckRange(TimeSpan value, TimeSpan min, TimeSpan max, string option, List<string> failures)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{option} must be between {Describe(min)} and {Describe(max)}."));
        }
    }

    private static string Describe(TimeSpan value)
        => value == TimeSpan.Zero ? "0"
            : value >= TimeSpan.FromDays(1) ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalDays:0.##} day")
            : string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:0} ms");
}
