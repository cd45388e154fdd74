using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Testing;

/// <summary>EcwidFake refuses what Ecwid refuses, so a test that passes here does not fail in production.</summary>
public sealed partial class EcwidFakeTests
{
    [Test]
    public async Task Auth_QueryTokenNextToAValidHeader_Returns403_AssumedStatusUnconfirmedSection10_7()
    {
        var reply = await SendAsync(HttpMethod.Get, $"customers?token={EcwidFake.DefaultCredential}");

        Assert.That(reply.Status, Is.EqualTo(403), "query-string tokens are disabled since 2025-03-20 (status UNCONFIRMED, assumed 403)");
        Assert.That(reply.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("INVALID_API_TOKEN"));
        Assert.That(_fake.ContactCount(), Is.Zero);
    }

    [TestCase("a@")]
    [TestCase("a@b")]
    [TestCase("@b.co")]
    [TestCase("a b@c.co")]
    [TestCase("a\u0000b@c.co")]
    [TestCase("not-an-email")]
    public async Task CreateAndUpdateCustomer_InvalidEmail_Returns400WrongParameter_AssumptionDotInDomain(string email)
    {
        var created = await SendAsync(HttpMethod.Post, "customers", $$"""{"email":{{System.Text.Json.JsonSerializer.Serialize(email)}}}""");
        var id = _fake.SeedContact("ok@example.com");
        var updated = await SendAsync(HttpMethod.Put, $"customers/{id}", $$"""{"email":{{System.Text.Json.JsonSerializer.Serialize(email)}}}""");

        foreach (var reply in new[] { created, updated })
        {
            Assert.That(reply.Status, Is.EqualTo(400), reply.Text);
            Assert.That(reply.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("WRONG_PARAMETER"));
        }

        Assert.That(() => _fake.SeedContact(email), Throws.ArgumentException);
    }

    [Test]
    public async Task CreateCustomer_ShortButValidEmail_IsAccepted()
    {
        var reply = await SendAsync(HttpMethod.Post, "customers", """{"email":"a@b.co"}""");

        Assert.That(reply.Status, Is.EqualTo(200), reply.Text);
    }

    [Test]
    public async Task CreateCustomer_DuplicateJsonKey_Returns400NotALastWinsCustomer()
    {
        var reply = await SendAsync(HttpMethod.Post, "customers", """{"email":"a@example.com","email":"b@example.com"}""");

        Assert.That(reply.Status, Is.EqualTo(400), reply.Text);
        Assert.That(reply.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("WRONG_PARAMETER"));
        Assert.That(_fake.ContactCount(), Is.Zero);
    }
}
