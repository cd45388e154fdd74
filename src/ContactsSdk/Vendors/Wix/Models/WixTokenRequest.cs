using System.Text.Json.Serialization;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>The OAuth client-credentials request.</summary>
internal sealed record WixTokenRequest(
    [property: JsonPropertyName("grant_type")] string GrantType,
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("client_secret")] string ClientSecret,
    [property: JsonPropertyName("instance_id")] string InstanceId);
