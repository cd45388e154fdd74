using ContactsSdk.Configuration;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Checks Ecwid options at start-up.</summary>
internal sealed class EcwidOptionsValidator : ContactsClientOptionsValidator<EcwidOptions>
{
    protected override void ValidateVendor(EcwidOptions options, List<string> failures)
    {
        if (options.StoreId <= 0)
        {
            failures.Add("StoreId is required: the numeric id of the Ecwid store (e.g. 1003).");
        }

        if (string.IsNullOrWhiteSpace(options.AccessToken))
        {
            failures.Add("AccessToken is required: the app's secret_ token from the Ecwid app settings.");
        }
        else if (options.AccessToken.StartsWith("public_", StringComparison.Ordinal))
        {
            failures.Add("AccessToken is a public_ token, which cannot read or write customers; use the app's secret_ token and keep it server-side.");
        }

        CheckHeaderValue(options.AccessToken, "AccessToken", failures);
    }
}
