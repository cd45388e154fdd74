namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>The body of a group create or update.</summary>
internal sealed record EcwidGroupRequest(string? Name, string? ExternalReferenceId);
