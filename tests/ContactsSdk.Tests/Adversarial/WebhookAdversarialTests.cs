using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ContactsSdk.Tests.Support;
using ContactsSdk.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>Hostile input to the webhook verifiers: only WebhookVerificationException (or ArgumentException for bad arguments) may come out.</summary>
public sealed class WebhookAdversarialTests
{
    private const string Secret = "adversarial_client_secret";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1764849600);
    private const string Envelope = """{"eventType":"wix.contacts.v4.contact_updated","instanceId":"i","data":"{\"id\":\"e1\",\"entityId\":\"c1\"}"}""";

    private static IEnumerable<byte[]> GarbageBodies()
    {
        yield return [];
        yield return "null"u8.ToArray();
        yield return "[]"u8.ToArray();
        yield return "\"text\""u8.ToArray();
        yield return [0xFF, 0xFE, 0x00, 0x80];
        yield return Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000));
        yield return Encoding.UTF8.GetBytes("{\"eventId\":\"x\",\"eventCreated\":1,\"eventType\":\"customer.updated\",\"data\":" + new string('[', 5000) + new string(']', 5000) + "}");
        yield return """{"eventId":"x","eventCreated":"soon","eventType":"customer.updated"}"""u8.ToArray();
        yield return """{"eventId":{"a":1},"eventCreated":1,"eventType":"customer.updated"}"""u8.ToArray();
        yield return """{"event":["x"],"data":"nope"}"""u8.ToArray();
    }

    [TestCaseSource(nameof(GarbageBodies))]
    public void EveryVerifier_GarbageBody_ThrowsOnlyWebhookVerificationException(byte[] body)
    {
        using var key = WixTestJwt.PrivateKey();
        Assert.Multiple(() =>
        {
            Assert.Throws<WebhookVerificationException>(() => EcwidWebhook.ParseAndVerify(body, EcwidWebhook.ComputeSignature(Secret, 1, "x"), [Secret]));
            Assert.Throws<WebhookVerificationException>(() => EcwidWebhook.ParseUnverified(body));
            Assert.Throws<WebhookVerificationException>(() => WixWebhook.DecodeAndVerify(body, [new WixPublicKey(WixTestJwt.PublicPem)]));
            Assert.Throws<WebhookVerificationException>(() => AgentClaraWebhook.Parse(body));
        });
    }

    [TestCase(long.MaxValue)]
    [TestCase(long.MinValue)]
    [TestCase(253402300800L)]
    public void Ecwid_SignedEventCreatedOutsideTheCalendar_WithMaxAge_IsExpiredNotACrash(long eventCreated)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"eventId":"e-far","eventCreated":{{eventCreated}},"eventType":"customer.updated","entityId":1}""");
        var options = new EcwidVerifyOptions { MaxEventAge = TimeSpan.FromDays(2), Clock = new FakeTimeProvider(Now) };

        var refused = Assert.Throws<WebhookVerificationException>(() => EcwidWebhook.ParseAndVerify(body, EcwidWebhook.ComputeSignature(Secret, eventCreated, "e-far"), [Secret], options));

        Assert.That(refused!.Reason, Is.EqualTo(WebhookFailureReason.Expired));
    }

    [TestCase(" ")]
    [TestCase("\t\r\n")]
    public void Ecwid_OnlyWhitespaceSecrets_IsAnArgumentException(string secret)
    {
        var refused = Assert.Throws<ArgumentException>(() => EcwidWebhook.ParseAndVerify("{}"u8, "sig", [secret, null, ""]));

        Assert.That(refused!.ParamName, Is.EqualTo("clientSecrets"));
    }

    [TestCase(" {0}")]
    [TestCase("{0}\n")]
    [TestCase("{0},{0}")]
    [TestCase("{0}\r\nX-Other: 1")]
    public void Ecwid_SignatureWithWhitespaceOrSeveralValues_IsMalformed(string shape)
    {
        var body = """{"eventId":"e1","eventCreated":1764849600,"eventType":"customer.updated","entityId":1}"""u8.ToArray();
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, EcwidWebhook.ComputeSignature(Secret, 1764849600, "e1"));

        var refused = Assert.Throws<WebhookVerificationException>(() => EcwidWebhook.ParseAndVerify(body, header, [Secret]));

        Assert.That(refused!.Reason, Is.EqualTo(WebhookFailureReason.MalformedSignature));
        Assert.That(refused.Message, Does.Not.Contain(Secret));
    }

    [TestCase("""{"alg":"none","typ":"JWT"}""")]
    [TestCase("""{"alg":"None"}""")]
    [TestCase("""{"alg":"NONE"}""")]
    [TestCase("""{"alg":"HS256"}""")]
    [TestCase("""{"alg":"RS512"}""")]
    [TestCase("""{"alg":"ES256"}""")]
    [TestCase("""{"alg":"PS256"}""")]
    [TestCase("""{"alg":"rs256"}""")]
    [TestCase("""{"alg":" RS256"}""")]
    [TestCase("""{"typ":"JWT"}""")]
    [TestCase("""{"alg":256}""")]
    [TestCase("""{"alg":["RS256"]}""")]
    [TestCase("""{"alg":null}""")]
    [TestCase("""{"alg":"RSA-OAEP","enc":"A256GCM"}""")]
    public void Wix_HeaderWithAnotherAlgorithm_SignedWithTheRealKey_IsRefusedAsWebhookVerificationException(string header)
    {
        using var key = WixTestJwt.PrivateKey();

        Assert.Throws<WebhookVerificationException>(() => WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(Sign(header, key)), [new WixPublicKey(WixTestJwt.PublicPem)]));
    }

    [Test]
    public void Wix_EmbeddedJwkAndForeignKid_DoNotReplaceTheConfiguredKey()
    {
        using var attacker = RSA.Create(2048);
        var parameters = attacker.ExportParameters(false);
        var header = $$"""{"alg":"RS256","kid":"../../etc/passwd","jwk":{"kty":"RSA","n":"{{Base64Url.EncodeToString(parameters.Modulus)}}","e":"{{Base64Url.EncodeToString(parameters.Exponent)}}"},"jku":"http://127.0.0.1/keys"}""";

        var refused = Assert.Throws<WebhookVerificationException>(() => WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(Sign(header, attacker)), [new WixPublicKey(WixTestJwt.PublicPem)]));

        Assert.That(refused!.Reason, Is.EqualTo(WebhookFailureReason.BadSignature));
    }

    [TestCase("""{"alg":"RS256","crit":["exp"],"exp":1}""")]
    [TestCase("""{"alg":"RS256","crit":["b64"],"b64":false}""")]
    [TestCase("""{"alg":"RS256","crit":[]}""")]
    public void Wix_CriticalHeaderExtension_SignedWithTheRealKey_IsBadFormat(string header)
    {
        using var key = WixTestJwt.PrivateKey();

        var refused = Assert.Throws<WebhookVerificationException>(() => WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(Sign(header, key)), [new WixPublicKey(WixTestJwt.PublicPem)]));

        Assert.That(refused!.Reason, Is.EqualTo(WebhookFailureReason.BadFormat));
    }

    [Test]
    public void Wix_PlainRs256Header_StillVerifies()
    {
        using var key = WixTestJwt.PrivateKey();

        var parsed = WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(Sign("""{"alg":"RS256","typ":"JWT","kid":"whatever"}""", key)), [new WixPublicKey(WixTestJwt.PublicPem)]);

        Assert.That((parsed.SignatureVerified, parsed.EventId), Is.EqualTo((true, "e1")));
    }

    [Test]
    public void Wix_HugeValidlySignedToken_IsRefusedAsWebhookVerificationException()
    {
        using var key = WixTestJwt.PrivateKey();
        var payload = $$"""{"data":"{}","pad":"{{new string('x', 600_000)}}"}""";

        Assert.Throws<WebhookVerificationException>(() => WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(Sign("""{"alg":"RS256"}""", key, payload)), [new WixPublicKey(WixTestJwt.PublicPem)]));
    }

    [TestCase("""{"data":{"eventType":"x"}}""")]
    [TestCase("""{"data":42}""")]
    [TestCase("""{"data":"[1,2]"}""")]
    [TestCase("""{"data":"{\"eventType\":\"x\",\"data\":7}"}""")]
    [TestCase("""{"data":"{\"eventType\":\"x\",\"data\":\"not json\"}"}""")]
    [TestCase("""{"data":"{\"eventType\":5,\"data\":\"{}\"}"}""")]
    [TestCase("""{"data":"{}","exp":"tomorrow"}""")]
    [TestCase("""{"data":"{}","exp":1e300}""")]
    [TestCase("""{"data":"{}","nbf":-5}""")]
    public void Wix_ValidSignatureButHostileLayers_IsBadFormatOrRefused(string payload)
    {
        using var key = WixTestJwt.PrivateKey();

        Assert.Throws<WebhookVerificationException>(() => WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(Sign("""{"alg":"RS256"}""", key, payload)), [new WixPublicKey(WixTestJwt.PublicPem)]));
    }

    [Test]
    public void Verifiers_NullArguments_AreArgumentExceptions()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => EcwidWebhook.ParseAndVerify("{}"u8, "s", null!));
            Assert.Throws<ArgumentNullException>(() => WixWebhook.DecodeAndVerify("x"u8, null!));
            Assert.Throws<ArgumentException>(() => WixWebhook.DecodeAndVerify("x"u8, []));
            Assert.Throws<ArgumentNullException>(() => WixWebhook.DecodeUnverified(null!));
            Assert.Throws<ArgumentException>(() => _ = new WixPublicKey("   "));
            Assert.Throws<ArgumentException>(() => _ = new WixPublicKey("not a key at all"));
            Assert.Throws<ArgumentException>(() => EcwidWebhook.ComputeSignature("", 1, "e"));
        });
    }

    private static string Sign(string header, RSA key, string payload = "")
    {
        var body = payload.Length > 0 ? payload : $$"""{"data":{{System.Text.Json.JsonSerializer.Serialize(Envelope)}}}""";
        var signingInput = $"{Segment(header)}.{Segment(body)}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Segment(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
