namespace ContactsSdk;

/// <summary>Describes one field a vendor rejected.</summary>
/// <param name="Field">The field, as the vendor names it.</param>
/// <param name="Description">Why the vendor rejected it.</param>
/// <param name="Rule">The vendor's rule name or code, where it gives one.</param>
public sealed record FieldViolation(string? Field, string Description, string? Rule);
