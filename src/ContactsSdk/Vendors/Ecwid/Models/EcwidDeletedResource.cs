namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>One entry of the deleted-customers history: <c>{id, date}</c>.</summary>
internal sealed record EcwidDeletedResource(long Id, DateTimeOffset? Date);
