using System.Text.RegularExpressions;

namespace ContactsSdk.Internal;

/// <summary>
/// Makes a vendor's error text fit for <see cref="Exception.Message"/>, which apps log: capped, and without the contact
/// data vendors echo back (email addresses, phone numbers, quoted values). The full text stays in
/// <see cref="Errors.ContactsException.RawBody"/> (capped and with secrets redacted).
/// </summary>
internal static partial class VendorMessage
{
    /// <summary>The most characters of the vendor's text that a message keeps.</summary>
    public const int MaxLength = 512;

    /// <summary>The most characters of a vendor's error code or request id that a message keeps.</summary>
    public const int MaxCodeLength = 128;

    private const string Truncated = " […]";

    /// <summary>Cuts <paramref name="text"/> to <paramref name="maxLength"/> characters, marking the cut.</summary>
    public static string Cap(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength] + Truncated;

    public static string Sanitize(string text)
    {
        // Cap first (with room for what redaction shortens), so a hostile 50 MB text is never scanned whole.
        var head = text.Length > MaxLength * 2 ? text[..(MaxLength * 2)] : text;
        var clean = Email().Replace(head, "[email]");
        clean = Phone().Replace(clean, "[phone]");
        clean = QuotedValue().Replace(clean, match => IsFieldName(match.Groups["value"].Value) ? match.Value : $"{match.Groups["quote"].Value}[value]{match.Groups["quote"].Value}");
        clean = AfterValueLabel().Replace(clean, "${label}[value]");
        return clean.Length > MaxLength || head.Length < text.Length ? clean[..Math.Min(clean.Length, MaxLength)] + Truncated : clean;
    }

    // Field names ("email", "info.emails[0].email") help; anything else in quotes is likely the value the caller sent.
    private static bool IsFieldName(string value) => FieldName().IsMatch(value);

    [GeneratedRegex(@"[^\s@""'<>(),;:]+@[^\s@""'<>(),;:]+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\+\d[\d\s().\-]{5,}\d|\(?\b\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<quote>[""'])(?<value>[^""'\r\n]{1,200})\k<quote>", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"(?<label>\bvalue:\s*)[^\r\n,;]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterValueLabel();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\[\]]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();
}
