using ContactsSdk.Configuration;

namespace ContactsSdk.Vendors.Wix;

/// <summary>Checks Wix options at start-up: exactly one of the two credential sets, complete.</summary>
internal sealed class WixOptionsValidator : ContactsClientOptionsValidator<WixOptions>
{
    protected override void ValidateVendor(WixOptions options, List<string> failures)
    {
        var apiKey = !string.IsNullOrWhiteSpace(options.ApiKey);
        var oauth = !string.IsNullOrWhiteSpace(options.AppId) || !string.IsNullOrWhiteSpace(options.AppSecret) || !string.IsNullOrWhiteSpace(options.InstanceId);
        if (apiKey && oauth)
        {
            failures.Add("Set either ApiKey + SiteId or AppId + AppSecret + InstanceId, not both.");
        }
        else if (apiKey && string.IsNullOrWhiteSpace(options.SiteId))
        {
            failures.Add("SiteId is required with an API key (contacts are site-level: it is sent as wix-site-id).");
        }
        else if (!apiKey && (string.IsNullOrWhiteSpace(options.AppId) || string.IsNullOrWhiteSpace(options.AppSecret) || string.IsNullOrWhiteSpace(options.InstanceId)))
        {
            failures.Add("Set ApiKey + SiteId, or AppId + AppSecret + InstanceId for OAuth.");
        }

        // The key and site id are headers; the OAuth values go into the token request and its answer into a header.
        CheckHeaderValue(options.ApiKey, "ApiKey", failures);
        CheckHeaderValue(options.SiteId, "SiteId", failures);
        CheckHeaderValue(options.AppId, "AppId", failures);
        CheckHeaderValue(options.AppSecret, "AppSecret", failures);
        CheckHeaderValue(options.InstanceId, "InstanceId", failures);
    }
}
