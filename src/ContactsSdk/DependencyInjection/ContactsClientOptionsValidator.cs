using Microsoft.Extensions.Options;

namespace ContactsSdk.DependencyInjection;

/// <summary>
/// Checks what every vendor's options need: an absolute base address that is HTTPS unless it is a loopback address
/// (so a credential is never sent in clear text by mistake), and sane timeouts. Vendors add their own checks.
/// </summary>
internal abstract class ContactsClientOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : ContactsClientOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckBaseAddress(options.BaseAddress, failures);
        CheckResilience(options, failures);
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
    }
}
