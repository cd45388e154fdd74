using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>The OAuth token answer (snake_case, unlike the rest of Wix).</summary>
internal sealed record WixTokenResponse(
    [property: JsonPropertyName("access_token"), JsonRequired] string AccessToken,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(AccessToken, "The Wix token answer");
    }
}
