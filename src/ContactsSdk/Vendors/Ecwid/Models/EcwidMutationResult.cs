namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>
/// What a write answers: <c>{"id"}</c> on create, else a count. Whether a contact create also returns the new
/// contact's <c>id</c> is UNCONFIRMED (§10.1), so <see cref="Id"/> is read when present.
/// </summary>
internal sealed record EcwidMutationResult(long? Id, int? CreateCount, int? UpdateCount, int? DeleteCount);
