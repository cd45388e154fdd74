namespace ContactsSdk.Vendors.Wix;

/// <summary>A contact a bulk job could not change, as the job reports it (e.g. <c>CANNOT_DELETE_SITE_MEMBERS</c>).</summary>
/// <param name="ContactId">The contact, where the job names it.</param>
/// <param name="Code">Wix's error code.</param>
/// <param name="Description">Wix's description; it never holds contact data the SDK added.</param>
public sealed record WixBulkItemError(string? ContactId, string Code, string? Description);
