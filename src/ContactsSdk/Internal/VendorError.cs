using ContactsSdk.Errors;

namespace ContactsSdk.Internal;

/// <summary>What a vendor's error body says, read by that vendor's error parser.</summary>
/// <param name="Message">The vendor's human message, if any.</param>
/// <param name="Code">The vendor's machine code, if any.</param>
internal sealed record VendorError(string? Message, string? Code)
{
    public IReadOnlyList<FieldViolation> Violations { get; init; } = [];

    public string? DuplicateContactId { get; init; }

    /// <summary>Set when the vendor's code means a conflict whatever the HTTP status (e.g. Wix revision mismatch).</summary>
    public bool IsConflict { get; init; }
}
