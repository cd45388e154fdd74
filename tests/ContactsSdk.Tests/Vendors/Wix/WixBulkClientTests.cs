using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Vendors.Wix;

/// <summary>
/// <see cref="IWixContactsClient.Bulk"/> and <see cref="WixBulkOperation"/> over HTTP against <see cref="WixFake"/>, with the
/// fake and the client on one <see cref="FakeTimeProvider"/>: a job reports RUNNING until the fake's clock passes its
/// duration, then COMPLETED with its counts and per-contact errors; waiting polls on the client's clock, never the wall's.
/// </summary>
public sealed class WixBulkClientTests
{
    // Long against the clock driver's 1 s steps, so the first status read cannot already see the job done on a slow machine.
    private static readonly TimeSpan JobDuration = TimeSpan.FromMinutes(2);
    private static readonly WixFilter Bulk = WixFilter.Eq(WixContactFields.FirstName, "Bulk");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private WixHarness _harness = null!;

    private IWixContactsClient Client => _harness.Client;

    [OneTimeSetUp]
    public void StartFake()
        => _harness = WixHarness.Start(fakeOptions: new WixFakeOptions { TimeProvider = _clock, BulkJobDuration = JobDuration }, timeProvider: _clock);

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task DeleteAsync_JobRunsOnTheFakeClock_ThenCompletesWithCountsAndTheMemberItRefused()
    {
        _harness.Fake.SeedContact("Bulk", "One");
        _harness.Fake.SeedContact("Bulk", "Two");
        var member = _harness.Fake.SeedContact("Bulk", "Member", isMember: true);
        _harness.Fake.SeedContact("Other", "Kept");

        var operation = await Client.Bulk.DeleteAsync(Bulk);
        Assert.That((operation.HasCompleted, operation.Job), Is.EqualTo((false, (WixBulkJob?)null)), "nothing is read before the first poll");

        var running = await operation.UpdateStatusAsync();
        Assert.That((running.State, running.IsCompleted, operation.HasCompleted), Is.EqualTo((WixBulkJobState.Running, false, false)));

        _clock.Advance(JobDuration);
        var done = await operation.UpdateStatusAsync();

        Assert.Multiple(() =>
        {
            Assert.That(done.Id, Is.EqualTo(operation.Id));
            Assert.That(done.Type, Is.EqualTo(WixBulkJobType.Delete));
            Assert.That(done.State, Is.EqualTo(WixBulkJobState.Completed));
            Assert.That(operation.HasCompleted, Is.True);
            Assert.That(operation.Job, Is.SameAs(done));
            Assert.That((done.TotalItems, done.SucceededCount, done.FailedCount), Is.EqualTo(((int?)3, 2, 1)));
            Assert.That(done.Errors, Is.EqualTo(new[] { new WixBulkItemError(member, "CANNOT_DELETE_SITE_MEMBERS", "Site members cannot be deleted") }));
            Assert.That(done.StartedAt, Is.EqualTo(_clock.GetUtcNow() - JobDuration));
            Assert.That(done.FinishedAt, Is.EqualTo(_clock.GetUtcNow()));
            Assert.That(_harness.Fake.ContactCount(), Is.EqualTo(2), "the member and the other contact stay");
        });
    }

