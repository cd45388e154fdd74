namespace ContactsSdk;

/// <summary>The contact an upsert left in place, and what the upsert did to it.</summary>
/// <param name="Contact">The contact as stored after the upsert.</param>
/// <param name="Outcome">Whether it was created, updated or left unchanged.</param>
public sealed record ContactUpsertResult(Contact Contact, ContactUpsertOutcome Outcome);
