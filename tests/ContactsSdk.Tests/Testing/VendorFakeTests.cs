using System.Net;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Testing;

/// <summary>
/// The shared skeleton, proved the same on every fake: auth, quota on the fake's clock, reset, unknown endpoints, the
/// override hook, seeding from a draft and delays on the fake's clock.
/// </summary>
[TestFixtureSource(typeof(SkeletonVendor), nameof(SkeletonVendor.All))]
public sealed class VendorFakeTests(SkeletonVendor vendor) : FakeFixture
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private VendorFake _fake = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void StartFake()
    {
        var fake = vendor.Start(_clock, null);
        (_fake, _http) = Serve(fake, new Uri(fake.BaseAddress.GetLeftPart(UriPartial.Authority)));
    }

    [TestCase(null)]
    [TestCase("not-a-registered-credential")]
    public async Task Request_MissingOrUnknownCredential_AnswersTheVendorsAuthError(string? credential)
    {
        var (status, body, _) = await SendAsync(HttpMethod.Get, vendor.ListPath, credential);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(vendor.AuthStatus));
            Assert.That(body, Does.Contain(vendor.AuthCode));
        }
    }

    [Test]
    public async Task Request_DefaultCredential_IsAcceptedWithoutRateLimitByDefault()
    {
        var statuses = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await SendAsync(HttpMethod.Get, vendor.ListPath)).Status);
        }

        Assert.That(statuses, Is.All.EqualTo(200), "no fake limits requests unless configured");
    }

    [Test]
    public async Task EnabledQuota_Exceeded_Answers429WithRetryAfterOnTheFakeClock()
    {
        using var limited = vendor.Start(_clock, 2);
        using var http = new HttpClient { BaseAddress = new Uri(limited.BaseAddress.GetLeftPart(UriPartial.Authority)) };

        var first = await SendAsync(HttpMethod.Get, vendor.ListPath, vendor.DefaultCredential, http);
        await SendAsync(HttpMethod.Get, vendor.ListPath, vendor.DefaultCredential, http);
        var rejected = await SendAsync(HttpMethod.Get, vendor.ListPath, vendor.DefaultCredential, http);
        _clock.Advance(TimeSpan.FromSeconds(45));
        var later = await SendAsync(HttpMethod.Get, vendor.ListPath, vendor.DefaultCredential, http);
        _clock.Advance(TimeSpan.FromSeconds(15));
        var afterWindow = await SendAsync(HttpMethod.Get, vendor.ListPath, vendor.DefaultCredential, http);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Status, Is.EqualTo(200));
            Assert.That(rejected.Status, Is.EqualTo(429));
            Assert.That(rejected.Body, Does.Contain(vendor.QuotaCode));
            Assert.That(rejected.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(later.Status, Is.EqualTo(429));
            Assert.That(later.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(15)), "the window slides on the fake's clock");
            Assert.That(afterWindow.Status, Is.EqualTo(200));
        }
    }

    [Test]
    public async Task Request_UnknownEndpoint_Answers501NamingIt()
    {
        var (status, body, _) = await SendAsync(HttpMethod.Get, "/not/an/endpoint");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(501));
            Assert.That(body, Does.Contain("does not emulate GET /not/an/endpoint"));
            Assert.That(body, Does.Contain(vendor.NotEmulatedCode ?? "does not emulate"));
        }
    }

    [Test]
    public async Task Override_UnknownEndpoint_AnswersAndIsJournaled()
    {
        _fake.Override("GET", "/extras/{id}", request => FakeEndpointResponse.Json(200, $$"""{"id":"{{request.RouteValues["id"]}}"}"""));

        var (status, body, _) = await SendAsync(HttpMethod.Get, "/extras/42");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(body, Is.EqualTo("""{"id":"42"}"""));
            Assert.That(_fake.Journal.Single().Path, Is.EqualTo("/extras/42"));
            Assert.That(_fake.Journal.Single().StatusCode, Is.EqualTo(200));
        }
    }

    [Test]
    public async Task Override_BuiltInRoute_WinsAndStillRequiresTheCredential()
    {
        _fake.Override("GET", vendor.ListPath, _ => FakeEndpointResponse.Text(200, "overridden", "text/plain"));

        var authorized = await SendAsync(HttpMethod.Get, vendor.ListPath);
        var anonymous = await SendAsync(HttpMethod.Get, vendor.ListPath, credential: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(authorized.Body, Is.EqualTo("overridden"));
            Assert.That(anonymous.Status, Is.EqualTo(vendor.AuthStatus));
            Assert.That(_fake.Journal.Select(r => r.StatusCode), Is.EqualTo(new[] { 200, vendor.AuthStatus }));
        }
    }

    [Test]
    public async Task Override_WithoutCredential_AnswersAnonymousRequests()
    {
        _fake.Override("POST", "/webhooks", _ => FakeEndpointResponse.Empty(204), requireCredential: false);

        var (status, _, _) = await SendAsync(HttpMethod.Post, "/webhooks", credential: null);

        Assert.That(status, Is.EqualTo(204));
    }

    [Test]
    public async Task Override_HandlerThrowsFakeApiException_AnswersTheVendorsErrorBody()
    {
        _fake.Override("GET", "/extras", _ => throw new FakeApiException(409, "Already taken", "TAKEN_BY_TEST"));

        var (status, body, _) = await SendAsync(HttpMethod.Get, "/extras");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(409));
            Assert.That(body, Does.Contain("Already taken"));
            Assert.That(body, Does.Contain("TAKEN_BY_TEST"));
        }
    }

    [Test]
    public void Override_BadArguments_ThrowBeforeAnyChange()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => _fake.Override(" ", "/x", _ => FakeEndpointResponse.Empty(204)), Throws.ArgumentException.With.Property("ParamName").EqualTo("method"));
            Assert.That(() => _fake.Override("GET", "x", _ => FakeEndpointResponse.Empty(204)), Throws.ArgumentException.With.Property("ParamName").EqualTo("pathTemplate"));
            Assert.That(() => _fake.Override("GET", "/x", null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("handler"));
        }
    }

    [Test]
    public async Task Seed_Draft_IsReadableOverHttpWithoutAJournalEntry()
    {
        var id = _fake.Seed(new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Lovelace"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")],
        });

        var (status, body, _) = await SendAsync(HttpMethod.Get, vendor.GetPath(id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(vendor.ContactCount(_fake), Is.EqualTo(1));
            Assert.That(status, Is.EqualTo(200));
            Assert.That(body, Does.Contain("ada@example.com"));
            Assert.That(_fake.Journal.Where(r => r.Path != vendor.GetPath(id)), Is.Empty);
        }
    }

    [Test]
    public void Seed_WhatTheVendorCannotKeep_ThrowsArgumentExceptionNamingTheDraft()
    {
        // AgentClara keeps one email; Wix has no extended field "tier" until one is created; Ecwid has no tags.
        var draft = vendor.Vendor switch
        {
            ContactsVendor.AgentClara => new ContactDraft
            {
                Name = PersonName.FromFull("Ada"),
                Channels = [new ContactChannel(ChannelKind.Email, "a@example.com"), new ContactChannel(ChannelKind.Email, "b@example.com")],
            },
            ContactsVendor.Wix => new ContactDraft
            {
                Name = PersonName.FromFull("Ada"),
                CustomFields = new Dictionary<string, System.Text.Json.JsonElement> { ["tier"] = System.Text.Json.JsonDocument.Parse("\"gold\"").RootElement },
            },
            _ => new ContactDraft { Name = PersonName.FromFull("Ada"), Channels = [new ContactChannel(ChannelKind.Email, "a@example.com")], Tags = ["vip"] },
        };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => _fake.Seed(draft), Throws.ArgumentException.With.Property("ParamName").EqualTo("draft"));
            Assert.That(vendor.ContactCount(_fake), Is.Zero, "nothing is stored when the seed is refused");
        }
    }

    [Test]
    public void Seed_NullDraft_ThrowsArgumentNull()
        => Assert.That(() => _fake.Seed(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("draft"));

    [Test]
    public async Task Reset_AfterChanges_RestoresTheDocumentedStartingState()
    {
        _fake.Seed(new ContactDraft { Name = PersonName.FromFull("Ada"), Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")] });
        vendor.AddCredential(_fake, "extra-credential-for-reset");
        _fake.Override("GET", "/extras", _ => FakeEndpointResponse.Empty(204));
        _fake.FailNext(5, 503);

        _fake.Reset();
        var journalAfterReset = _fake.Journal.Count;
        var extra = await SendAsync(HttpMethod.Get, vendor.ListPath, "extra-credential-for-reset");
        var overridden = await SendAsync(HttpMethod.Get, "/extras");
        var list = await SendAsync(HttpMethod.Get, vendor.ListPath);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(vendor.ContactCount(_fake), Is.Zero);
            Assert.That(journalAfterReset, Is.Zero);
            Assert.That(extra.Status, Is.EqualTo(vendor.AuthStatus), "only the default credential survives");
            Assert.That(overridden.Status, Is.EqualTo(501), "overrides are removed");
            Assert.That(list.Status, Is.EqualTo(200), "injected faults are forgotten");
        }
    }

    [Test]
    public async Task DelayNext_RunsOnTheFakeClock()
    {
        _fake.DelayNext(1, TimeSpan.FromMinutes(5));

        var delayed = SendAsync(HttpMethod.Get, vendor.ListPath);
        var pendingBeforeAdvance = await Task.WhenAny(delayed, Task.Delay(50)) != delayed;
        // Keep advancing until it answers: on a loaded machine the request may reach the fake's timer after a first advance.
        await _clock.DriveUntilAsync(delayed, TimeSpan.FromMinutes(5));
        var (status, _, _) = await delayed;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pendingBeforeAdvance, Is.True);
            Assert.That(status, Is.EqualTo(200));
        }
    }

    private Task<(int Status, string Body, System.Net.Http.Headers.HttpResponseHeaders Headers)> SendAsync(HttpMethod method, string path)
        => SendAsync(method, path, vendor.DefaultCredential);

    private async Task<(int Status, string Body, System.Net.Http.Headers.HttpResponseHeaders Headers)> SendAsync(
        HttpMethod method, string path, string? credential, HttpClient? http = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (credential is not null)
        {
            foreach (var (name, value) in vendor.Credentials(credential))
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await (http ?? _http).SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers);
    }
}
