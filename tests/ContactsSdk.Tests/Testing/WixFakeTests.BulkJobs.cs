using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Testing;

/// <summary>WixFake's bulk job status (spec §4, UNCONFIRMED path <c>/contacts/v4/bulk/jobs/{id}</c>), at the wire.</summary>
public sealed partial class WixFakeTests
{
    [Test]
    public async Task BulkJob_BeforeItsDurationPasses_IsRunningWithItsTotalAndNoResultsYet()
    {
        // Completion (counts, per-contact errors, finishedDate) is read through the client on a clock of its own in
        // WixBulkClientTests: this fixture's clock must stay where its other tests expect it.
        _fake.SeedContact("Jobber", isMember: true);
        _fake.SeedContact("Jobber", email: "j@example.com");
        var (_, started) = await Send(HttpMethod.Post, "contacts/v4/bulk/contacts/delete", """{"filter":{"info.name.first":"Jobber"}}""");
        var jobId = started!["jobId"]!.GetValue<string>();

        var (status, body) = await Send(HttpMethod.Get, $"contacts/v4/bulk/jobs/{jobId}");
        var job = body!["job"]!;

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(job["id"]!.GetValue<string>(), Is.EqualTo(jobId));
            Assert.That((job["status"]!.GetValue<string>(), job["type"]!.GetValue<string>()), Is.EqualTo(("RUNNING", "DELETE")));
            Assert.That((job["totalItems"]!.GetValue<int>(), job["processedCount"]!.GetValue<int>(), job["failedCount"]!.GetValue<int>()), Is.EqualTo((2, 0, 0)));
            Assert.That((job["errors"], job["finishedDate"]), Is.EqualTo((null as object, null as object)), "results are reported when the job finishes");
            Assert.That(_fake.ContactCount(), Is.EqualTo(1), "the change is applied when the job starts; the member stays");
        });
    }

    [Test]
    public async Task BulkJob_UnknownIdOrAnotherSitesJob_Returns404JobNotFound()
    {
        _fake.AddCredential("IST.jobs", ["site-a", WixFake.DefaultSiteId]);
        var (_, started) = await Send(HttpMethod.Post, "contacts/v4/bulk/contacts/delete", """{"search":"nobody"}""");
        var jobId = started!["jobId"]!.GetValue<string>();

        Assert.That(await Code(HttpMethod.Get, $"contacts/v4/bulk/jobs/{Guid.NewGuid()}", null), Is.EqualTo((404, "JOB_NOT_FOUND")));
        Assert.That(await Code(HttpMethod.Get, $"contacts/v4/bulk/jobs/{jobId}", null, ("Authorization", "IST.jobs"), ("wix-site-id", "site-a")), Is.EqualTo((404, "JOB_NOT_FOUND")));
    }

    [Test]
    public async Task BulkJob_UndeclaredQueryParameterOrTheOtherLegacyPath_AreRefused()
    {
        var (_, started) = await Send(HttpMethod.Post, "contacts/v4/bulk/contacts/delete", """{"search":"nobody"}""");
        var jobId = started!["jobId"]!.GetValue<string>();

        Assert.That(await Code(HttpMethod.Get, $"contacts/v4/bulk/jobs/{jobId}?verbose=true", null), Is.EqualTo((400, "INVALID_ARGUMENT")));
        Assert.That((await Send(HttpMethod.Get, $"contacts/v4/bulk/contact/jobs/{jobId}")).Status, Is.EqualTo(501), "one candidate path is emulated, not both: the other is NOT_EMULATED");
    }
}
