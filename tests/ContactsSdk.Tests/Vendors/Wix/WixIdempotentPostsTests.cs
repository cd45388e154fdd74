using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using ContactsSdk.Vendors.Wix;
using Refit;

namespace ContactsSdk.Tests.Vendors.Wix;

/// <summary>
/// Which Wix POSTs the resilience pipeline may retry. The rule is declared on each Refit method (<c>[IdempotentPost]</c>)
/// and read from the method name Refit's generated code stores in the request's options, so these tests send real
/// requests through the generated client and ask the pipeline's own predicate about each.
/// </summary>
public sealed class WixIdempotentPostsTests
{
    private static readonly Dictionary<string, Func<IWixApi, Task>> Posts = new()
    {
        [nameof(IWixApi.QueryContactsAsync)] = api => api.QueryContactsAsync([], default),
        [nameof(IWixApi.QueryRawContactsAsync)] = api => api.QueryRawContactsAsync([], default),
        [nameof(IWixApi.QueryLabelsAsync)] = api => api.QueryLabelsAsync([], default),
        [nameof(IWixApi.QueryFieldsAsync)] = api => api.QueryFieldsAsync([], default),
        [nameof(IWixApi.FindOrCreateLabelAsync)] = api => api.FindOrCreateLabelAsync([], default),
        [nameof(IWixApi.FindOrCreateFieldAsync)] = api => api.FindOrCreateFieldAsync([], default),
        [nameof(IWixApi.LabelContactAsync)] = api => api.LabelContactAsync("0b1c", [], default),
        [nameof(IWixApi.PreviewMergeContactsAsync)] = api => api.PreviewMergeContactsAsync("0b1c", [], default),
        [nameof(IWixApi.CreateContactAsync)] = api => api.CreateContactAsync([], default),
        [nameof(IWixApi.MergeContactsAsync)] = api => api.MergeContactsAsync("0b1c", [], default),
        [nameof(IWixApi.BulkDeleteContactsAsync)] = api => api.BulkDeleteContactsAsync([], default),
        [nameof(IWixApi.BulkUpdateContactsAsync)] = api => api.BulkUpdateContactsAsync([], default),
        [nameof(IWixApi.BulkLabelContactsAsync)] = api => api.BulkLabelContactsAsync([], default),
    };

    [TestCase(nameof(IWixApi.QueryContactsAsync), true)]
    [TestCase(nameof(IWixApi.QueryRawContactsAsync), true)]
    [TestCase(nameof(IWixApi.QueryLabelsAsync), true)]
    [TestCase(nameof(IWixApi.QueryFieldsAsync), true)]
    [TestCase(nameof(IWixApi.FindOrCreateLabelAsync), true)]
    [TestCase(nameof(IWixApi.FindOrCreateFieldAsync), true)]
    [TestCase(nameof(IWixApi.LabelContactAsync), true)]
    [TestCase(nameof(IWixApi.PreviewMergeContactsAsync), true)]
    [TestCase(nameof(IWixApi.CreateContactAsync), false)]
    [TestCase(nameof(IWixApi.MergeContactsAsync), false)]
    [TestCase(nameof(IWixApi.BulkDeleteContactsAsync), false)]
    [TestCase(nameof(IWixApi.BulkUpdateContactsAsync), false)]
    [TestCase(nameof(IWixApi.BulkLabelContactsAsync), false)]
    public async Task IsIdempotentPost_RequestFromTheGeneratedClient_OnlyReadsAndIdempotentFindOrCreate(string method, bool safe)
    {
        var request = await SendAsync(Posts[method]);

        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(new WixOptions().IsIdempotentPost(request), Is.EqualTo(safe));
    }

    [Test]
    public void Cases_CoverEveryPostOfTheApi()
    {
        var posts = typeof(IWixApi).GetMethods().Where(method => method.GetCustomAttribute<PostAttribute>() is not null).Select(method => method.Name);

        Assert.That(Posts.Keys, Is.EquivalentTo(posts), "a new POST must say here whether it may be retried");
    }

    [Test]
    public async Task IsIdempotentPost_TokenRequest_IsSafeToRetry()
    {
        var options = new WixOptions { AppId = "app", AppSecret = "secret", InstanceId = "instance" };
        bool? safe = null;
        var (token, failure) = await new WixTokenSource(TimeProvider.System).GetAsync(options, (request, _) =>
        {
            safe = options.IsIdempotentPost(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }, CancellationToken.None);
        failure?.Dispose();

        Assert.That(token, Is.Null);
        Assert.That(safe, Is.True, "a token request only issues a token");
    }

    [Test]
    public void IsIdempotentPost_SameUrlBuiltByHand_IsNotRetried()
    {
        // The rule belongs to the Refit method, not to a URL: a hand-made POST to a query route carries no declaration.
        var request = new HttpRequestMessage(HttpMethod.Post, "https://www.wixapis.com/contacts/v4/contacts/query") { Content = JsonContent(new JsonObject()) };

        Assert.That(new WixOptions().IsIdempotentPost(request), Is.False);
    }

    private static StringContent JsonContent(JsonObject body) => new(body.ToJsonString());

    private static async Task<HttpRequestMessage> SendAsync(Func<IWixApi, Task> call)
    {
        var recorder = new Recorder();
        using var http = new HttpClient(recorder) { BaseAddress = new Uri("https://www.wixapis.com/") };
        await call(RestService.ForGenerated<IWixApi>(http, WixJsonContext.Default));
        return recorder.Last!;
    }

    private sealed class Recorder : HttpMessageHandler
    {
        public HttpRequestMessage? Last { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Last = request;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request });
        }
    }
}
