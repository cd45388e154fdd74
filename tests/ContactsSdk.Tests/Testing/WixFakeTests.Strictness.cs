using System.Text.Json;
using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Testing;

/// <summary>WixFake refuses what Wix refuses, so a test that passes here does not fail in production.</summary>
public sealed partial class WixFakeTests
{
    [TestCase("not-an-email")]
    [TestCase("a@")]
    [TestCase("a@b")]
    [TestCase("a b@c.co")]
    public async Task CreateContact_InvalidEmail_Returns400InvalidArgument(string email)
    {
        var body = Info("emails", "email", email);

        Assert.That(await Code(HttpMethod.Post, Contacts, body), Is.EqualTo((400, "INVALID_ARGUMENT")));
        Assert.That(_fake.ContactCount(), Is.Zero);
    }

    [TestCase("abc")]
    [TestCase("+")]
    [TestCase("555-CALL-NOW")]
    public async Task CreateContact_PhoneWithoutDigitsOrWithLetters_Returns400_AssumptionWixFakeDefaultsPhonePattern(string phone)
    {
        var body = Info("phones", "phone", phone);

        Assert.That(await Code(HttpMethod.Post, Contacts, body), Is.EqualTo((400, "INVALID_ARGUMENT")));
    }

    [TestCase("+1 (646) 567-6359")]
    [TestCase("097495550")]
    [TestCase("06.46.56.76.35")]
    public async Task CreateContact_FormattedPhone_IsAccepted(string phone)
    {
        var id = await CreateAsync(Info("phones", "phone", phone));

        Assert.That(id, Is.Not.Empty);
    }

    [Test]
    public async Task Auth_OAuthTokenWithBearer_IsAccepted_UnconfirmedSection10_7()
    {
        var (_, token) = await Send(HttpMethod.Post, "oauth2/token",
            $$"""{"grant_type":"client_credentials","client_id":"{{WixFake.DefaultAppId}}","client_secret":"{{WixFake.DefaultAppSecret}}","instance_id":"{{WixFake.DefaultInstanceId}}"}""",
            ("Authorization", null));
        var accessToken = token!["access_token"]!.GetValue<string>();

        var (status, _) = await Send(HttpMethod.Get, "contacts/v4/labels", null, ("Authorization", "Bearer " + accessToken), ("wix-site-id", null));

        Assert.That(status, Is.EqualTo(200), "WixFakeDefaults.AcceptsBearerAccessToken: only API keys must go without a scheme");
    }

    [Test]
    public async Task CreateContact_DuplicateJsonKey_Returns400()
    {
        var (status, _) = await Send(HttpMethod.Post, Contacts, """{"info":{"name":{"first":"A"}},"info":{"name":{"first":"B"}}}""");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(_fake.ContactCount(), Is.Zero);
    }

    private static string Info(string list, string name, string value)
        => new System.Text.Json.Nodes.JsonObject
        {
            ["info"] = new System.Text.Json.Nodes.JsonObject
            {
                [list] = new System.Text.Json.Nodes.JsonObject { ["items"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { [name] = value }) },
            },
        }.ToJsonString();
}
