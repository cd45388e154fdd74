using System.Text.RegularExpressions;

namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// The email check every fake applies, so the three vendors refuse the same addresses. The vendors publish no grammar;
/// the assumption is the common one: one <c>@</c>, no whitespace or control characters, and a dot inside the domain —
/// <c>a@</c>, <c>a@b</c> and <c>not-an-email</c> are refused, <c>a@b.co</c> is accepted.
/// </summary>
internal static partial class FakeEmailRule
{
    /// <summary>The longest address accepted (RFC 5321's path limit, and Wix's documented 320).</summary>
    public const int MaxLength = 320;

    /// <summary>Tells whether <paramref name="email"/> is an address the fakes accept.</summary>
    public static bool IsValid(string? email) => email is { Length: > 0 and <= MaxLength } && Shape().IsMatch(email);

    [GeneratedRegex(@"\A[^@\s\p{Cc}]+@[^@\s\p{Cc}.]+(?:\.[^@\s\p{Cc}.]+)+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
