namespace ContactsSdk;

/// <summary>Represents a contact's name as the vendor stores it.</summary>
/// <param name="First">The given name, or <see langword="null"/> when the vendor does not split names.</param>
/// <param name="Last">The family name, or <see langword="null"/> when the vendor does not split names.</param>
/// <param name="Full">
/// The vendor's single name field where it has one, else <paramref name="First"/> and <paramref name="Last"/> joined by a space.
/// </param>
public sealed record PersonName(string? First, string? Last, string? Full)
{
    /// <summary>Creates a name from the vendor's single name field, leaving first and last unset.</summary>
    /// <param name="full">The full name.</param>
    /// <returns>The name.</returns>
    public static PersonName FromFull(string? full) => new(null, null, full);

    /// <summary>Creates a name from its parts, computing <see cref="Full"/> as the trimmed join of both.</summary>
    /// <param name="first">The given name.</param>
    /// <param name="last">The family name.</param>
    /// <returns>The name.</returns>
    public static PersonName FromParts(string? first, string? last)
    {
        var full = $"{first} {last}".Trim();
        return new PersonName(first, last, full.Length == 0 ? null : full);
    }

    /// <summary>Returns the full name, for display. Names are personal data: do not log them.</summary>
    /// <returns>The full name or an empty string.</returns>
    public override string ToString() => Full ?? string.Empty;
}
