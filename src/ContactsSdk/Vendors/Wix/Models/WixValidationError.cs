namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A validation error: the fields that broke a rule.</summary>
internal sealed record WixValidationError(List<WixFieldViolation>? FieldViolations);
