using System.Text.Json.Serialization;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>The OAuth token answer (snake_case, unlike the rest of Wix).</summary>
internal sealed record WixTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);
