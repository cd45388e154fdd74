using System.Net.Http.Headers;
using System.Text;
using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>
/// Issue 12 item 18 on the write paths the issue did not name: what a fake refuses on a create it must refuse on an
/// update too (raw HTTP, as a user's own code or another SDK would send it), or tests pass that production would fail.
/// </summary>
public sealed class FakeStrictnessAdversarialTests
{
    private static readonly string OneMegabyteName = new('a', 1_000_000);

    [TestCase("""{"name":"__BIG__"}""", "application/json", 400)]
    [TestCase("""{"tags":__TAGS__}""", "application/json", 400)]
    [TestCase("""{"custom_fields":{"":"x"}}""", "application/json", 400)]
    [TestCase("""{"name":"Ada\r\nX-Injected: yes"}""", "application/json", 400)]
    [TestCase("""{"name":"Ada","unknown":1}""", "application/json", 400)]
    [TestCase("""{"name":"Ada","name":"Eve"}""", "application/json", 400)]
    [TestCase("""{"name":"Ada"}""", "text/plain", 400)]
    [TestCase("""{"name":"Ada Valid"}""", "application/json", 200)]
    public async Task AgentClara_UpdateContact_RefusesWhatCreateRefuses(string body, string mediaType, int expected)
    {
        using var fake = AgentClaraFake.Start();
        var id = fake.SeedContact("Ada Strict");
        using var http = new HttpClient { BaseAddress = fake.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"contacts/{id}")
        {
            Content = new StringContent(Expand(body), Encoding.UTF8, mediaType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AgentClaraFake.DefaultCredential);

        using var response = await http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
    }

    [TestCase("""{"info":{"emails":{"items":[{"email":"not-an-email"}]}}}""", 400)]
    [TestCase("""{"info":{"phones":{"items":[{"phone":"abc"}]}}}""", 400)]
    [TestCase("""{"info":{"phones":{"items":[{"phone":"+15550001111"}]}}}""", 200)]
    public async Task Wix_UpdateContact_RefusesWhatCreateRefuses(string info, int expected)
    {
        using var fake = WixFake.Start();
        var id = fake.SeedContact("Ada", email: "ada.strict@example.com");
        using var http = new HttpClient { BaseAddress = fake.BaseAddress };
        using var get = new HttpRequestMessage(HttpMethod.Get, $"contacts/v4/contacts/{id}");
        get.Headers.TryAddWithoutValidation("Authorization", WixFake.DefaultCredential);
        get.Headers.TryAddWithoutValidation("wix-site-id", WixFake.DefaultSiteId);
        using var current = await http.SendAsync(get);
        var revision = System.Text.Json.Nodes.JsonNode.Parse(await current.Content.ReadAsStringAsync())!["contact"]!["revision"]!.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"contacts/v4/contacts/{id}")
        {
            Content = new StringContent(info.Insert(1, $"\"revision\":{revision},"), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", WixFake.DefaultCredential);
        request.Headers.TryAddWithoutValidation("wix-site-id", WixFake.DefaultSiteId);

        using var response = await http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
    }

    private static string Expand(string body)
        => body.Replace("__BIG__", OneMegabyteName, StringComparison.Ordinal)
            .Replace("__TAGS__", "[" + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"\"t{i}\"")) + "]", StringComparison.Ordinal);
}