    [Test]
    public async Task WaitForCompletionAsync_PollsOnTheClientsClock_UntilTheJobCompletes()
    {
        _harness.Fake.SeedContact("Bulk", "One");
        var key = (await Client.Labels.FindOrCreateAsync("Bulk Tag")).Key;
        var started = _clock.GetUtcNow();
        var operation = await Client.Bulk.UpdateLabelsAsync(Bulk, null, [key], []);
        _harness.Fake.ClearJournal();

        var done = await ClockDriver.RunAsync(_clock, () => operation.WaitForCompletionAsync(TimeSpan.FromSeconds(30)));

        var polls = _harness.Fake.Journal.Count(request => request.Method == "GET" && request.Path == $"/contacts/v4/bulk/jobs/{operation.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(done.IsCompleted, Is.True);
            Assert.That(done.Type, Is.EqualTo(WixBulkJobType.AddLabels));
            Assert.That((done.TotalItems, done.SucceededCount, done.FailedCount), Is.EqualTo(((int?)1, 1, 0)));
            Assert.That(_clock.GetUtcNow() - started, Is.GreaterThanOrEqualTo(JobDuration), "it returned only once the fake's clock passed the job's duration");
            Assert.That(polls, Is.InRange(2, 5), "one read per 30 s of a 2-minute job, at most, and more than one");
            Assert.That(_harness.Fake.Journal, Has.All.Matches<FakeRequest>(request => request!.Method == "GET"), "waiting only reads");
        });
    }

    [Test]
    public async Task WaitForCompletionAsync_CallerCancels_ThrowsOperationCanceledWhileTheJobGoesOn()
    {
        _harness.Fake.SeedContact("Bulk", "One");
        var operation = await Client.Bulk.UpdateAsync(Bulk, null, new ContactPatch { Company = "Bulk Co" });
        using var cancellation = new CancellationTokenSource();

        var waiting = operation.WaitForCompletionAsync(TimeSpan.FromSeconds(1), cancellation.Token);
        await cancellation.CancelAsync();

        Assert.That(await Calls.CatchAsync(() => waiting), Is.InstanceOf<OperationCanceledException>());
        _clock.Advance(JobDuration);
        Assert.That((await operation.UpdateStatusAsync()).IsCompleted, Is.True);
    }

    [Test]
    public async Task UpdateAsync_AppliesThePatch_AndTheJobCountsEveryMatch()
    {
        var one = _harness.Fake.SeedContact("Bulk", "One");
        _harness.Fake.SeedContact("Bulk", "Two");

        var operation = await Client.Bulk.UpdateAsync(Bulk, null, new ContactPatch { Company = "Bulk Co" });
        _clock.Advance(JobDuration);
        var done = await operation.WaitForCompletionAsync();

        Assert.That((done.Type, done.TotalItems, done.SucceededCount, done.Errors.Count), Is.EqualTo((WixBulkJobType.Update, (int?)2, 2, 0)));
        Assert.That((await Client.GetAsync(one)).Company, Is.EqualTo("Bulk Co"));
    }

    [Test]
    public async Task NewOperation_FromTheIdOfAJobStartedElsewhere_FollowsThatJob()
    {
        _harness.Fake.SeedContact("Bulk", "One");
        var started = await Client.Bulk.DeleteAsync(Bulk);
        _clock.Advance(JobDuration);

        var followed = new WixBulkOperation(Client.Bulk, started.Id, _clock);
        var done = await followed.WaitForCompletionAsync();

        Assert.That((done.Id, done.SucceededCount, followed.HasCompleted), Is.EqualTo((started.Id, 1, true)));
        Assert.That((await Client.Bulk.GetAsync(started.Id)).IsCompleted, Is.True);
    }

    [Test]
    public async Task GetAsync_UnknownJob_ThrowsContactNotFoundNamingTheOperation()
    {
        var error = await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.Bulk.GetAsync(Guid.NewGuid().ToString()));

        Assert.That(error!.Operation, Is.EqualTo("Bulk.Get"));
        Assert.That(error.VendorErrorCode, Is.EqualTo("JOB_NOT_FOUND"));
    }

    [Test]
    public async Task BulkJobStatus_IsReadFromTheLegacyJobsPath_AnUnconfirmedAssumption()
    {
        // Spec §4: the status endpoint is legacy and UNCONFIRMED (/bulk/jobs/{id} in the URL field, /bulk/contact/jobs/… in the
        // examples). The client reads the first; this pins the choice so that changing it is deliberate.
        Assert.That(WixAssumptions.BulkJobPath, Is.EqualTo("/contacts/v4/bulk/jobs/{jobId}"));
        _harness.Fake.SeedContact("Bulk", "One");
        var operation = await Client.Bulk.DeleteAsync(Bulk);
        _harness.Fake.ClearJournal();

        await operation.UpdateStatusAsync();

        Assert.That(_harness.Fake.Journal.Select(request => $"{request.Method} {request.Path}"), Is.EqualTo(new[] { $"GET /contacts/v4/bulk/jobs/{operation.Id}" }));
    }

    [Test]
    public async Task Arguments_AreCheckedBeforeAnyRequest()
    {
        _harness.Fake.ClearJournal();
        var operation = new WixBulkOperation(Client.Bulk, "job-1", _clock);

        Assert.Multiple(async () =>
        {
            Assert.That((await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => operation.WaitForCompletionAsync(TimeSpan.Zero)))!.ParamName, Is.EqualTo("pollInterval"));
            Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.Bulk.DeleteAsync(null)))!.ParamName, Is.EqualTo("filter"));
            Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.Bulk.UpdateLabelsAsync(Bulk, null, [], [])))!.ParamName, Is.EqualTo("labelKeysToAdd"));
            Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.Bulk.UpdateLabelsAsync(Bulk, null, ["custom bad"], [])))!.ParamName, Is.EqualTo("labelKeysToAdd"));
            Assert.That((await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => operation.WaitForCompletionAsync(TimeSpan.MaxValue)))!.ParamName, Is.EqualTo("pollInterval"));
            Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.Bulk.GetAsync(" ")))!.ParamName, Is.EqualTo("jobId"));
            Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.Bulk.GetAsync("../contacts/x")))!.ParamName, Is.EqualTo("jobId"));
            Assert.That(() => new WixBulkOperation(Client.Bulk, " "), Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("id"));
            Assert.That(() => new WixBulkOperation(null!, "job-1"), Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("bulk"));
        });
        Assert.That(_harness.Fake.Journal, Is.Empty);
    }
}
