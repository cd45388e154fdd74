namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Represents one entry of Ecwid's deleted-customers history (kept for six months).</summary>
/// <param name="Id">The deleted customer's id.</param>
/// <param name="DeletedAt">When it was deleted.</param>
public sealed record EcwidDeletedCustomer(long Id, DateTimeOffset? DeletedAt);
