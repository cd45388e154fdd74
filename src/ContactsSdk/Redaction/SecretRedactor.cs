using System.Text.RegularExpressions;

namespace ContactsSdk.Redaction;

/// <summary>
/// Removes credentials from text that may reach a log or an exception: the caller's own secrets, and anything
/// shaped like a vendor key or bearer token even when the SDK does not know it.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "[REDACTED]";

    // Vendor key shapes are the vendors' to know (AgentClara sk_test_/sk_live_, Ecwid secret_/public_): each vendor folder
    // hands its shapes over when the assembly loads, so even an exception built before any client exists is covered.
    private static Regex[] s_keyShapes = [];

    [GeneratedRegex(@"(?i)\bBearer\s+[A-Za-z0-9._~+/=\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(?i)(""(?:access_token|refresh_token|client_secret|api_key|apikey|token)""\s*:\s*"")[^""]*("")", RegexOptions.CultureInvariant)]
    private static partial Regex JsonSecretField();

    public static string RedactKnownPatterns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var redacted = text;
        foreach (var shape in Volatile.Read(ref s_keyShapes))
        {
            redacted = shape.Replace(redacted, Mask);
        }

        redacted = BearerToken().Replace(redacted, "Bearer " + Mask);
        return JsonSecretField().Replace(redacted, "$1" + Mask + "$2");
    }

    /// <summary>Adds the shape of a vendor's keys, redacted wherever it appears even when the SDK does not know the key.</summary>
    public static void AddKeyShape(Regex shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Regex[] current, updated;
        do
        {
            current = Volatile.Read(ref s_keyShapes);
            updated = current.Contains(shape) ? current : [.. current, shape];
        }
        while (Interlocked.CompareExchange(ref s_keyShapes, updated, current) != current);
    }

    public static string Redact(string text, IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in secrets)
        {
            // Very short "secrets" would mask ordinary words; real keys are long.
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 6)
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return RedactKnownPatterns(text);
    }

    public static string? RedactAndCap(string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        var redacted = RedactKnownPatterns(text);
        return redacted.Length <= maxLength ? redacted : redacted[..maxLength];
    }
}
