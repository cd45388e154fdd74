using ContactsSdk.Redaction;

namespace ContactsSdk.Tests.Redaction;

/// <summary>Secret redaction: known key shapes anywhere in a text, and the client's own secrets.</summary>
public sealed class SecretRedactorTests
{
    [TestCase("token sk_test_abcDEF123 here", "token [REDACTED] here")]
    [TestCase("Authorization: Bearer eyJhbGciOi.abc-def", "Authorization: Bearer [REDACTED]")]
    [TestCase("""{"api_key":"hunter2-longer"}""", """{"api_key":"[REDACTED]"}""")]
    [TestCase("nothing secret", "nothing secret")]
    public void RedactKnownPatterns_Text_MasksKeyShapes(string text, string expected)
        => Assert.That(SecretRedactor.RedactKnownPatterns(text), Is.EqualTo(expected));

    [Test]
    public void Redact_KnownSecret_MasksItButNotVeryShortOnes()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SecretRedactor.Redact("key=my-own-secret-value!", ["my-own-secret-value"]), Is.EqualTo("key=[REDACTED]!"));
            Assert.That(SecretRedactor.Redact("the abc word", ["abc"]), Is.EqualTo("the abc word"));
        }
    }
}
