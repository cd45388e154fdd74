using System.Security.Cryptography;
using System.Text;
using ContactsSdk.Changes;
using ContactsSdk.Tests.Support;
using ContactsSdk.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Webhooks;

/// <summary>Wix webhook tokens: RS256 only, rotation, lifetime with skew, the nested layers and both body spellings (R.2, R.5).</summary>
public sealed class WixWebhookTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1764849600);
    private static readonly WixVerifyOptions AtNow = new() { Clock = new FakeTimeProvider(Now) };

    private static IEnumerable<string> Fixtures() => WebhookFixtures.Names("wix", ".envelope.json");

    private static WixPublicKey TestKey => new(WixTestJwt.PublicPem, "test");

    [TestCaseSource(nameof(Fixtures))]
    public void DecodeAndVerify_EveryFixtureSignedWithTheTestKey_Verifies(string name)
    {
        using var key = WixTestJwt.PrivateKey();
        var jwt = WixTestJwt.Create(Envelope(name), key);

        var parsed = WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(jwt), [TestKey], AtNow);

        Assert.That((parsed.SignatureVerified, parsed.PayloadAuthenticated, parsed.TenantId), Is.EqualTo((true, true, "9b1e4f2a-wixfake-instance")));
        Assert.That(parsed.EventId, Does.StartWith("52269077-"));
    }

    [TestCase("contact_created.entity-object", ContactChangeKind.Created, "1")]
    [TestCase("contact_created.entityAsJson-string", ContactChangeKind.Created, "1")]
    [TestCase("contact_updated.currentEntity-modifiedFields", ContactChangeKind.Updated, "2")]
    [TestCase("contact_updated.currentEntityAsJson-object", ContactChangeKind.Updated, "3")]
    [TestCase("contact_updated.no-identity-account-info", ContactChangeKind.Updated, "5")]
    public void Decode_ContactEventsWithEitherBodySpelling_CarryTheSnapshotAndSequence(string name, ContactChangeKind kind, string sequence)
    {
        var parsed = Decode(name);

        Assert.That(parsed.Changes.Select(change => (change.Kind, change.ContactId)), Is.EqualTo(new[] { (kind, "4b0133d5-7f6a-4c1e-9a0e-1c2d3e4f5a60") }));
        Assert.That(parsed.Sequence, Is.EqualTo(sequence));
        Assert.That(parsed.Snapshot?.GetProperty("revision").GetString(), Is.EqualTo("1"));
        Assert.That(parsed.OccurredAt, Is.EqualTo(new DateTimeOffset(2026, 12, 4, 10, 0, 0, 870, TimeSpan.Zero)));
        Assert.That(parsed.IsMergeFanOut, Is.False);
    }

    [Test]
    public void Decode_DeletedWithEmptyBody_IsADeleteWithoutSnapshot()
    {
        var parsed = Decode("contact_deleted.empty");

        Assert.That((parsed.Kind, parsed.Snapshot, parsed.Changes[0].ContactId), Is.EqualTo((ContactChangeKind.Deleted, (System.Text.Json.JsonElement?)null, "4b0133d5-7f6a-4c1e-9a0e-1c2d3e4f5a60")));
    }

    [Test]
    public void Decode_DeleteOriginatedFromMerge_IsMarkedAsFanOut()
    {
        var parsed = Decode("contact_deleted.originated-from-merge");

        Assert.That((parsed.Kind, parsed.OriginatedFrom, parsed.IsMergeFanOut), Is.EqualTo((ContactChangeKind.Deleted, "merge", true)));
    }

    [TestCase("contact_merged.bodyAsJson-string", 2)]
    [TestCase("contact_merged.body-object", 1)]
    public void Decode_Merge_ReportsEachSourceMergedIntoTheTargetAndTheTargetUpdated(string name, int sources)
    {
        var parsed = Decode(name);
        const string target = "4b0133d5-7f6a-4c1e-9a0e-1c2d3e4f5a60";

        Assert.That(parsed.Changes.Where(change => change.Kind == ContactChangeKind.Merged).Select(change => change.MergeTargetId), Is.EqualTo(Enumerable.Repeat(target, sources)));
        Assert.That(parsed.Changes[^1], Has.Property(nameof(ContactChange.Kind)).EqualTo(ContactChangeKind.Updated).And.Property(nameof(ContactChange.ContactId)).EqualTo(target));
        Assert.That(parsed.Snapshot?.GetProperty("id").GetString(), Is.EqualTo(target));
        Assert.That(parsed.IsMergeFanOut, Is.False);
    }

    [TestCase("label_created", "wix.contacts.v4.label_created")]
    [TestCase("extended-field_updated", "wix.contacts.v4.extended-field_updated")]
    [TestCase("unknown_event_type", "wix.contacts.v4.contact_teleported")]
    public void Decode_NonContactOrUnknownTypes_PassThroughAsUnknownWithoutThrowing(string name, string eventType)
    {
        var parsed = Decode(name);

        Assert.That((parsed.Kind, parsed.Changes.Count, parsed.VendorEventType), Is.EqualTo((ContactChangeKind.Unknown, 0, eventType)));
    }

    [Test]
    public void DecodeAndVerify_SecondKeyInTheListSigned_Verifies()
    {
        using var other = WixTestJwt.PrivateKey("other-rsa-2048.private.pem");
        using var otherPublic = RSA.Create();
        otherPublic.ImportParameters(other.ExportParameters(false));
        var jwt = WixTestJwt.Create(Envelope("contact_deleted.empty"), other);

        var parsed = WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(jwt), [TestKey, new WixPublicKey(otherPublic.ExportSubjectPublicKeyInfoPem(), "next")], AtNow);

        Assert.That(parsed.SignatureVerified, Is.True);
    }

    [Test]
    public void DecodeAndVerify_PublicKeyGivenAsOneLineBase64_Verifies()
    {
        using var key = WixTestJwt.PrivateKey();

        var parsed = WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(WixTestJwt.Create(Envelope("contact_deleted.empty"), key) + "\r\n"), [new WixPublicKey(WixTestJwt.PublicBase64)], AtNow);

        Assert.That(parsed.Kind, Is.EqualTo(ContactChangeKind.Deleted));
    }

    [Test]
    public void DecodeAndVerify_SignedByAnotherKey_ThrowsBadSignature()
    {
        using var other = WixTestJwt.PrivateKey("other-rsa-2048.private.pem");

        Assert.That(Reason(WixTestJwt.Create(Envelope("contact_deleted.empty"), other)), Is.EqualTo(WebhookFailureReason.BadSignature));
    }

    [Test]
    public void DecodeAndVerify_AlgNone_ThrowsUnsupportedAlgorithm()
        => Assert.That(Reason(WixTestJwt.CreateNone(Envelope("contact_deleted.empty"))), Is.EqualTo(WebhookFailureReason.UnsupportedAlgorithm));

    [Test]
    public void DecodeAndVerify_Hs256KeyedWithThePublicKeyPem_ThrowsUnsupportedAlgorithm()
        => Assert.That(Reason(WixTestJwt.CreateHs256WithPublicKey(Envelope("contact_deleted.empty"))), Is.EqualTo(WebhookFailureReason.UnsupportedAlgorithm));

    [Test]
    public void DecodeAndVerify_DataClaimIsAnObject_ThrowsBadFormat()
    {
        using var key = WixTestJwt.PrivateKey();

        Assert.That(Reason(WixTestJwt.CreateWithRawData(Envelope("contact_deleted.empty"), key)), Is.EqualTo(WebhookFailureReason.BadFormat));
    }

    [Test]
    public void DecodeAndVerify_ExpiredBeyondTheSkew_ThrowsExpired_AndWithinTheSkewPasses()
    {
        using var key = WixTestJwt.PrivateKey();
        var withinSkew = WixTestJwt.Create(Envelope("contact_deleted.empty"), key, exp: Now.ToUnixTimeSeconds() - 240);
        var expired = WixTestJwt.Create(Envelope("contact_deleted.empty"), key, exp: Now.ToUnixTimeSeconds() - 301);

        Assert.That(WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(withinSkew), [TestKey], AtNow).SignatureVerified, Is.True);
        Assert.That(Reason(expired), Is.EqualTo(WebhookFailureReason.Expired));
    }

    [Test]
    public void DecodeAndVerify_NotBeforeInTheFutureBeyondTheSkew_ThrowsNotYetValid()
    {
        using var key = WixTestJwt.PrivateKey();

        Assert.That(Reason(WixTestJwt.Create(Envelope("contact_deleted.empty"), key, nbf: Now.ToUnixTimeSeconds() + 600)), Is.EqualTo(WebhookFailureReason.NotYetValid));
    }

    [Test]
    public void DecodeAndVerify_TruncatedToken_IsRefused()
    {
        using var key = WixTestJwt.PrivateKey();
        var jwt = WixTestJwt.Create(Envelope("contact_deleted.empty"), key);

        Assert.That(Reason(jwt[..(jwt.LastIndexOf('.') + 10)]), Is.EqualTo(WebhookFailureReason.BadSignature));
        Assert.That(Reason(jwt[..jwt.IndexOf('.')]), Is.EqualTo(WebhookFailureReason.BadFormat));
    }

    [Test]
    public void DecodeAndVerify_EmptyBody_ThrowsMissingSignature()
        => Assert.That(Reason(" \r\n"), Is.EqualTo(WebhookFailureReason.MissingSignature));

    [Test]
    public void WixPublicKey_NotAKey_ThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => _ = new WixPublicKey("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----"));

    [Test]
    public void DecodeAndVerify_NoKeys_ThrowsArgumentExceptionNamingTheParameter()
        => Assert.That(Assert.Throws<ArgumentException>(() => WixWebhook.DecodeAndVerify("x"u8, []))?.ParamName, Is.EqualTo("keys"));

    [Test]
    public void ToString_NeverShowsTheContactsName()
        => Assert.That(Decode("contact_created.entity-object").ToString(), Does.Not.Contain("Müller").And.Not.Contain("jorg@"));

    private static string Envelope(string name) => WebhookFixtures.Text("wix", name + ".envelope.json");

    private static ContactWebhookEvent Decode(string name)
    {
        using var key = WixTestJwt.PrivateKey();
        return WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(WixTestJwt.Create(Envelope(name), key)), [TestKey], AtNow);
    }

    private static WebhookFailureReason? Reason(string jwt)
        => Assert.Throws<WebhookVerificationException>(() => WixWebhook.DecodeAndVerify(Encoding.UTF8.GetBytes(jwt), [TestKey], AtNow))?.Reason;
}
