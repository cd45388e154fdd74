namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A bulk endpoint's answer: <c>{"jobId": …}</c>.</summary>
internal sealed record WixJobResponse(string? JobId);
