using ContactsSdk.Configuration;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>Checks AgentClara options at start-up.</summary>
internal sealed class AgentClaraOptionsValidator : ContactsClientOptionsValidator<AgentClaraOptions>
{
    protected override void ValidateVendor(AgentClaraOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("ApiKey is required (create one under Settings → Advanced → API Keys).");
        }

        CheckHeaderValue(options.ApiKey, "ApiKey", failures);
    }
}
