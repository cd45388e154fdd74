using System.Text;
using ContactsSdk.Changes;
using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;
using ContactsSdk.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Webhooks;

/// <summary>Ecwid webhook signatures (the spec's vectors, rotation, strict header) and parsing (R.2, R.5), over checked-in fixtures.</summary>
public sealed class EcwidWebhookTests
{
    private const string DocsEventId = "80aece08-40e8-4145-8764-6c2f0d38678";
    private static readonly string[] Secret = [WebhookFixtures.EcwidClientSecret];

    private static IEnumerable<string> Fixtures() => WebhookFixtures.Names("ecwid", ".json");

    [TestCase("test_client_secret", 1234567L, "ekmGPQc/IpCwO6woAiM+L8uvY6chew4n6JVQCiDrEVw=")]
    [TestCase("abcde123456789", 1634209655L, "n2+mVQEaXHEJWYBMtmBvqoKgESuawqULR+t2w97nqMc=")]
    [TestCase("abcde123456789", 1634209656L, "8avRLBrsPaJ6V5b/DYhLEZpqGMI/1T0eoRkQScwn32A=")]
    public void ComputeSignature_KnownVectors_MatchTheIndependentlyReproducedValues(string secret, long eventCreated, string expected)
        => Assert.That(EcwidWebhook.ComputeSignature(secret, eventCreated, DocsEventId), Is.EqualTo(expected));

    [TestCaseSource(nameof(Fixtures))]
    public void ParseAndVerify_EveryFixtureWithItsSidecarSignature_Verifies(string name)
    {
        var parsed = EcwidWebhook.ParseAndVerify(WebhookFixtures.Bytes("ecwid", name + ".json"), WebhookFixtures.EcwidSignature(name), Secret);

        Assert.That(parsed.SignatureVerified, Is.True);
        Assert.That(parsed.PayloadAuthenticated, Is.False, "Ecwid signs only eventCreated and eventId");
        Assert.That(parsed.Vendor, Is.EqualTo(ContactsVendor.Ecwid));
        Assert.That(parsed.TenantId, Is.EqualTo("1003"));
    }

    [TestCase("customer.created.with-data", ContactChangeKind.Created, "1663830")]
    [TestCase("customer.created.no-data", ContactChangeKind.Created, "1663831")]
    [TestCase("customer.updated.with-data", ContactChangeKind.Updated, "1663830")]
    [TestCase("customer.updated.no-data", ContactChangeKind.Updated, "1663830")]
    [TestCase("customer.deleted.with-data", ContactChangeKind.Deleted, "1663830")]
    [TestCase("customer.deleted.no-data", ContactChangeKind.Deleted, "1663830")]
    [TestCase("customer.updated.string-event-created", ContactChangeKind.Updated, "1663830")]
    [TestCase("customer.updated.extra-fields", ContactChangeKind.Updated, "1663830")]
    [TestCase("customer.personalDataRemovalRequest", ContactChangeKind.Unknown, "1663830")]
    [TestCase("customer.personal_data_removal_request", ContactChangeKind.Unknown, "1663830")]
    public void ParseAndVerify_CustomerEvents_MapToOneWebhookChange(string name, ContactChangeKind kind, string contactId)
    {
        var parsed = EcwidWebhook.ParseAndVerify(WebhookFixtures.Bytes("ecwid", name + ".json"), WebhookFixtures.EcwidSignature(name), Secret);

        Assert.That(parsed.Changes, Has.Count.EqualTo(1));
        var change = parsed.Changes[0];
        Assert.That((change.Kind, change.ContactId, change.Origin, change.Checkpoint, change.Contact), Is.EqualTo((kind, contactId, ContactChangeOrigin.Webhook, (ChangeFeedCheckpoint?)null, (Contact?)null)));
        Assert.That(change.ChangedAt, Is.EqualTo(parsed.OccurredAt).And.Not.Null);
    }

    [TestCase("customer_group.created")]
    [TestCase("customer_group.updated")]
    [TestCase("customer_group.deleted")]
    [TestCase("application.installed.quoted-entity-id")]
    public void ParseAndVerify_NonCustomerEvents_PassThroughWithoutChanges(string name)
    {
        var parsed = EcwidWebhook.ParseAndVerify(WebhookFixtures.Bytes("ecwid", name + ".json"), WebhookFixtures.EcwidSignature(name), Secret);

        Assert.That(parsed.Changes, Is.Empty);
        Assert.That(parsed.Kind, Is.EqualTo(ContactChangeKind.Unknown));
        Assert.That(parsed.VendorEventType, Is.EqualTo(name.Split(".quoted")[0]));
    }

