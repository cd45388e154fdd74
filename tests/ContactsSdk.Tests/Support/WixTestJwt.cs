using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// Builds Wix webhook tokens by hand (no JWT library, so the SDK's verifier is checked against an independent signer):
/// the payload's <c>data</c> claim is the envelope text, whose own <c>data</c> holds the DomainEvent.
/// </summary>
internal static class WixTestJwt
{
    public static string PublicPem => WebhookFixtures.Text("wix", "test-only-rsa-2048.public.pem");

    public static string PublicBase64 => WebhookFixtures.Text("wix", "test-only-rsa-2048.public.base64.txt");

    public static RSA PrivateKey(string file = "test-only-rsa-2048.private.pem")
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(WebhookFixtures.Text("wix", file));
        return rsa;
    }

    /// <summary>Signs an envelope (its JSON text) RS256, optionally with <c>exp</c>/<c>nbf</c>.</summary>
    public static string Create(string envelopeJson, RSA key, long? exp = null, long? nbf = null)
    {
        var header = Segment(new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT" }.ToJsonString());
        var payload = Segment(Payload(envelopeJson, exp, nbf));
        var signature = key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>An unsigned token (<c>alg: none</c>).</summary>
    public static string CreateNone(string envelopeJson)
        => $"{Segment("""{"alg":"none","typ":"JWT"}""")}.{Segment(Payload(envelopeJson, null, null))}.";

    /// <summary>An HS256 token whose HMAC key is the public key's PEM text: the algorithm-confusion attack.</summary>
    public static string CreateHs256WithPublicKey(string envelopeJson)
    {
        var header = Segment("""{"alg":"HS256","typ":"JWT"}""");
        var payload = Segment(Payload(envelopeJson, null, null));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(PublicPem), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64Url.EncodeToString(mac)}";
    }

    /// <summary>An RS256 token whose payload <c>data</c> claim is the raw JSON given (e.g. an object rather than a string).</summary>
    public static string CreateWithRawData(string dataJson, RSA key)
    {
        var header = Segment("""{"alg":"RS256","typ":"JWT"}""");
        var payload = Segment($$"""{"data":{{dataJson}}}""");
        var signature = key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Payload(string envelopeJson, long? exp, long? nbf)
    {
        var payload = new JsonObject { ["data"] = envelopeJson, ["iat"] = 1764849600 };
        if (exp is { } e)
        {
            payload["exp"] = e;
        }

        if (nbf is { } n)
        {
            payload["nbf"] = n;
        }

        return payload.ToJsonString();
    }

    private static string Segment(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
