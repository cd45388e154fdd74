using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// Every vendor × every facade operation × every fault, over HTTP against the fakes, on a fake clock: safe operations
/// succeed after retries, everything else fails inside the <see cref="ContactsException"/> family, no create is ever
/// retried blindly, and no fault ever leaves a duplicate contact behind.
/// </summary>
[TestFixtureSource(nameof(Vendors))]
[NonParallelizable]
public sealed class FaultMatrixTests(ContactsVendor vendor)
{
    private static int _cases;
    private static int _faultsInjected;
    private static int _duplicates;
    private static int _recovered;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private MatrixHost _host = null!;
    private int _label;

    public static IEnumerable<ContactsVendor> Vendors() => [ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid];

    public static IEnumerable<TestCaseData> Cases()
        => from operation in Enum.GetValues<MatrixOperation>()
           from fault in Enum.GetValues<MatrixFault>()
           select new TestCaseData(operation, fault).SetArgDisplayNames(operation.ToString(), fault.ToString());

    [OneTimeSetUp]
    public void Start() => _host = MatrixHosts.Start(vendor, _clock);

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _host.DisposeAsync();
        TestContext.Out.WriteLine($"Fault matrix so far: {_cases} cases, {_faultsInjected} faults injected, {_recovered} recovered by retry or lookup, {_duplicates} duplicates found.");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Operation_UnderFault_SucceedsOrFailsInTheFamily_WithoutDuplicates(MatrixOperation operation, MatrixFault fault)
    {
        var client = _host.Client;
        if (operation == MatrixOperation.AddTags && !client.Capabilities.SupportsTags)
        {
            Assert.Ignore($"{vendor} has no tags; the contract suite checks that AddTags is refused before HTTP.");
        }

        var email = $"matrix{Interlocked.Increment(ref _label)}.{operation}.{fault}@example.com".ToLowerInvariant();
        var seeded = operation == MatrixOperation.Create ? null : await client.CreateAsync(MatrixHosts.Draft(vendor, email));
        var target = MatrixHosts.Target(vendor, operation, seeded?.Id);
        _host.Fake.ClearJournal();
        Inject(fault, target);
        Interlocked.Increment(ref _cases);
        Interlocked.Increment(ref _faultsInjected);

        var failure = await CaptureAsync(() => Run(operation, client, seeded, email));

        if (fault == MatrixFault.SlowPastAttemptTimeout)
        {
            await WaitForTheSlowRequestToLandAsync();
        }

        AssertOutcome(operation, fault, failure);
        AssertNoBlindRetryOfCreate();
        await AssertNoDuplicateAsync(email, operation);
        if (failure is null)
        {
            Interlocked.Increment(ref _recovered);
        }
    }

    private static Task Run(MatrixOperation operation, IContactsClient client, Contact? seeded, string email)
        => operation switch
        {
            MatrixOperation.Get => client.GetAsync(seeded!.Id),
            MatrixOperation.List => FirstPageAsync(client),
            MatrixOperation.Create => client.CreateAsync(MatrixHosts.Draft(client.Vendor, email)),
            MatrixOperation.Update => client.UpdateAsync(seeded!.Id, new ContactPatch { Name = PersonName.FromParts("Renamed", "Person") }),
            MatrixOperation.Delete => client.DeleteAsync(seeded!.Id),
            MatrixOperation.AddTags => client.AddTagsAsync(seeded!.Id, ["matrix"]),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

    private static async Task FirstPageAsync(IContactsClient client)
    {
        await foreach (var page in client.ListAsync(new ContactQuery { PageSizeHint = 5 }).AsPages())
        {
            Assert.That(page.Items, Is.Not.Empty);
            return;
        }
    }

    private void Inject(MatrixFault fault, (string Method, string Path) target)
    {
        var (method, path) = target;
        var faults = _host.Fake;
        switch (fault)
        {
            case MatrixFault.TooManyRequests: faults.FailNext(1, 429, method, path, TimeSpan.FromSeconds(1)); break;
            case MatrixFault.InternalServerError: faults.FailNext(1, 500, method, path, null); break;
            case MatrixFault.BadGateway: faults.FailNext(1, 502, method, path, null); break;
            case MatrixFault.ServiceUnavailable: faults.FailNext(1, 503, method, path, null); break;
            case MatrixFault.SlowPastAttemptTimeout: faults.DelayNext(1, MatrixHosts.SlowResponse, method, path); break;
            case MatrixFault.DroppedConnection: faults.DropNext(1, method, path); break;
            case MatrixFault.MalformedJson: faults.MalformNext(1, method, path); break;
            case MatrixFault.AppliedThenServerError: faults.ApplyThenFailNext(1, 500, method, path); break;
            default: throw new ArgumentOutOfRangeException(nameof(fault));
        }
    }

    // Retry delays and attempt timeouts run on the fake clock; move it while the real HTTP round trips complete.
    private async Task<Exception?> CaptureAsync(Func<Task> action)
    {
        var work = Task.Run(action);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(work, Task.Delay(2));
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        try
        {
            await work;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    // The fake holds a slow request for real time, then applies it: wait for that, so a late write cannot hide a duplicate.
    private static Task WaitForTheSlowRequestToLandAsync() => Task.Delay(MatrixHosts.SlowResponse + MatrixHosts.SlowResponse);

    private void AssertOutcome(MatrixOperation operation, MatrixFault fault, Exception? failure)
    {
        var outcome = failure?.GetType().Name ?? "success";
        TestContext.Out.WriteLine($"{vendor} {operation} × {fault}: {outcome}; wire: {string.Join(" → ", _host.Fake.Journal.Select(r => $"{r.Method} {r.StatusCode}"))}");
        if (failure is not null)
        {
            Assert.That(failure, Is.InstanceOf<ContactsException>(), $"only the ContactsException family may escape, got {failure}");
        }

        Assert.That(outcome, Is.AnyOf([.. MatrixHosts.Expected(vendor, operation, fault)]), failure?.ToString());

        if (fault == MatrixFault.MalformedJson && failure is ContactsException malformed)
        {
            Assert.That(malformed.RawBody, Is.Not.Null, "an unreadable answer keeps its body for diagnosis");
        }
    }

    private void AssertNoBlindRetryOfCreate()
    {
        var journal = _host.Fake.Journal;
        var creates = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        for (var i = 1; i < journal.Count; i++)
        {
            var twiceInARow = IsCreate(journal[i], creates) && IsCreate(journal[i - 1], creates);
            Assert.That(twiceInARow, Is.False, "a create was sent again without first looking for the contact");
        }
    }

    private static bool IsCreate(FakeRequest request, (string Method, string Path) creates)
        => request.Method == creates.Method && request.Path == creates.Path;

    private async Task AssertNoDuplicateAsync(string email, MatrixOperation operation)
    {
        var matches = 0;
        await foreach (var contact in _host.Client.ListAsync(new ContactQuery { Email = email }))
        {
            matches++;
        }

        if (matches > 1)
        {
            Interlocked.Increment(ref _duplicates);
        }

        Assert.That(matches, Is.LessThanOrEqualTo(1), $"{operation} left {matches} contacts with one email");
    }
}
