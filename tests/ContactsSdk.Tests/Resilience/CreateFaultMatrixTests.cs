using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// Every vendor × every draft shape it accepts × every fault a create can meet, over HTTP against the fakes on a fake
/// clock: each cell asserts its outcome, how many creates went on the wire, and that exactly the expected number of
/// contacts exists afterwards — once every late write has landed. Only applicable cells are generated.
/// </summary>
[NonParallelizable]
public sealed class CreateFaultMatrixTests : AllVendorsFixture
{
    private static readonly TimeSpan SoonLanding = TimeSpan.FromMilliseconds(400);
    // Well after the SDK's settle wait (2 s), so the lookup has many steps to finish before the write lands.
    private static readonly TimeSpan LateLanding = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SlowAnswer = MatrixHosts.SlowResponse;
    private static int _cells;
    private static int _duplicates;

    private int _run;

    public static IEnumerable<TestCaseData> Cells()
        => from vendor in FaultMatrixTests.Vendors()
           from shape in CreateDrafts.AcceptedBy(vendor)
           from fault in Enum.GetValues<CreateFault>()
           select new TestCaseData(vendor, shape, fault).SetArgDisplayNames(vendor.ToString(), shape.ToString(), fault.ToString());

    protected override string? Summary() => $"Create fault matrix: {_cells} cells, {_duplicates} duplicates.";

    [TestCaseSource(nameof(Cells))]
    public async Task CreateAsync_UnderFault_NeverDuplicates_AndEndsAsExpected(ContactsVendor vendor, DraftShape shape, CreateFault fault)
    {
        var host = Hosts[vendor];
        host.Fake.Reset();
        var draft = CreateDrafts.Draft(vendor, shape, $"{Interlocked.Increment(ref _run)}");
        var (method, path) = MatrixHosts.Target(vendor, MatrixOperation.Create, null);
        Inject(host.Fake, fault, method, path);
        Interlocked.Increment(ref _cells);

        var deadline = Clock.GetUtcNow() + TimeSpan.FromMinutes(1);
        Contact? created = null;
        var failure = await ClockDriver.CaptureAsync(Clock, async () => created = await host.Client.CreateAsync(draft));
        while (host.Fake.PendingLateWrites > 0 && Clock.GetUtcNow() < deadline)
        {
            await ClockDriver.AdvanceAsync(Clock, ClockDriver.Step);
        }

        var stored = await ListAllAsync(host.Client);
        var creates = host.Fake.Journal.Count(r => r.Method == method && r.Path == path);
        if (stored.Count > 1)
        {
            Interlocked.Increment(ref _duplicates);
        }

        TestContext.Out.WriteLine($"{vendor} {shape} × {fault}: {failure?.GetType().Name ?? "success"}; wire: {string.Join(" → ", host.Fake.Journal.Select(r => $"{r.Method} {r.StatusCode}"))}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(host.Fake.PendingLateWrites, Is.Zero, "every late write has landed before counting");
            Assert.That(stored, Has.Count.EqualTo(ExpectedStored(fault)), "contacts stored");
            Assert.That(creates, Is.EqualTo(ExpectedCreates(fault)), "creates sent");
            if (failure is not null && LandsJustBeforeTheLookup(fault))
            {
                // On a loaded machine the late write can miss the lookup by a step of the driven clock: then the create
                // must say it may still land — and, as asserted above, it still was not sent again and exists once.
                Assert.That(failure, Is.InstanceOf<ContactsException>().And.Message.Contains("may still be applied"));
            }
            else if (ExpectedFailure(fault) is { } expected)
            {
                Assert.That(failure, Is.TypeOf(expected));
                Assert.That(failure!.Message, fault == CreateFault.MalformedAnswer ? Does.Contain("could not read") : Does.Contain("may still be applied"));
            }
            else
            {
                Assert.That(failure, Is.Null);
                Assert.That(created?.Id, Is.EqualTo(stored.Single().Id), "the contact returned is the one stored");
            }
        }
    }

    private static void Inject(VendorFake fake, CreateFault fault, string method, string path)
    {
        switch (fault)
        {
            case CreateFault.AppliedThen500: fake.ApplyThenFailNext(1, 500, method, path); break;
            case CreateFault.AppliedThen503: fake.ApplyThenFailNext(1, 503, method, path); break;
            case CreateFault.NotApplied503: fake.FailNext(1, 503, method, path); break;
            case CreateFault.Gateway502LandsSoon: fake.AnswerThenApplyLaterNext(1, SoonLanding, 502, method, path); break;
            case CreateFault.Gateway504LandsLate: fake.AnswerThenApplyLaterNext(1, LateLanding, 504, method, path); break;
            case CreateFault.DroppedThenLands: fake.AnswerThenApplyLaterNext(1, SoonLanding, null, method, path); break;
            case CreateFault.DroppedNeverLands: fake.DropNext(1, method, path); break;
            case CreateFault.SlowPastAttemptTimeout: fake.DelayNext(1, SlowAnswer, method, path); break;
            case CreateFault.TooManyRequests: fake.FailNext(1, 429, method, path, TimeSpan.FromSeconds(1)); break;
            case CreateFault.MalformedAnswer: fake.MalformNext(1, method, path); break;
            default: throw new ArgumentOutOfRangeException(nameof(fault));
        }
    }

    // A write that may still land is looked up but never sent again; one the vendor refused or failed is sent again.
    private static int ExpectedCreates(CreateFault fault)
        => fault switch
        {
            CreateFault.NotApplied503 or CreateFault.TooManyRequests => 2,
            _ => 1,
        };

    // The fakes' malformed answer stores nothing, like the dropped connection.
    private static int ExpectedStored(CreateFault fault) => fault is CreateFault.DroppedNeverLands or CreateFault.MalformedAnswer ? 0 : 1;

    private static bool LandsJustBeforeTheLookup(CreateFault fault)
        => fault is CreateFault.Gateway502LandsSoon or CreateFault.DroppedThenLands or CreateFault.SlowPastAttemptTimeout;

    private static Type? ExpectedFailure(CreateFault fault)
        => fault switch
        {
            CreateFault.Gateway504LandsLate or CreateFault.DroppedNeverLands => typeof(ContactsUnavailableException),
            CreateFault.MalformedAnswer => typeof(ContactsException),
            _ => null,
        };

    private static async Task<List<Contact>> ListAllAsync(IContactsClient client)
    {
        var all = new List<Contact>();
        await foreach (var contact in client.ListAsync())
        {
            all.Add(contact);
        }

        return all;
    }
}
