using System.Text.Json;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>An application error: a code, a description and code-specific data.</summary>
internal sealed record WixApplicationError(string? Code, string? Description, JsonElement? Data);
