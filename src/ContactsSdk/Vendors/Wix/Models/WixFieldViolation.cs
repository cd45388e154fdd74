namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>One field that broke a rule.</summary>
internal sealed record WixFieldViolation(string? Field, string? Description, string? ViolatedRule, string? RuleName);
