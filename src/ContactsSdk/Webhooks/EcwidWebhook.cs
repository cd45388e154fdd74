using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactsSdk.Changes;

namespace ContactsSdk.Webhooks;

/// <summary>
/// Verifies and parses Ecwid webhooks: HMAC-SHA256 of <c>"{eventCreated}.{eventId}"</c> keyed with the app's
/// <c>client_secret</c> (not the <c>secret_…</c> access token), Base64, in <c>X-Ecwid-Webhook-Signature</c>.
/// </summary>
/// <remarks>
/// Only <c>eventCreated</c> and <c>eventId</c> are signed; <c>storeId</c>, <c>entityId</c>, <c>eventType</c> and
/// <c>data</c> are not, so the parsed event has <see cref="ContactWebhookEvent.PayloadAuthenticated"/> false: re-fetch the
/// customer before acting. Ecwid signs no delivery time, so a captured delivery stays valid: de-duplicate by
/// <see cref="ContactWebhookEvent.EventId"/> and optionally set <see cref="EcwidVerifyOptions.MaxEventAge"/>.
/// </remarks>
public static class EcwidWebhook
{
    /// <summary>The header that carries the signature.</summary>
    public const string SignatureHeader = "X-Ecwid-Webhook-Signature";

    /// <summary>The query parameter in which Ecwid repeats the event type (unsigned; for early filtering only).</summary>
    public const string EventTypeQueryParameter = "eventtype";

    private const long MinUnixSeconds = -62135596800; // 0001-01-01
    private const long MaxUnixSeconds = 253402300799; // 9999-12-31T23:59:59
    private const int MacLength = 32;
    private const int SignatureLength = 44; // Base64 of 32 bytes, with one '=' of padding

    /// <summary>Computes the signature Ecwid sends for an event: Base64 of HMAC-SHA256 over <c>"{eventCreated}.{eventId}"</c>.</summary>
    /// <param name="clientSecret">The app's <c>client_secret</c>.</param>
    /// <param name="eventCreated">The event's <c>eventCreated</c> (UNIX seconds).</param>
    /// <param name="eventId">The event's <c>eventId</c>.</param>
    /// <returns>The Base64 signature.</returns>
    /// <exception cref="ArgumentException"><paramref name="clientSecret"/> or <paramref name="eventId"/> is null or empty.</exception>
    public static string ComputeSignature(string clientSecret, long eventCreated, string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return Convert.ToBase64String(Mac(clientSecret, eventCreated.ToString(CultureInfo.InvariantCulture), eventId));
    }

    /// <summary>Verifies a delivery against every given client secret (rotation, several apps on one URL) and parses it.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signatureHeader">The value of <see cref="SignatureHeader"/>, or <see langword="null"/> when absent.</param>
    /// <param name="clientSecrets">The client secrets to accept; null, empty or whitespace-only entries are skipped (e.g. an unset previous secret).</param>
    /// <param name="options">The maximum event age and clock; <see langword="null"/> for the defaults.</param>
    /// <returns>The parsed event, with <see cref="ContactWebhookEvent.SignatureVerified"/> true.</returns>
    /// <exception cref="ArgumentException"><paramref name="clientSecrets"/> holds no usable secret.</exception>
    /// <exception cref="WebhookVerificationException">The signature is missing, malformed or wrong, the event is too old, or the body is not an Ecwid event.</exception>
    public static ContactWebhookEvent ParseAndVerify(ReadOnlySpan<byte> body, string? signatureHeader, IReadOnlyList<string?> clientSecrets, EcwidVerifyOptions? options = null)
    {
        var secrets = UsableSecrets(clientSecrets);
        options ??= new EcwidVerifyOptions();
        if (string.IsNullOrEmpty(signatureHeader))
        {
            throw Refused(WebhookFailureReason.MissingSignature);
        }

        var expected = DecodeSignature(signatureHeader);
        var parsed = Parse(body);
        if (!secrets.Any(secret => CryptographicOperations.FixedTimeEquals(Mac(secret, parsed.SignedEventCreated, parsed.Event.EventId), expected)))
        {
            throw Refused(WebhookFailureReason.BadSignature);
        }

        CheckAge(parsed.EventCreated, options);
        return parsed.Event with { SignatureVerified = true };
    }

    /// <summary>Parses a delivery without checking its signature — for tests and replays of stored, already verified bodies.</summary>
    /// <param name="body">The raw request body.</param>
    /// <returns>The parsed event, with <see cref="ContactWebhookEvent.SignatureVerified"/> false.</returns>
    /// <exception cref="WebhookVerificationException">The body is not an Ecwid event (<see cref="WebhookFailureReason.BadFormat"/>).</exception>
    public static ContactWebhookEvent ParseUnverified(ReadOnlySpan<byte> body) => Parse(body).Event;

    /// <summary>Maps an Ecwid event type to the change it reports, accepting the GDPR names in camelCase and snake_case.</summary>
    /// <param name="eventType">The event type as sent.</param>
    /// <returns>The kind, or <see cref="ContactChangeKind.Unknown"/> for any other customer event.</returns>
    internal static ContactChangeKind KindOf(string eventType) => eventType switch
    {
        "customer.created" => ContactChangeKind.Created,
        "customer.updated" => ContactChangeKind.Updated,
        "customer.deleted" => ContactChangeKind.Deleted,
        _ => ContactChangeKind.Unknown,
    };

