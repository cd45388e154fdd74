using ContactsSdk.Errors;
using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>Vendor errors: each AgentClara error body maps to its exception with every detail (code, request id, raw body), secrets redacted.</summary>
public sealed partial class AgentClaraContactsClientTests
{
    private static IEnumerable<TestCaseData> InjectedErrors()
    {
        yield return new TestCaseData(400, typeof(ContactValidationException), "invalid_request", "Missing or invalid parameters");
        yield return new TestCaseData(401, typeof(ContactsAuthenticationException), "unauthorized", "Invalid API key");
        yield return new TestCaseData(403, typeof(ContactsAuthenticationException), "forbidden", "Insufficient permissions");
        yield return new TestCaseData(404, typeof(ContactNotFoundException), "not_found", "Resource not found");
        yield return new TestCaseData(429, typeof(ContactsRateLimitedException), "rate_limited", "Rate limit exceeded");
        yield return new TestCaseData(500, typeof(ContactsUnavailableException), "server_error", "Internal server error");
        yield return new TestCaseData(502, typeof(ContactsUnavailableException), "server_error", "Bad gateway");
        yield return new TestCaseData(503, typeof(ContactsUnavailableException), "server_error", "Service unavailable");
    }

    [TestCaseSource(nameof(InjectedErrors))]
    public async Task GetAsync_VendorError_MapsToTheExceptionWithEveryDetail(int status, Type expected, string code, string message)
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.FailNext(1, status);

        var ex = (ContactsException)(await Assert.ThrowsAsync(Is.TypeOf(expected), () => FaultClient.GetAsync(id)))!;

        AssertVendorFailure(ex, status, code, message, "Get", AgentClaraFake.DefaultCredential);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.RequestId, Is.EqualTo(_requestIds.Last), "the request id is the answer's X-Request-Id header");
            Assert.That(ex.IsTransient, Is.EqualTo(status is 429 or >= 500));
            Assert.That(Fake.Journal, Has.Count.EqualTo(1), "retries are off");
        }
    }

    // The client checks everything the fake checks, so a 400 can only be injected (and the injected body names no param;
    // AgentClaraMapperTests covers a body with one).
    [Test]
    public async Task SearchAsync_Vendor400_ThrowsValidationWithoutViolations()
    {
        Fake.FailNext(1, 400);

        var ex = (await Assert.ThrowsAsync<ContactValidationException>(async () => await FaultClient.SearchAsync("ada").ToListAsync()))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Operation, Is.EqualTo("Search"));
            Assert.That(ex.VendorErrorCode, Is.EqualTo("invalid_request"));
            Assert.That(ex.Violations, Is.Empty, "the injected error names no param");
        }
    }

    [Test]
    public async Task GetAsync_RateLimitedWithRetryAfter_ExposesRetryAfter()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.FailNext(1, 429, "GET", "/contacts", TimeSpan.FromSeconds(7));

        var ex = (await Assert.ThrowsAsync<ContactsRateLimitedException>(() => FaultClient.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(ex.StatusCode, Is.EqualTo(429));
            Assert.That(ex.VendorErrorCode, Is.EqualTo("rate_limited"));
            Assert.That(ex.IsTransient, Is.True);
        }
    }

    [Test]
    public async Task GetAsync_FakeRateLimitHit_ThrowsRateLimitedWithRetryAfter()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.EnableRateLimit(perMinute: 1000, perTenSeconds: 1);
        await FaultClient.GetAsync(id);

        var ex = (await Assert.ThrowsAsync<ContactsRateLimitedException>(() => FaultClient.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.RetryAfter, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(ex.Message, Does.Contain("Rate limit exceeded"));
        }
    }

    [Test]
    public async Task CreateAsync_ServerErrorTwice_ThrowsUnavailableAndCreatesNothing()
    {
        // The first 500 is ambiguous: the client looks the contact up, finds none, and creates once more.
        Fake.FailNext(2, 500, "POST", "/contacts");

        var ex = (await Assert.ThrowsAsync<ContactsUnavailableException>(
            () => FaultClient.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") })))!;

        AssertVendorFailure(ex, 500, "server_error", "Internal server error", "Create", AgentClaraFake.DefaultCredential);
        Assert.That(Fake.ContactCount(), Is.Zero);
    }

    [Test]
    public async Task GetAsync_MalformedJson_ThrowsContactsExceptionWithTheRawBody()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.MalformNext(1);

        var ex = (await Assert.ThrowsAsync<ContactsException>(() => Client.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.StatusCode, Is.EqualTo(200));
            Assert.That(ex.Operation, Is.EqualTo("Get"));
            Assert.That(ex.RawBody, Is.EqualTo("""{"success":true,"data":{"id":"cust_"""));
            Assert.That(ex.RequestId, Does.Match("^req_[0-9a-z]{16}$"));
            Assert.That(ex.InnerException, Is.Not.Null);
            Assert.That(ex.ToString(), Does.Not.Contain(AgentClaraFake.DefaultCredential));
        }
    }

    [Test]
    public async Task GetAsync_DroppedConnection_ThrowsUnavailableWithoutStatus()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.DropNext(1);

        var ex = (await Assert.ThrowsAsync<ContactsUnavailableException>(() => FaultClient.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.StatusCode, Is.Null);
            Assert.That(ex.Operation, Is.EqualTo("Get"));
            Assert.That(ex.IsTransient, Is.True);
            Assert.That(ex.InnerException, Is.Not.Null);
            Assert.That(ex.ToString(), Does.Not.Contain(AgentClaraFake.DefaultCredential));
            Assert.That(Fake.Journal.Single().StatusCode, Is.Zero);
        }
    }
}
