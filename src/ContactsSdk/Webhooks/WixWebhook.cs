using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ContactsSdk.Webhooks;

/// <summary>
/// Verifies and parses Wix webhooks: the body is a bare compact JWT signed RS256 with the app's key; its <c>data</c> claim
/// is a JSON string holding the envelope, whose <c>data</c> is a JSON string holding the event.
/// </summary>
/// <remarks>
/// Only RS256 is accepted: a token with <c>alg: none</c>, or HS256 keyed with the public key (the algorithm-confusion
/// attack), is refused with <see cref="WebhookFailureReason.UnsupportedAlgorithm"/> before any key is tried. Issuer and
/// audience are not checked (Wix's own SDK does not for webhooks). Unknown event types parse with no
/// <see cref="ContactWebhookEvent.Changes"/>, never throw.
/// </remarks>
public static class WixWebhook
{
    /// <summary>The only signing algorithm accepted.</summary>
    public const string Algorithm = SecurityAlgorithms.RsaSha256;

    /// <summary>The <c>originatedFrom</c> value of the update and delete events a merge fans out to.</summary>
    public const string MergeOrigin = "merge";

    /// <summary>The event type of a created contact.</summary>
    public const string ContactCreated = "wix.contacts.v4.contact_created";

    /// <summary>The event type of an updated contact.</summary>
    public const string ContactUpdated = "wix.contacts.v4.contact_updated";

    /// <summary>The event type of a deleted contact.</summary>
    public const string ContactDeleted = "wix.contacts.v4.contact_deleted";

    /// <summary>The event type of a merge (sources into a target).</summary>
    public const string ContactMerged = "wix.contacts.v4.contact_merged";

    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>Verifies a delivery against every given public key (rotation) and parses it.</summary>
    /// <param name="jwtBody">The raw request body: the compact JWT (surrounding whitespace is ignored).</param>
    /// <param name="keys">The public keys to accept.</param>
    /// <param name="options">Clock and skew for <c>exp</c>/<c>nbf</c>; <see langword="null"/> for the defaults.</param>
    /// <returns>The parsed event, with <see cref="ContactWebhookEvent.SignatureVerified"/> and <see cref="ContactWebhookEvent.PayloadAuthenticated"/> true.</returns>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty.</exception>
    /// <exception cref="WebhookVerificationException">The token is missing, malformed, not RS256, signed by another key, expired, not yet valid, or its layers are not Wix's.</exception>
    public static ContactWebhookEvent DecodeAndVerify(ReadOnlySpan<byte> jwtBody, IReadOnlyList<WixPublicKey> keys, WixVerifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            throw new ArgumentException("Give at least one Wix public key.", nameof(keys));
        }

        options ??= new WixVerifyOptions();
        var text = TokenText(jwtBody);
        var token = ReadToken(text);
        CheckSignature(text, keys);
        var payload = Payload(token);
        CheckLifetime(payload, options);
        return WixEventParser.Parse(payload, signatureVerified: true);
    }

    /// <summary>Parses a token without checking its signature or lifetime — for tests and replays of stored, already verified bodies.</summary>
    /// <param name="jwt">The compact JWT.</param>
    /// <returns>The parsed event, with <see cref="ContactWebhookEvent.SignatureVerified"/> false.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jwt"/> is <see langword="null"/>.</exception>
    /// <exception cref="WebhookVerificationException">The token or its layers are malformed (<see cref="WebhookFailureReason.BadFormat"/>).</exception>
    public static ContactWebhookEvent DecodeUnverified(string jwt)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        var text = jwt.Trim();
        return WixEventParser.Parse(Payload(ReadToken(text.Length == 0 ? throw Refused(WebhookFailureReason.MissingSignature) : text)), signatureVerified: false);
    }

    private static string TokenText(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body).Trim();
        return text.Length > 0 ? text : throw Refused(WebhookFailureReason.MissingSignature, "empty body");
    }

    private static JsonWebToken ReadToken(string text)
    {
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(text);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException or JsonException or FormatException)
        {
            throw Refused(WebhookFailureReason.BadFormat, "not a compact JWT");
        }

        if (token.IsEncrypted)
        {
            throw Refused(WebhookFailureReason.BadFormat, "an encrypted token");
        }

        // Pinned before any key is tried: refuses "none" and HS256 signed with the public key as the HMAC secret.
        if (!string.Equals(token.Alg, Algorithm, StringComparison.Ordinal))
        {
            throw Refused(WebhookFailureReason.UnsupportedAlgorithm, "only RS256 is accepted");
        }

        // RFC 7515 §4.1.11: a "crit" header names extensions the recipient must understand, and this one understands
        // none (Wix sends none), so such a token is refused rather than read with its extensions ignored.
        return HasHeader(token, "crit") ? throw Refused(WebhookFailureReason.BadFormat, "a critical header extension") : token;
    }

    private static bool HasHeader(JsonWebToken token, string name)
    {
        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(token.EncodedHeader));
            return header.RootElement.ValueKind != JsonValueKind.Object || header.RootElement.TryGetProperty(name, out _);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            throw Refused(WebhookFailureReason.BadFormat, "the header is not JSON");
        }
    }

    private static void CheckSignature(string text, IReadOnlyList<WixPublicKey> keys)
    {
        var parameters = new TokenValidationParameters
        {
            ValidAlgorithms = [Algorithm],
            IssuerSigningKeys = [.. keys.Select(key => new RsaSecurityKey(key.Parameters))],
            TryAllIssuerSigningKeys = true,
            RequireSignedTokens = true,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false, // checked against the injectable clock, and only when present
            RequireExpirationTime = false,
            ValidateIssuerSigningKey = false,
        };

        // With in-memory keys (no configuration manager) the handler completes synchronously.
        var result = Handler.ValidateTokenAsync(text, parameters).GetAwaiter().GetResult();
        if (!result.IsValid)
        {
            throw Refused(result.Exception is SecurityTokenMalformedException ? WebhookFailureReason.BadFormat : WebhookFailureReason.BadSignature);
        }
    }

    private static JsonElement Payload(JsonWebToken token)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(token.EncodedPayload);
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw Refused(WebhookFailureReason.BadFormat, "the payload is not an object");
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            throw Refused(WebhookFailureReason.BadFormat, "the payload is not JSON");
        }
    }

    private static void CheckLifetime(JsonElement payload, WixVerifyOptions options)
    {
        var now = options.Clock.GetUtcNow();
        if (Seconds(payload, "exp") is { } exp && now > exp + options.ClockSkew)
        {
            throw Refused(WebhookFailureReason.Expired);
        }

        if (Seconds(payload, "nbf") is { } nbf && now < nbf - options.ClockSkew)
        {
            throw Refused(WebhookFailureReason.NotYetValid);
        }
    }

    private static DateTimeOffset? Seconds(JsonElement payload, string claim)
    {
        if (!payload.TryGetProperty(claim, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) && seconds is >= 0 and <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw Refused(WebhookFailureReason.BadFormat, $"{claim} is not a NumericDate");
    }

    private static WebhookVerificationException Refused(WebhookFailureReason reason, string? detail = null)
        => new(ContactsVendor.Wix, reason, detail);
}
