using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Redaction;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Tests.Errors;

/// <summary>
/// The one error-translation point: a vendor answer or a transport failure becomes the right exception, with the
/// client's secrets and known key shapes redacted from the message, the raw body and <c>ToString()</c>, and the body capped.
/// </summary>
public sealed class ContactsExceptionFactoryTests
{
    [Test]
    public void FromResponse_BodyEchoingTheKey_RedactsItEverywhere()
    {
        const string Key = "acme-custom-key-7f3a9c";
        const string UnknownVendorKey = "sk_live_SomeoneElsesKey123";
        var factory = new ContactsExceptionFactory(
            ContactsVendor.AgentClara, AgentClaraErrorParser.Instance, text => SecretRedactor.Redact(text, [Key]));
        var body = $$"""{"success":false,"error":"Invalid API key {{Key}} (Bearer {{Key}}, also {{UnknownVendorKey}})","code":"unauthorized","api_key":"{{Key}}"}""";

        var ex = factory.FromResponse("GetContact", new FailedResponse(401, body, "req_0000000000000001", null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex, Is.TypeOf<ContactsAuthenticationException>());
            Assert.That(ex.VendorErrorCode, Is.EqualTo("unauthorized"));
            Assert.That(ex.RequestId, Is.EqualTo("req_0000000000000001"));
            foreach (var secret in new[] { Key, UnknownVendorKey })
            {
                Assert.That(ex.Message, Does.Not.Contain(secret));
                Assert.That(ex.RawBody, Does.Not.Contain(secret));
                Assert.That(ex.ToString(), Does.Not.Contain(secret));
            }

            Assert.That(ex.Message, Does.Contain("Invalid API key " + SecretRedactor.Mask));
            Assert.That(ex.RawBody, Does.Contain(SecretRedactor.Mask).And.Contain("\"code\":\"unauthorized\""));
        }
    }

    [Test]
    public void Unavailable_CauseMentioningTheKey_RedactsItFromMessage()
    {
        const string Key = "acme-custom-key-7f3a9c";
        var factory = new ContactsExceptionFactory(
            ContactsVendor.AgentClara, AgentClaraErrorParser.Instance, text => SecretRedactor.Redact(text, [Key]));

        var ex = factory.Unavailable("GetContact", new HttpRequestException($"proxy refused Authorization: Bearer {Key}"));

        Assert.That(ex.Message, Does.Not.Contain(Key));
    }

    [Test]
    public void Unavailable_CauseMentioningTheKey_RedactsItFromToString()
    {
        const string Key = "acme-custom-key-7f3a9c";
        var factory = new ContactsExceptionFactory(
            ContactsVendor.AgentClara, AgentClaraErrorParser.Instance, text => SecretRedactor.Redact(text, [Key]));

        var ex = factory.Unavailable("GetContact", new HttpRequestException($"proxy refused Authorization: Bearer {Key}"));

        Assert.That(ex.ToString(), Does.Not.Contain(Key));
    }

    [Test]
    public void FromResponse_HugeBody_IsCappedAt8KiB()
    {
        var factory = new ContactsExceptionFactory(ContactsVendor.AgentClara, AgentClaraErrorParser.Instance, text => text);
        var body = new string('x', 20_000);

        var ex = factory.FromResponse("GetContact", new FailedResponse(500, body, null, null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.RawBody, Has.Length.EqualTo(ContactsException.MaxRawBodyLength));
            Assert.That(ex.Message, Does.Contain("(no message)"));
        }
    }
}