    [Test]
    public void ParseAndVerify_DocsSampleWithNonGuidEventId_VerifiesWithTheKnownVector()
    {
        var parsed = EcwidWebhook.ParseAndVerify(WebhookFixtures.Bytes("ecwid", "customer.created.docs-sample-event-id.json"), "ekmGPQc/IpCwO6woAiM+L8uvY6chew4n6JVQCiDrEVw=", Secret);

        Assert.That(parsed.EventId, Is.EqualTo(DocsEventId));
        Assert.That(parsed.OccurredAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1234567)));
    }

    [Test]
    public void NormalizeEventType_SnakeCaseGdprName_BecomesCamelCase()
        => Assert.That(EcwidWebhook.NormalizeEventType("customer.personal_data_export_request"), Is.EqualTo("customer.personalDataExportRequest"));

    [Test]
    public void ParseAndVerify_SecondSecretInTheListMatches_Verifies()
    {
        var name = "customer.updated.no-data";
        var parsed = EcwidWebhook.ParseAndVerify(WebhookFixtures.Bytes("ecwid", name + ".json"), WebhookFixtures.EcwidSignature(name), [null, "the-new-secret", WebhookFixtures.EcwidClientSecret]);

        Assert.That(parsed.SignatureVerified, Is.True);
    }

    [Test]
    public void ParseAndVerify_WrongSecret_ThrowsBadSignatureWithoutTheSecretInTheMessage()
    {
        var name = "customer.updated.no-data";
        var error = Assert.Throws<WebhookVerificationException>(() => EcwidWebhook.ParseAndVerify(WebhookFixtures.Bytes("ecwid", name + ".json"), WebhookFixtures.EcwidSignature(name), ["another_client_secret"]));

        Assert.That(error.Reason, Is.EqualTo(WebhookFailureReason.BadSignature));
        Assert.That(error, Is.InstanceOf<ContactsException>());
        Assert.That(error.Message + error, Does.Not.Contain("another_client_secret").And.Not.Contain(WebhookFixtures.EcwidSignature(name)));
        Assert.That(error.IsTransient, Is.False);
    }

    [Test]
    public void ParseAndVerify_SignatureOfAnotherEventId_ThrowsBadSignature()
    {
        var body = WebhookFixtures.Bytes("ecwid", "customer.updated.no-data.json");
        var signature = EcwidWebhook.ComputeSignature(WebhookFixtures.EcwidClientSecret, 1764849603, "another-event-id");

        Assert.That(Reason(() => _ = EcwidWebhook.ParseAndVerify(body, signature, Secret)), Is.EqualTo(WebhookFailureReason.BadSignature));
    }

    [Test]
    public void ParseAndVerify_TamperedEventCreated_ThrowsBadSignature()
    {
        var name = "customer.updated.no-data";
        var tampered = Encoding.UTF8.GetBytes(WebhookFixtures.Text("ecwid", name + ".json").Replace("1764849603", "1764849699", StringComparison.Ordinal));

        Assert.That(Reason(() => _ = EcwidWebhook.ParseAndVerify(tampered, WebhookFixtures.EcwidSignature(name), Secret)), Is.EqualTo(WebhookFailureReason.BadSignature));
    }

    [Test]
    public void ParseAndVerify_TamperedUnsignedEntityId_StillVerifies_SoTheBodyIsNotAuthenticated()
    {
        var name = "customer.updated.no-data";
        var tampered = Encoding.UTF8.GetBytes(WebhookFixtures.Text("ecwid", name + ".json").Replace("1663830", "999", StringComparison.Ordinal));

        var parsed = EcwidWebhook.ParseAndVerify(tampered, WebhookFixtures.EcwidSignature(name), Secret);

        Assert.That((parsed.Changes[0].ContactId, parsed.PayloadAuthenticated), Is.EqualTo(("999", false)));
    }

    [TestCase(null, WebhookFailureReason.MissingSignature)]
    [TestCase("", WebhookFailureReason.MissingSignature)]
    [TestCase("not base64 at all!", WebhookFailureReason.MalformedSignature)]
    [TestCase("c2hvcnQ=", WebhookFailureReason.MalformedSignature)]
    public void ParseAndVerify_MissingOrMalformedHeader_IsRefused(string? header, WebhookFailureReason reason)
        => Assert.That(Reason(() => _ = EcwidWebhook.ParseAndVerify(WebhookFixtures.Bytes("ecwid", "customer.updated.no-data.json"), header, Secret)), Is.EqualTo(reason));

    [TestCase(" ")]
    [TestCase("\t")]
    public void ParseAndVerify_ValidSignatureWithSpaceAround_IsRefusedAsMalformed(string space)
    {
        var name = "customer.updated.no-data";
        var body = WebhookFixtures.Bytes("ecwid", name + ".json");

        Assert.That(Reason(() => _ = EcwidWebhook.ParseAndVerify(body, WebhookFixtures.EcwidSignature(name) + space, Secret)), Is.EqualTo(WebhookFailureReason.MalformedSignature));
        Assert.That(Reason(() => _ = EcwidWebhook.ParseAndVerify(body, space + WebhookFixtures.EcwidSignature(name), Secret)), Is.EqualTo(WebhookFailureReason.MalformedSignature));
    }

    [TestCase("")]
    [TestCase("[]")]
    [TestCase("{\"eventCreated\":1,\"eventType\":\"customer.updated\"}")]
    [TestCase("{\"eventId\":\"x\",\"eventCreated\":\"soon\",\"eventType\":\"customer.updated\"}")]
    [TestCase("{\"eventId\":\"x\",\"eventCreated\":1.5,\"eventType\":\"customer.updated\"}")]
    [TestCase("{\"eventId\":\"x\",\"eventCreated\":1")]
    public void ParseAndVerify_BodyThatIsNotAnEcwidEvent_ThrowsBadFormat(string body)
        => Assert.That(Reason(() => _ = EcwidWebhook.ParseAndVerify(Encoding.UTF8.GetBytes(body), "ekmGPQc/IpCwO6woAiM+L8uvY6chew4n6JVQCiDrEVw=", Secret)), Is.EqualTo(WebhookFailureReason.BadFormat));

    [Test]
    public void ParseAndVerify_EventOlderThanMaxEventAge_ThrowsExpired_AndYoungerPasses()
    {
        var name = "customer.updated.no-data";
        var created = DateTimeOffset.FromUnixTimeSeconds(1764849603);
        var clock = new FakeTimeProvider(created + TimeSpan.FromHours(47));
        var options = new EcwidVerifyOptions { MaxEventAge = TimeSpan.FromHours(48), Clock = clock };
        var body = WebhookFixtures.Bytes("ecwid", name + ".json");

        Assert.That(EcwidWebhook.ParseAndVerify(body, WebhookFixtures.EcwidSignature(name), Secret, options).SignatureVerified, Is.True);
        clock.Advance(TimeSpan.FromHours(2));
        Assert.That(Reason(() => _ = EcwidWebhook.ParseAndVerify(body, WebhookFixtures.EcwidSignature(name), Secret, options)), Is.EqualTo(WebhookFailureReason.Expired));
    }

    [Test]
    public void MaxEventAge_BelowTheVendorsTwentyFourHourRetryWindow_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new EcwidVerifyOptions { MaxEventAge = TimeSpan.FromHours(23) });
        Assert.That(new EcwidVerifyOptions { MaxEventAge = TimeSpan.FromHours(24) }.MaxEventAge, Is.EqualTo(EcwidVerifyOptions.MinimumMaxEventAge));
    }

    [Test]
    public void ParseAndVerify_NoUsableSecret_ThrowsArgumentExceptionNamingTheParameter()
    {
        var error = Assert.Throws<ArgumentException>(() => EcwidWebhook.ParseAndVerify("{}"u8, "x", [null, ""]));

        Assert.That(error.ParamName, Is.EqualTo("clientSecrets"));
    }

    [Test]
    public void ParseUnverified_Fixture_ParsesWithSignatureVerifiedFalse()
        => Assert.That(EcwidWebhook.ParseUnverified(WebhookFixtures.Bytes("ecwid", "customer.deleted.no-data.json")).SignatureVerified, Is.False);

    [Test]
    public void ToString_NeverShowsTheCustomersEmail()
        => Assert.That(EcwidWebhook.ParseUnverified(WebhookFixtures.Bytes("ecwid", "customer.created.with-data.json")).ToString(), Does.Not.Contain("user@example.com"));

    private static WebhookFailureReason? Reason(Action call)
        => Assert.Throws<WebhookVerificationException>(() => call())?.Reason;
}
