namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>Wix's error body (spec §8): <c>{"message", "details": {"applicationError" | "validationError"}}</c>.</summary>
internal sealed record WixErrorBody(string? Message, WixErrorDetails? Details);
