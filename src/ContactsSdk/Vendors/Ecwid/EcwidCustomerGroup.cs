namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Represents an Ecwid customer group; id 0 is the built-in "General" group.</summary>
/// <param name="Id">The group id.</param>
/// <param name="Name">The group name.</param>
/// <param name="ExternalReferenceId">The caller's own reference, if set.</param>
public sealed record EcwidCustomerGroup(long Id, string Name, string? ExternalReferenceId);
