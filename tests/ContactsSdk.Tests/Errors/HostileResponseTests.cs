using System.Diagnostics;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactsSdk.Tests.Errors;

/// <summary>
/// Answers a real vendor would never give, from a scripted loopback server: bodies that trickle or never end, redirects,
/// huge or personal error texts, duplicated keys. Each must end in the exception family, quickly and in bounded memory.
/// Timeouts are set short so the wall-clock probes stay under a second or two.
/// </summary>
[NonParallelizable]
public sealed class HostileResponseTests
{
    private const string ContactPath = "/contacts/" + PublicClientMethods.AgentClaraId;
    private const string ValidContact = """{"success":true,"data":{"id":"cust_x1","name":"Ada Lovelace","email":"ada@example.com"}}""";

    private ScriptedServer _server = null!;

    [SetUp]
    public void StartServer() => _server = new ScriptedServer();

    [TearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [Test]
    public async Task GetAsync_BodyTricklesPastAttemptTimeout_ThrowsContactsTimeoutWithinTheTotalTimeout()
    {
        _server.Script = _ => new ScriptedAnswer(200, ValidContact) { Trickle = TimeSpan.FromMilliseconds(50) };
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress, r =>
        {
            r.MaxRetryAttempts = 2;
            r.RetryBaseDelay = TimeSpan.Zero;
            r.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            r.TotalTimeout = TimeSpan.FromMilliseconds(700);
        });
        var watch = Stopwatch.StartNew();

        await Assert.ThatAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId), Throws.InstanceOf<ContactsTimeoutException>());

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)), "the body (about 4 s of trickle) is read inside the timeouts");
        Assert.That(_server.Requests, Has.Count.InRange(1, 3), "the attempt timeout cut each attempt; the total timeout ended the retries");
    }

    [Test]
    public async Task GetAsync_CallerCancelsWhileBodyTrickles_ThrowsOperationCanceled()
    {
        _server.Script = _ => new ScriptedAnswer(200, ValidContact) { Trickle = TimeSpan.FromMilliseconds(50) };
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId, cancellation.Token));

        Assert.That(thrown, Is.InstanceOf<OperationCanceledException>(), thrown?.ToString());
    }

    [Test]
    public async Task ListAsync_DeclaredHugePage_ThrowsContactsExceptionWithoutReadingOrRetrying()
    {
        _server.Script = _ => new ScriptedAnswer(200, """{"success":true,"data":[""") { Filler = 200L * 1024 * 1024 };
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress, r => r.MaxRetryAttempts = 2);
        var watch = Stopwatch.StartNew();

        var thrown = await Calls.CatchAsync(async () =>
        {
            await foreach (var _ in clients.Get(ScriptedClients.Name).ListAsync(new ContactQuery { MaxItems = 1 }))
            {
            }
        });

        Assert.That(thrown, Is.TypeOf<ContactsException>(), thrown?.ToString());
        var refused = (ContactsException)thrown!;
        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Does.Contain("MaxResponseBodySize"));
            Assert.That(refused.IsTransient, Is.False);
            Assert.That(refused.StatusCode, Is.EqualTo(200));
            Assert.That(_server.Requests, Has.Count.EqualTo(1), "a body that is too large is not retried");
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        });
    }

    [Test]
    public async Task ListAsync_EndlessUndeclaredBody_StopsAtTheCapInBoundedMemory()
    {
        _server.Script = _ => new ScriptedAnswer(200, """{"success":true,"data":[""") { Filler = 200L * 1024 * 1024, DeclareLength = false };
        await using var clients = ScriptedClients.Build(
            ContactsVendor.AgentClara, _server.BaseAddress, configure: options => options.MaxResponseBodySize = 1024 * 1024);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var thrown = await Calls.CatchAsync(async () =>
        {
            await foreach (var _ in clients.Get(ScriptedClients.Name).ListAsync(new ContactQuery { MaxItems = 1 }))
            {
            }
        });

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.That(thrown, Is.TypeOf<ContactsException>(), thrown?.ToString());
        Assert.That(allocated, Is.LessThan(32L * 1024 * 1024), "memory follows the 1 MiB cap, not the 200 MB body");
    }

    [Test]
    public async Task GetAsync_HugeErrorBody_KeepsTheStatusAndCapsMessageAndRawBody()
    {
        var text = new string('x', 50 * 1024 * 1024);
        _server.Script = _ => new ScriptedAnswer(500, $$"""{"success":false,"error":"{{text}}","code":"internal"}""");
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId));

        Assert.That(thrown, Is.InstanceOf<ContactsUnavailableException>(), thrown?.ToString());
        var failure = (ContactsException)thrown!;
        Assert.Multiple(() =>
        {
            Assert.That(failure.StatusCode, Is.EqualTo(500));
            Assert.That(failure.Message, Has.Length.LessThan(1024));
            Assert.That(failure.RawBody, Has.Length.LessThanOrEqualTo(ContactsException.MaxRawBodyLength));
        });
    }

    [Test]
    public async Task CreateAsync_VendorErrorEchoesContactData_MessageKeepsNoneOfIt()
    {
        _server.Script = _ => ScriptedAnswer.Json(
            """{"success":false,"error":"Contact 'Ada Lovelace' with email ada@example.com and phone +1 555 123 4567 is invalid","code":"invalid_request","param":"email"}""",
            400);
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).CreateAsync(PublicClientMethods.DraftFor(ContactsVendor.AgentClara)));

        Assert.That(thrown, Is.InstanceOf<ContactValidationException>(), thrown?.ToString());
        Assert.That(thrown!.Message, Does.Not.Contain("ada@example.com").And.Not.Contain("555 123 4567").And.Not.Contain("Ada Lovelace"));
        Assert.That(thrown.Message, Does.Contain("invalid_request"), "the vendor's code stays");
    }

    [Test]
    public async Task CreateAsync_AnswerRedirectsToAnotherOrigin_ThrowsAndSendsNothingThere()
    {
        await using var elsewhere = new ScriptedServer(_ => ScriptedAnswer.Json(ValidContact));
        _server.Script = request => new ScriptedAnswer(307)
        {
            Headers = new Dictionary<string, string> { ["Location"] = new Uri(elsewhere.BaseAddress, request.Path).ToString() },
        };
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).CreateAsync(PublicClientMethods.DraftFor(ContactsVendor.AgentClara)));

        Assert.That(thrown, Is.InstanceOf<ContactsException>(), thrown?.ToString());
        Assert.That(((ContactsException)thrown!).StatusCode, Is.EqualTo(307));
        Assert.That(elsewhere.Requests, Is.Empty, "the contact was not re-sent to the other origin");
    }

    [Test]
    public async Task WixOAuth_TokenRequestRedirected_ThrowsAndNeverSendsTheSecretOrUsesAForeignToken()
    {
        await using var elsewhere = new ScriptedServer(_ => ScriptedAnswer.Json("""{"access_token":"foreign-token","expires_in":3600}"""));
        _server.Script = request => request.PathOnly == "/oauth2/token"
            ? new ScriptedAnswer(307) { Headers = new Dictionary<string, string> { ["Location"] = new Uri(elsewhere.BaseAddress, "oauth2/token").ToString() } }
            : ScriptedAnswer.Json("{}");
        await using var clients = WixOAuthClients();

        var thrown = await Calls.CatchAsync(() => clients.Get<IWixContactsClient>("oauth").GetAsync(PublicClientMethods.WixId));

        Assert.That(thrown, Is.InstanceOf<ContactsException>(), thrown?.ToString());
        Assert.That(elsewhere.Requests, Is.Empty, "client_secret stays with the configured origin");
        Assert.That(_server.Requests.Select(r => r.PathOnly), Is.EqualTo(new[] { "/oauth2/token" }), "no contacts call was made with any token");
    }

    [TestCase("{}")]
    [TestCase("null")]
    [TestCase("""{"access_token":null,"expires_in":3600}""")]
    [TestCase("""{"access_token":"","expires_in":3600}""")]
    [TestCase("""{"access_token":"t1","access_token":"t2","expires_in":3600}""")]
    [TestCase("""{"access_token":5}""")]
    public async Task WixOAuth_MalformedTokenAnswer_ThrowsContactsExceptionAndMakesNoContactsCall(string tokenAnswer)
    {
        _server.Script = request => request.PathOnly == "/oauth2/token" ? ScriptedAnswer.Json(tokenAnswer) : ScriptedAnswer.Json("{}");
        await using var clients = WixOAuthClients();

        var thrown = await Calls.CatchAsync(() => clients.Get<IWixContactsClient>("oauth").GetAsync(PublicClientMethods.WixId));

        Assert.That(thrown, Is.InstanceOf<ContactsException>(), thrown?.ToString());
        Assert.That(_server.Requests.Select(r => r.PathOnly), Is.EqualTo(new[] { "/oauth2/token" }));
    }

    [Test]
    public async Task AppPrimaryHandlerThatFollowsRedirects_IsConfiguredNotToFollowThem()
    {
        await using var elsewhere = new ScriptedServer(_ => ScriptedAnswer.Json(ValidContact));
        _server.Script = request => new ScriptedAnswer(302)
        {
            Headers = new Dictionary<string, string> { ["Location"] = new Uri(elsewhere.BaseAddress, request.Path).ToString() },
        };
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = true }));
        services.AddContactsSdk().AddAgentClara("clara", o =>
        {
            (o.ApiKey, o.BaseAddress) = ("sk_test_redirects_0001", _server.BaseAddress);
            o.Resilience.MaxRetryAttempts = 0;
        });
        await using var provider = services.BuildServiceProvider();

        var thrown = await Calls.CatchAsync(() => provider.GetRequiredKeyedService<IContactsClient>("clara").GetAsync(PublicClientMethods.AgentClaraId));

        Assert.That(thrown, Is.InstanceOf<ContactsException>(), thrown?.ToString());
        Assert.That(elsewhere.Requests, Is.Empty);
    }

    [TestCase("""{"success":true,"data":{"id":"cust_x1","id":"cust_other","name":"Ada"}}""", TestName = "GetAsync_DuplicateId_ThrowsContactsException")]
    [TestCase("""{"success":true,"data":{"id":"cust_x1","name":"Ada","name":"Eve"}}""", TestName = "GetAsync_DuplicateNestedKey_ThrowsContactsException")]
    [TestCase("""{"success":true,"success":true,"data":{"id":"cust_x1"}}""", TestName = "GetAsync_DuplicateEnvelopeKey_ThrowsContactsException")]
    public async Task GetAsync_DuplicateKeys_AreRefused(string body)
    {
        _server.Script = _ => ScriptedAnswer.Json(body);
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId));

        Assert.That(thrown, Is.TypeOf<ContactsException>(), thrown?.ToString());
        Assert.That(((ContactsException)thrown!).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task ListAsync_IncludeRawWithDuplicateKeyInAnItem_ThrowsContactsException()
    {
        _server.Script = _ => ScriptedAnswer.Json("""{"success":true,"data":[{"id":"cust_x1","id":"cust_y2"}]}""");
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);

        var thrown = await Calls.CatchAsync(async () =>
        {
            await foreach (var _ in clients.Get(ScriptedClients.Name).ListAsync(new ContactQuery { IncludeRaw = true }))
            {
            }
        });

        Assert.That(thrown, Is.TypeOf<ContactsException>(), thrown?.ToString());
    }

    [Test]
    public async Task GetAsync_ValidAnswer_StillReadsThroughTheBoundedHandler()
    {
        _server.Script = request => request.PathOnly == ContactPath ? ScriptedAnswer.Json(ValidContact) : new ScriptedAnswer(404);
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress, configure: o => o.MaxResponseBodySize = 1024);

        var contact = await clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId);

        Assert.That(contact.PrimaryEmail, Is.EqualTo("ada@example.com"));
    }

    [TestCase(1024, true, false)]
    [TestCase(1024, false, false)]
    [TestCase(1025, true, true)]
    [TestCase(1025, false, true)]
    public async Task GetAsync_BodyAtAndPastTheCap_ReadsUpToTheLimitExactly(int bodyLength, bool declareLength, bool refused)
    {
        var body = ValidContact + new string(' ', bodyLength - ValidContact.Length);
        _server.Script = _ => new ScriptedAnswer(200, body) { DeclareLength = declareLength };
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress, configure: o => o.MaxResponseBodySize = 1024);

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId));

        Assert.That(thrown, refused ? Is.TypeOf<ContactsException>() : Is.Null, thrown?.ToString());
    }

    [TestCase(0L)]
    [TestCase(1023L)]
    [TestCase(2L * 1024 * 1024 * 1024)]
    public void Build_MaxResponseBodySizeOutOfRange_FailsAtStartupNamingTheOption(long size)
    {
        var thrown = Assert.Throws<OptionsValidationException>(() => ScriptedClients.Build(
            ContactsVendor.Wix, _server.BaseAddress, configure: o => o.MaxResponseBodySize = size));

        Assert.That(thrown!.Message, Does.Contain("MaxResponseBodySize").And.Contain(ScriptedClients.Name));
    }

    // Assumption (Wix answers are protobuf JSON, which drops empty repeated fields): a query answer without "contacts" is
    // an empty page, not a broken one. Its items, when present, must still be whole contacts.
    [Test]
    public async Task WixListAsync_AnswerWithoutContactsList_IsAnEmptyListing()
    {
        _server.Script = _ => ScriptedAnswer.Json("""{"pagingMetadata":{"count":0,"offset":0,"total":0}}""");
        await using var clients = ScriptedClients.Build(ContactsVendor.Wix, _server.BaseAddress);

        var page = await clients.Get(ScriptedClients.Name).ListAsync().AsPages().FirstAsync();

        Assert.That(page.Items, Is.Empty);
    }

    // Assumption: Ecwid numbers customers from 1 (group 0 is "General", customers have no 0), so id 0 is what a missing id reads as.
    [TestCase("""{"id":0,"email":"ada@example.com"}""")]
    [TestCase("""{"id":-5,"email":"ada@example.com"}""")]
    [TestCase("""{"email":"ada@example.com"}""")]
    public async Task EcwidGetAsync_CustomerWithoutAPositiveId_ThrowsContactsException(string customer)
    {
        _server.Script = _ => ScriptedAnswer.Json(customer);
        await using var clients = ScriptedClients.Build(ContactsVendor.Ecwid, _server.BaseAddress);

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.EcwidId));

        Assert.That(thrown, Is.TypeOf<ContactsException>(), thrown?.ToString());
    }

    [Test]
    public async Task Call_OnDisposedClients_ThrowsObjectDisposed()
    {
        _server.Script = _ => ScriptedAnswer.Json(ValidContact);
        var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);
        var client = clients.Get(ScriptedClients.Name);
        await clients.DisposeAsync();

        var thrown = await Calls.CatchAsync(() => client.GetAsync(PublicClientMethods.AgentClaraId));

        Assert.That(thrown, Is.InstanceOf<ObjectDisposedException>(), thrown?.ToString());
        Assert.That(() => clients.Get(ScriptedClients.Name), Throws.InstanceOf<ObjectDisposedException>());
    }

    // Issue 12 item 4 on the Wix token request: an error answer that echoes the secret or trickles stays in the family and
    // the secret never reaches a message.
    [Test]
    public async Task WixOAuth_TokenErrorEchoingTheSecret_MessageNeverCarriesIt()
    {
        _server.Script = request => request.PathOnly == "/oauth2/token"
            ? new ScriptedAnswer(400, """{"error":"invalid_client","error_description":"client_secret app-secret-value is wrong for app-1"}""")
            : ScriptedAnswer.Json("{}");
        await using var clients = WixOAuthClients();

        var thrown = await Calls.CatchAsync(() => clients.Get<IWixContactsClient>("oauth").GetAsync(PublicClientMethods.WixId));

        Assert.That(thrown, Is.InstanceOf<ContactsException>(), thrown?.ToString());
        Assert.That(thrown!.Message, Does.Not.Contain("app-secret-value"));
        Assert.That(((ContactsException)thrown).RawBody ?? string.Empty, Does.Not.Contain("app-secret-value"));
        Assert.That(thrown.ToString(), Does.Not.Contain("app-secret-value"));
    }

    private ContactsClients WixOAuthClients()
        => new ContactsClientBuilder().Configure(sdk => sdk.AddWix("oauth", o =>
        {
            (o.AppId, o.AppSecret, o.InstanceId, o.BaseAddress) = ("app-1", "app-secret-value", "instance-1", _server.BaseAddress);
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.PaceRequests = false;
        })).Build();
}
