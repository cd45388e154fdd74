using System.Text.RegularExpressions;

namespace ContactsSdk.Internal;

/// <summary>
/// Removes credentials from text that may reach a log or an exception: the caller's own secrets, and anything
/// shaped like a vendor key or bearer token even when the SDK does not know it.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "[REDACTED]";

    // Vendor key shapes: AgentClara sk_test_/sk_live_, Ecwid secret_/public_, plus Bearer and JSON token fields.
    [GeneratedRegex(@"\b(?:sk_(?:test|live)_|secret_|public_)[A-Za-z0-9_\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();

    [GeneratedRegex(@"(?i)\bBearer\s+[A-Za-z0-9._~+/=\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(?i)(""(?:access_token|refresh_token|client_secret|api_key|apikey|token)""\s*:\s*"")[^""]*("")", RegexOptions.CultureInvariant)]
    private static partial Regex JsonSecretField();

    public static string RedactKnownPatterns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var redacted = KeyShape().Replace(text, Mask);
        redacted = BearerToken().Replace(redacted, "Bearer " + Mask);
        return JsonSecretField().Replace(redacted, "$1" + Mask + "$2");
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
