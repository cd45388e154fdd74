using Microsoft.Extensions.Options;

namespace ContactsSdk.DependencyInjection;

/// <summary>
/// Checks what every vendor's options need: an absolute base address that is HTTPS unless it is a loopback address
/// (so a credential is never sent in clear text by mistake), and sane timeouts. Vendors add their own checks.
/// </summary>
internal abstract class ContactsClientOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : ContactsClientOptions
{
    private const long SmallestBodyLimit = 1024;
    private const long LargestBodyLimit = 1024L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckBaseAddress(options.BaseAddress, failures);
        CheckResilience(options, failures);
        CheckResponseBodySize(options.MaxResponseBodySize, failures);
        ValidateVendor(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(f => $"{typeof(TOptions).Name} '{name}': {f}"));
    }

    protected abstract void ValidateVendor(TOptions options, List<string> failures);

    private static void CheckBaseAddress(Uri? address, List<string> failures)
    {
        if (address is null || !address.IsAbsoluteUri)
        {
            failures.Add("BaseAddress must be an absolute URI.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
        {
            failures.Add("BaseAddress must use HTTPS (plain HTTP is allowed only on loopback addresses, for fakes).");
        }
    }

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

        if (resilience.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add("Resilience.MaxRetryAttempts must be between 0 and 10.");
        }

        if (resilience.AttemptTimeout <= TimeSpan.Zero || resilience.TotalTimeout < resilience.AttemptTimeout)
        {
            failures.Add("Resilience.AttemptTimeout must be positive and no longer than Resilience.TotalTimeout.");
        }

        if (resilience.RetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add("Resilience.RetryBaseDelay cannot be negative.");
        }

        CheckPacing(resilience, failures);
        CheckCircuitBreaker(resilience, failures);
    }

    private static void CheckPacing(Resilience.ContactsResilienceOptions resilience, List<string> failures)
    {
        if (resilience.MaxQuotaWait < TimeSpan.Zero)
        {
            failures.Add("Resilience.MaxQuotaWait cannot be negative.");
        }

        if (resilience.Quotas?.Any(quota => quota is null || quota.Permits < 1 || quota.Window <= TimeSpan.Zero) == true)
        {
            failures.Add("Resilience.Quotas must each allow at least 1 request in a positive window.");
        }
    }

    // Polly's own bounds, checked here so that a bad value fails at start-up with the option's name.
    private static void CheckCircuitBreaker(Resilience.ContactsResilienceOptions resilience, List<string> failures)
    {
        if (resilience.CircuitBreakerFailureRatio is <= 0 or > 1)
        {
            failures.Add("Resilience.CircuitBreakerFailureRatio must be greater than 0 and at most 1.");
        }

        if (resilience.CircuitBreakerMinimumThroughput < 2)
        {
            failures.Add("Resilience.CircuitBreakerMinimumThroughput must be at least 2.");
        }

        if (resilience.CircuitBreakerSamplingDuration < TimeSpan.FromMilliseconds(500)
            || resilience.CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add("Resilience.CircuitBreakerSamplingDuration and CircuitBreakerBreakDuration must be at least 0.5 seconds.");
        }
    }
}
