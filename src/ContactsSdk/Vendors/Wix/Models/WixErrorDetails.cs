namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>The <c>details</c> of an error body.</summary>
internal sealed record WixErrorDetails(WixApplicationError? ApplicationError, WixValidationError? ValidationError);
