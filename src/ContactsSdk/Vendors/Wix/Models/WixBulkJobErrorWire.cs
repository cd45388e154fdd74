namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>One contact a bulk job could not change (spec §8: reported inside the job, not as an HTTP error).</summary>
internal sealed record WixBulkJobErrorWire(string? ContactId, string? Code, string? Description);
