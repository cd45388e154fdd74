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

    // One route of each family; {id} is replaced by a real contact, label or field key so only the query is wrong.
    [TestCase("GET", "contacts/v4/contacts", null, "paging.limt")]
    [TestCase("GET", "contacts/v4/contacts", null, "Fieldsets")]
    [TestCase("GET", "contacts/v4/contacts/{contact}", null, "fieldset")]
    [TestCase("PATCH", "contacts/v4/contacts/{contact}", """{"revision":1,"info":{"company":"X"}}""", "allowDuplicates")]
    [TestCase("DELETE", "contacts/v4/contacts/{contact}", null, "force")]
    [TestCase("POST", "contacts/v4/contacts/query", "{}", "paging.limit")]
    [TestCase("POST", "contacts/v4/contacts/{contact}/labels", """{"labelKeys":["custom.a"]}""", "labelKey")]
    [TestCase("DELETE", "contacts/v4/contacts/{contact}/labels", null, "labelKey")]
    [TestCase("POST", "contacts/v4/contacts/{contact}/merge", """{"targetContactRevision":1,"sourceContactIds":[]}""", "dryRun")]
    [TestCase("POST", "contacts/v4/bulk/contacts/delete", """{"filter":{}}""", "confirm")]
    [TestCase("GET", "contacts/v4/labels", null, "labeltype")]
    [TestCase("GET", "contacts/v4/labels/custom.a", null, "fields")]
    [TestCase("DELETE", "contacts/v4/labels/custom.a", null, "labelKey")]
    [TestCase("GET", "contacts/v4/extended-fields", null, "dataType")]
    [TestCase("GET", "contacts/v4/extended-fields/custom.f", null, "language")]
    [TestCase("PATCH", "contacts/v4/extended-fields/custom.f", """{"field":{"displayName":"g"}}""", "displayName")]
    public async Task AnyRoute_UndeclaredQueryParameter_Returns400NamingIt_AssumptionWixFakeDefaultsRefusesUnknownQueryParameters(
        string method, string route, string? body, string parameter)
    {
        var contact = await CreateAsync("""{"info":{"name":{"first":"Strict"}}}""");
        await Send(HttpMethod.Post, "contacts/v4/labels", """{"displayName":"a"}""");
        await Send(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"f"}""");

        var (status, error) = await Send(new HttpMethod(method), $"{route.Replace("{contact}", contact, StringComparison.Ordinal)}?{parameter}=1", body);

        Assert.That(status, Is.EqualTo(400), "WixFakeDefaults.RefusesUnknownQueryParameters");
        var violation = error!["details"]!["validationError"]!["fieldViolations"]![0]!;
        Assert.That(violation["field"]!.GetValue<string>(), Is.EqualTo(parameter));
        Assert.That(error["message"]!.GetValue<string>(), Does.Contain(parameter));
        Assert.That((await Send(HttpMethod.Get, $"contacts/v4/contacts/{contact}")).Body!["contact"]!["revision"]!.GetValue<int>(), Is.EqualTo(1), "a refused request changes nothing");
    }

    [Test]
    public async Task RefusedQuery_OnDelete_KeepsTheContact()
    {
        var contact = await CreateAsync("""{"info":{"name":{"first":"Kept"}}}""");

        Assert.That(await Code(HttpMethod.Delete, $"{Contacts}/{contact}?contactid={contact}", null), Is.EqualTo((400, "INVALID_ARGUMENT")), "names are case-sensitive");
        Assert.That(_fake.ContactCount(), Is.EqualTo(1));
    }

    [Test]
    public async Task DeclaredQueryParameters_AndPathEchoes_AreAccepted()
    {
        var contact = await CreateAsync("""{"info":{"name":{"first":"Echo"}}}""");
        await Send(HttpMethod.Post, "contacts/v4/labels", """{"displayName":"a"}""");
        await Send(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"f"}""");
        await Send(HttpMethod.Post, $"{Contacts}/{contact}/labels", """{"labelKeys":["custom.a"]}""");

        string[] accepted =
        [
            $"GET {Contacts}/{contact}?contactId={contact}&fields=info.name&fieldsets=BASIC&fieldsets=EXTENDED",
            $"GET {Contacts}?sort.fieldName=createdDate&sort.order=DESC&paging.limit=5&paging.offset=0&fields=info.name,info.emails",
            $"GET contacts/v4/labels?labelType=USER_DEFINED&namespace=custom&startsWith=a&sort.fieldName=displayName&sort.order=ASC&paging.limit=5&paging.offset=0&language=en",
            $"GET contacts/v4/labels/custom.a?key=custom.a&language=en",
            $"GET contacts/v4/extended-fields?fieldType=USER_DEFINED&namespace=custom&startsWith=f&sort.fieldName=displayName&sort.order=ASC&paging.limit=5&paging.offset=0",
            $"GET contacts/v4/extended-fields/custom.f?key=custom.f",
            $"DELETE {Contacts}/{contact}/labels?contactId={contact}&labelKeys=custom.a&labelKeys=custom.a",
        ];
        foreach (var line in accepted)
        {
            var (method, path) = (line[..line.IndexOf(' ', StringComparison.Ordinal)], line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var (status, answer) = await Send(new HttpMethod(method), path);
            Assert.That(status, Is.EqualTo(200), $"{line}: {answer?.ToJsonString()}");
        }
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
