using System.Text.Json.Serialization;

namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>A customer group (spec §3.5); id 0 is "General".</summary>
internal sealed record EcwidGroupResource([property: JsonRequired] long Id, string? Name, string? ExternalReferenceId);
