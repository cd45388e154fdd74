using ContactsSdk.Redaction;
using ContactsSdk.Errors;
using ContactsSdk.Internal;

namespace ContactsSdk.Tests.Errors;

public sealed class ContactsExceptionTests
{
    [Test]
    public void RawBody_LongerThan8KiB_IsCappedAt8KiB()
    {
        var ex = new ContactsException("failed") { RawBody = new string('x', 20_000) };

        Assert.That(ex.RawBody, Has.Length.EqualTo(ContactsException.MaxRawBodyLength));
    }

    [TestCase("{\"error\":\"bad key sk_live_abcDEF123456\"}", "sk_live_abcDEF123456")]
    [TestCase("Authorization: Bearer eyJhbGciOi.abc.def", "eyJhbGciOi.abc.def")]
    [TestCase("{\"access_token\":\"tok-123456789\"}", "tok-123456789")]
    [TestCase("store token secret_4T6ZZpX9", "secret_4T6ZZpX9")]
    public void RawBodyAndMessage_WithSecretShapes_AreRedacted(string text, string secret)
    {
        var ex = new ContactsRateLimitedException(text) { RawBody = text };

        Assert.That(ex.RawBody, Does.Not.Contain(secret).And.Contain(SecretRedactor.Mask));
        Assert.That(ex.Message, Does.Not.Contain(secret));
        Assert.That(ex.ToString(), Does.Not.Contain(secret));
    }

    [Test]
    public void Redact_KnownSecretOfAnyShape_IsMasked()
        => Assert.That(SecretRedactor.Redact("echo: my-odd-key-9f8e7d", ["my-odd-key-9f8e7d"]), Is.EqualTo("echo: " + SecretRedactor.Mask));

    [Test]
    public void TransientSubclasses_AreTransient_OthersAreNot()
    {
        Assert.That(new ContactsRateLimitedException().IsTransient, Is.True);
        Assert.That(new ContactsUnavailableException().IsTransient, Is.True);
        Assert.That(new ContactsTimeoutException().IsTransient, Is.True);
        Assert.That(new ContactNotFoundException().IsTransient, Is.False);
        Assert.That(new ContactValidationException().IsTransient, Is.False);
    }

    [Test]
    public void Unsupported_NamesVendorAndOperation()
    {
        var ex = new UnsupportedContactOperationException(ContactsVendor.Ecwid, "AddTags");

        Assert.That(ex.Vendor, Is.EqualTo(ContactsVendor.Ecwid));
        Assert.That(ex.Operation, Is.EqualTo("AddTags"));
        Assert.That(ex.Message, Does.Contain("Ecwid").And.Contain("AddTags"));
    }
}