    /// <summary>Rewrites Ecwid's snake_case spelling of an event type (<c>customer.personal_data_removal_request</c>) to the documented camelCase one.</summary>
    /// <param name="eventType">The event type as sent.</param>
    /// <returns>The camelCase spelling.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventType"/> is <see langword="null"/>.</exception>
    public static string NormalizeEventType(string eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        if (!eventType.Contains('_', StringComparison.Ordinal) || eventType.StartsWith("customer_group.", StringComparison.Ordinal))
        {
            return eventType;
        }

        var builder = new StringBuilder(eventType.Length);
        var upper = false;
        foreach (var c in eventType)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    private static string[] UsableSecrets(IReadOnlyList<string?> clientSecrets)
    {
        ArgumentNullException.ThrowIfNull(clientSecrets);
        var secrets = clientSecrets.Where(secret => !string.IsNullOrWhiteSpace(secret)).Select(secret => secret!).ToArray();
        return secrets.Length > 0
            ? secrets
            : throw new ArgumentException("Give at least one Ecwid client secret (the app's client_secret, not the secret_ access token).", nameof(clientSecrets));
    }

    // Strict: standard alphabet, padded, exactly 32 bytes, nothing around it — Convert.FromBase64String would skip spaces.
    private static byte[] DecodeSignature(string header)
    {
        var decoded = new byte[MacLength + 2];
        return header.Length == SignatureLength && !header.Any(char.IsWhiteSpace)
            && Convert.TryFromBase64String(header, decoded, out var written) && written == MacLength
            ? decoded[..MacLength]
            : throw Refused(WebhookFailureReason.MalformedSignature);
    }

    private static byte[] Mac(string secret, string eventCreated, string eventId)
        => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{eventCreated}.{eventId}"));

    private static void CheckAge(long eventCreated, EcwidVerifyOptions options)
    {
        // A time outside DateTimeOffset's range (a signed but absurd eventCreated) counts as too old, not as a crash.
        if (options.MaxEventAge is { } maxAge
            && (eventCreated is < MinUnixSeconds or > MaxUnixSeconds
                || options.Clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(eventCreated) > maxAge))
        {
            throw Refused(WebhookFailureReason.Expired);
        }
    }

    private static ParsedEcwidEvent Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return Read(WebhookJson.ParseBody(body));
        }
        catch (JsonException)
        {
            throw Refused(WebhookFailureReason.BadFormat, "not JSON");
        }
    }

    private static ParsedEcwidEvent Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Refused(WebhookFailureReason.BadFormat, "not a JSON object");
        }

        var eventId = WebhookJson.String(root, "eventId") is { Length: > 0 } id ? id : throw Refused(WebhookFailureReason.BadFormat, "no eventId");
        var (signedCreated, created) = EventCreated(root);
        var eventType = WebhookJson.String(root, "eventType") ?? throw Refused(WebhookFailureReason.BadFormat, "no eventType");
        var entityId = WebhookJson.Scalar(root, "entityId");
        var occurredAt = created is >= MinUnixSeconds and <= MaxUnixSeconds ? DateTimeOffset.FromUnixTimeSeconds(created) : (DateTimeOffset?)null;
        var normalized = NormalizeEventType(eventType);
        IReadOnlyList<ContactChange> changes = normalized.StartsWith("customer.", StringComparison.Ordinal) && entityId is { Length: > 0 }
            ? [new ContactChange { Vendor = ContactsVendor.Ecwid, ContactId = entityId, Kind = KindOf(normalized), ChangedAt = occurredAt, Origin = ContactChangeOrigin.Webhook }]
            : [];
        var parsed = new ContactWebhookEvent
        {
            Vendor = ContactsVendor.Ecwid,
            EventId = eventId,
            VendorEventType = eventType,
            TenantId = WebhookJson.Scalar(root, "storeId"),
            OccurredAt = occurredAt,
            Changes = changes,
            PayloadAuthenticated = false,
            Raw = root,
        };
        return new ParsedEcwidEvent(parsed, signedCreated, created);
    }

    // Signs the raw token text, so a string-typed or oddly formatted number still verifies as Ecwid computed it.
    private static (string Signed, long Value) EventCreated(JsonElement root)
    {
        if (root.TryGetProperty("eventCreated", out var created))
        {
            var text = created.ValueKind switch
            {
                JsonValueKind.Number => created.GetRawText(),
                JsonValueKind.String => created.GetString(),
                _ => null,
            };
            if (text is not null && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return (text, value);
            }
        }

        throw Refused(WebhookFailureReason.BadFormat, "eventCreated is not a whole number");
    }

    private static WebhookVerificationException Refused(WebhookFailureReason reason, string? detail = null)
        => new(ContactsVendor.Ecwid, reason, detail);

    private sealed record ParsedEcwidEvent(ContactWebhookEvent Event, string SignedEventCreated, long EventCreated);
}
