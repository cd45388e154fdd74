using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// The retry layer over HTTP, on AgentClara's fake with two retries: transient failures (503, 502, 429, dropped
/// connections) are retried, a 404 is not, and a create is looked up before it is sent again.
/// </summary>
public sealed class RetryTests
{
    private const string UnknownId = "cust_doesnotexist0";

    private AgentClaraHarness _retrying = null!;

    [OneTimeSetUp]
    public void StartHarness()
        => _retrying = AgentClaraHarness.Start(options =>
        {
            options.Resilience.MaxRetryAttempts = 2;
            options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });

    [OneTimeTearDown]
    public async Task StopHarness() => await _retrying.DisposeAsync();

    [SetUp]
    public void ResetFake() => _retrying.Reset();

    [Test]
    public async Task GetAsync_RetriesOnAfterOne503_SucceedsWithTwoRequests()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(1, 503);

        var contact = await _retrying.Client.GetAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Is.EqualTo(id));
            JournalAssert.Calls(_retrying.Fake.Journal, $"GET /contacts/{id}", $"GET /contacts/{id}");
            Assert.That(_retrying.Fake.Journal.Select(entry => entry.StatusCode), Is.EqualTo(new List<int> { 503, 200 }));
        }
    }

    [Test]
    public async Task GetAsync_RetriesOnAfterADroppedConnection_Succeeds()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.DropNext(1);

        var contact = await _retrying.Client.GetAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Is.EqualTo(id));
            Assert.That(_retrying.Fake.Journal.Select(entry => entry.StatusCode), Is.EqualTo(new List<int> { 0, 200 }));
        }
    }

    [Test]
    public async Task GetAsync_RetriesOnAfter429WithRetryAfterZero_Succeeds()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(1, 429, retryAfter: TimeSpan.Zero);

        await _retrying.Client.GetAsync(id);

        Assert.That(_retrying.Fake.Journal.Select(entry => entry.StatusCode), Is.EqualTo(new List<int> { 429, 200 }));
    }

    [Test]
    public async Task GetAsync_RetriesOnButFailingEveryAttempt_ThrowsAfterThreeRequests()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(3, 503);

        var ex = (await Assert.ThrowsAsync<ContactsUnavailableException>(() => _retrying.Client.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.StatusCode, Is.EqualTo(503));
            Assert.That(_retrying.Fake.Journal, Has.Count.EqualTo(3), "one try and MaxRetryAttempts = 2 retries");
        }
    }

    [Test]
    public async Task GetAsync_RetriesOnAfterA404_DoesNotRetry()
    {
        await Assert.ThrowsAsync<ContactNotFoundException>(() => _retrying.Client.GetAsync(UnknownId));

        Assert.That(_retrying.Fake.Journal, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task UpdateAsync_RetriesOnAfterOne503_RetriesThePatch()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(1, 503, "PATCH");

        var contact = await _retrying.Client.UpdateAsync(id, new ContactPatch { Name = PersonName.FromFull("Ada King") });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Name.Full, Is.EqualTo("Ada King"));
            JournalAssert.Calls(_retrying.Fake.Journal, $"PATCH /contacts/{id}", $"PATCH /contacts/{id}");
            Assert.That(_retrying.Fake.Journal.Select(entry => entry.Body), Is.All.EqualTo("""{"name":"Ada King"}"""));
        }
    }

    [Test]
    public async Task DeleteAsync_RetriesOnAfterOne502_RetriesTheDelete()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(1, 502, "DELETE");

        await _retrying.Client.DeleteAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_retrying.Fake.ContactCount(), Is.Zero);
            Assert.That(_retrying.Fake.Journal.Select(entry => entry.StatusCode), Is.EqualTo(new List<int> { 502, 200 }));
        }
    }

    [Test]
    public async Task CreateAsync_RetriesOnAfterOne503_LooksUpBeforeCreatingAgain()
    {
        _retrying.Fake.FailNext(1, 503, "POST");

        var created = await _retrying.Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") });

        using (Assert.EnterMultipleScope())
        {
            JournalAssert.Calls(_retrying.Fake.Journal, "POST /contacts", "GET /contacts", "POST /contacts");
            Assert.That(_retrying.Fake.ContactCount(), Is.EqualTo(1));
            Assert.That(created.Name.Full, Is.EqualTo("Ada"));
            Assert.That(_retrying.Fake.Journal[1].Query, Does.Contain("sort=created"), "a name-only draft is looked up among the newest contacts");
        }
    }

    [Test]
    public async Task CreateAsync_RetriesOnAndAppliedThenFailed_ReturnsTheStoredContactExactlyOnce()
    {
        _retrying.Fake.ApplyThenFailNext(1, 500, "POST");

        var created = await _retrying.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromFull("Ada"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")],
            Tags = ["vip"],
        });

        using (Assert.EnterMultipleScope())
        {
            JournalAssert.Calls(_retrying.Fake.Journal, "POST /contacts", "GET /contacts");
            Assert.That(_retrying.Fake.ContactCount(), Is.EqualTo(1));
            Assert.That(created.PrimaryEmail, Is.EqualTo("ada@example.com"));
            Assert.That(_retrying.Fake.Journal[1].Query, Does.Contain("search=ada%40example.com"));
        }
    }

    [Test]
    public async Task CreateAsync_DroppedConnectionAfterApplying_NoDuplicate()
    {
        _retrying.Fake.ApplyThenFailNext(1, 502, "POST");
        _retrying.Fake.SeedContact("Ada", "ada@example.com", tags: ["other"]);

        var created = await _retrying.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromFull("Ada"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")],
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_retrying.Fake.ContactCount(), Is.EqualTo(2), "the seeded contact differs (tags), so it is not mistaken for ours");
            Assert.That(created.Tags, Is.Empty);
        }
    }
}
