using System.Text;
using System.Text.Json.Nodes;
using ContactsSdk.Testing;
using ContactsSdk.Testing.AgentClara;

namespace ContactsSdk.Tests.Testing;

/// <summary>AgentClaraFake refuses what a strict AgentClara would, each limit the spec leaves open named by its constant.</summary>
public sealed partial class AgentClaraFakeTests
{
    [TestCase("""{"name":"Ada","unknown":1}""", "unknown")]
    [TestCase("""{"name":"Ada","custom_field":{"a":1}}""", "custom_field")]
    public async Task CreateContact_UnknownBodyField_Returns400NamingIt_AssumptionRejectUnknownBodyFields(string body, string field)
    {
        var reply = await SendAsync(HttpMethod.Post, "contacts", body);

        Assert.That(reply.Status, Is.EqualTo(400));
        Assert.That((reply.Json["code"]!.GetValue<string>(), reply.Json["param"]!.GetValue<string>()), Is.EqualTo(("invalid_request", field)));
    }

    [Test]
    public async Task UpdateContact_UnknownBodyField_Returns400AndChangesNothing()
    {
        var id = (await SendAsync(HttpMethod.Post, "contacts", """{"name":"Ada"}""")).Data["id"]!.GetValue<string>();

        var reply = await SendAsync(HttpMethod.Patch, $"contacts/{id}", """{"name":"Grace","nickname":"G"}""");
        var after = await SendAsync(HttpMethod.Get, $"contacts/{id}");

        Assert.That(reply.Status, Is.EqualTo(400));
        Assert.That(after.Data["name"]!.GetValue<string>(), Is.EqualTo("Ada"));
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase(null)]
    public async Task CreateContact_NonJsonContentType_Returns400_AssumptionBodyMediaType(string? mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "contacts")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"name":"Ada"}""")),
        };
        if (mediaType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        }

        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {AgentClaraFake.DefaultCredential}");
        using var response = await _http.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(json["code"]!.GetValue<string>(), Is.EqualTo("invalid_request"));
        Assert.That(_fake.Journal.Count, Is.EqualTo(1));
        Assert.That((await SendAsync(HttpMethod.Get, "contacts")).Data.AsArray(), Is.Empty);
    }

    [TestCase("Ada\u0000Lovelace")]
    [TestCase("Ada\r\nX-Injected: yes")]
    [TestCase("Ada\u007f")]
    public async Task CreateAndUpdateContact_ControlCharacterInName_Returns400(string name)
    {
        var body = new JsonObject { ["name"] = name }.ToJsonString();
        var id = (await SendAsync(HttpMethod.Post, "contacts", """{"name":"Ada"}""")).Data["id"]!.GetValue<string>();

        var created = await SendAsync(HttpMethod.Post, "contacts", body);
        var updated = await SendAsync(HttpMethod.Patch, $"contacts/{id}", body);
        var tagged = await SendAsync(HttpMethod.Patch, $"contacts/{id}", new JsonObject { ["tags"] = new JsonArray(name) }.ToJsonString());

        Assert.That((created.Status, updated.Status, tagged.Status), Is.EqualTo((400, 400, 400)));
        Assert.That(created.Json["param"]!.GetValue<string>(), Is.EqualTo("name"));
        Assert.That(tagged.Json["param"]!.GetValue<string>(), Is.EqualTo("tags"));
    }

    [Test]
    public async Task CreateContact_NameLongerThanMaxNameLength255_Returns400_NameOfExactlyMaxIsAccepted()
    {
        var tooLong = await SendAsync(HttpMethod.Post, "contacts", new JsonObject { ["name"] = new string('a', 256) }.ToJsonString());
        var megabyte = await SendAsync(HttpMethod.Post, "contacts", new JsonObject { ["name"] = new string('a', 1 << 20) }.ToJsonString());
        var longest = await SendAsync(HttpMethod.Post, "contacts", new JsonObject { ["name"] = new string('a', 255) }.ToJsonString());

        Assert.That((tooLong.Status, megabyte.Status, longest.Status), Is.EqualTo((400, 400, 201)));
    }

    [Test]
    public async Task CreateContact_MoreThanMaxTags_Returns400_ExactlyMaxIsAccepted()
    {
        static string Body(int count) => new JsonObject
        {
            ["name"] = "Ada",
            ["tags"] = new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode?)$"tag{i}")]),
        }.ToJsonString();

        var tooMany = await SendAsync(HttpMethod.Post, "contacts", Body(AgentClaraFakeLimits.MaxTags + 1));
        var tenThousand = await SendAsync(HttpMethod.Post, "contacts", Body(10_000));
        var most = await SendAsync(HttpMethod.Post, "contacts", Body(AgentClaraFakeLimits.MaxTags));

        Assert.That((tooMany.Status, tenThousand.Status, most.Status), Is.EqualTo((400, 400, 201)));
        Assert.That(tooMany.Json["param"]!.GetValue<string>(), Is.EqualTo("tags"));
    }

    [Test]
    public async Task CreateContact_TagLongerThanMaxTagLength100_Returns400()
    {
        var reply = await SendAsync(HttpMethod.Post, "contacts", new JsonObject { ["name"] = "Ada", ["tags"] = new JsonArray(new string('t', 101)) }.ToJsonString());

        Assert.That((reply.Status, reply.Json["param"]!.GetValue<string>()), Is.EqualTo((400, "tags")));
    }

    [TestCase("""{"name":"Ada","custom_fields":{"":"x"}}""")]
    [TestCase("""{"name":"Ada","custom_fields":{"  ":"x"}}""")]
    public async Task CreateContact_BlankCustomFieldKey_Returns400(string body)
    {
        var reply = await SendAsync(HttpMethod.Post, "contacts", body);

        Assert.That((reply.Status, reply.Json["param"]!.GetValue<string>()), Is.EqualTo((400, "custom_fields")));
    }

    [TestCase("""{"name":"Ada","name":"Grace"}""")]
    [TestCase("""{"name":"Ada","custom_fields":{"a":1,"a":2}}""")]
    public async Task CreateContact_DuplicateJsonKey_Returns400NotServerError(string body)
    {
        var reply = await SendAsync(HttpMethod.Post, "contacts", body);

        Assert.That(reply.Status, Is.EqualTo(400));
        Assert.That(reply.Json["code"]!.GetValue<string>(), Is.EqualTo("invalid_request"));
        Assert.That((await SendAsync(HttpMethod.Get, "contacts")).Data.AsArray(), Is.Empty);
    }
}
