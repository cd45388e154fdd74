using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// Every vendor × every facade operation it supports × every fault, over HTTP against the fakes, on a fake clock: safe
/// operations succeed after retries, everything else fails inside the <see cref="ContactsException"/> family, and no fault
/// ever leaves a duplicate contact behind. Only applicable cells are generated; creates have their own, wider matrix
/// (<see cref="CreateFaultMatrixTests"/>).
/// </summary>
[NonParallelizable]
public sealed class FaultMatrixTests : AllVendorsFixture
{
    private static int _cases;
    private static int _faultsInjected;
    private static int _duplicates;
    private static int _recovered;

    private int _label;

    public static IEnumerable<ContactsVendor> Vendors() => [ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid];

    // Ecwid has no tags: the contract suite checks that AddTags is refused before HTTP, so the cell does not exist here.
    public static IEnumerable<TestCaseData> Cases()
        => from vendor in Vendors()
           from operation in Enum.GetValues<MatrixOperation>()
           where operation != MatrixOperation.Create && !(operation == MatrixOperation.AddTags && vendor == ContactsVendor.Ecwid)
           from fault in Enum.GetValues<MatrixFault>()
           select new TestCaseData(vendor, operation, fault).SetArgDisplayNames(vendor.ToString(), operation.ToString(), fault.ToString());

    protected override string? Summary() => $"Fault matrix so far: {_cases} cases, {_faultsInjected} faults injected, {_recovered} recovered by retry or lookup, {_duplicates} duplicates found.";

    [TestCaseSource(nameof(Cases))]
    public async Task Operation_UnderFault_SucceedsOrFailsInTheFamily_WithoutDuplicates(ContactsVendor vendor, MatrixOperation operation, MatrixFault fault)
    {
        var host = Hosts[vendor];
        var client = host.Client;
        var email = $"matrix{Interlocked.Increment(ref _label)}.{operation}.{fault}@example.com".ToLowerInvariant();
        var seeded = await client.CreateAsync(MatrixHosts.Draft(vendor, email));
        var target = MatrixHosts.Target(vendor, operation, seeded.Id);
        host.Fake.ClearJournal();
        Inject(host.Fake, fault, target);
        Interlocked.Increment(ref _cases);
        Interlocked.Increment(ref _faultsInjected);

        var failure = await ClockDriver.CaptureAsync(Clock, () => Run(operation, client, seeded));

        if (fault == MatrixFault.SlowPastAttemptTimeout)
        {
            // The fake holds the slow request on the fake clock, then applies it: let it land, so a late write cannot hide a duplicate.
            await ClockDriver.AdvanceAsync(Clock, MatrixHosts.SlowResponse);
        }

        AssertOutcome(host, vendor, operation, fault, failure);
        await AssertNoDuplicateAsync(client, email, operation);
        if (failure is null)
        {
            Interlocked.Increment(ref _recovered);
        }
    }

    private static Task Run(MatrixOperation operation, IContactsClient client, Contact seeded)
        => operation switch
        {
            MatrixOperation.Get => client.GetAsync(seeded.Id),
            MatrixOperation.List => FirstPageAsync(client),
            MatrixOperation.Update => client.UpdateAsync(seeded.Id, new ContactPatch { Name = PersonName.FromParts("Renamed", "Person") }),
            MatrixOperation.Delete => client.DeleteAsync(seeded.Id),
            MatrixOperation.AddTags => client.AddTagsAsync(seeded.Id, ["matrix"]),
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

    private static void Inject(VendorFake faults, MatrixFault fault, (string Method, string Path) target)
    {
        var (method, path) = target;
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

    private static void AssertOutcome(MatrixHost host, ContactsVendor vendor, MatrixOperation operation, MatrixFault fault, Exception? failure)
    {
        var outcome = failure?.GetType().Name ?? "success";
        TestContext.Out.WriteLine($"{vendor} {operation} × {fault}: {outcome}; wire: {string.Join(" → ", host.Fake.Journal.Select(r => $"{r.Method} {r.StatusCode}"))}");
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

    private static async Task AssertNoDuplicateAsync(IContactsClient client, string email, MatrixOperation operation)
    {
        var matches = 0;
        await foreach (var contact in client.ListAsync(new ContactQuery { Email = email }))
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
