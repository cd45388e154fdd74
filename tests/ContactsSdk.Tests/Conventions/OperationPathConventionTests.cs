using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Conventions;

/// <summary>
/// Every public method of every client (the facade's and the vendor interface's) runs through the one operation path:
/// called with valid arguments against its fake, it emits exactly one <c>ContactsSdk.{Operation}</c> span and one operation
/// metric record, named after the method; and when it fails, <see cref="ContactsException.Operation"/> says the same name.
/// A listing is read for one item, so it fetches one page: one span per page fetched.
/// </summary>
[NonParallelizable]
public sealed class OperationPathConventionTests
{
    private readonly Dictionary<ContactsVendor, (IContactsClient Client, Func<ValueTask> Dispose)> _clients = [];

    public static IEnumerable<TestCaseData> Cases()
        => from vendor in PublicClientMethods.Vendors
           from method in PublicClientMethods.MethodsOf(PublicClientMethods.InterfaceOf(vendor))
           select new TestCaseData(vendor, method).SetArgDisplayNames(vendor.ToString(), method.Name);

    [OneTimeSetUp]
    public void StartFakes()
    {
        var clara = AgentClaraHarness.Start();
        _clients[ContactsVendor.AgentClara] = (clara.Client, clara.DisposeAsync);
        var wix = WixHarness.Start();
        _clients[ContactsVendor.Wix] = (wix.Client, wix.DisposeAsync);
        var ecwid = EcwidHarness.Start();
        _clients[ContactsVendor.Ecwid] = (ecwid.Client, ecwid.DisposeAsync);
    }

    [OneTimeTearDown]
    public async Task StopFakes()
    {
        foreach (var (_, dispose) in _clients.Values)
        {
            await dispose();
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task PublicMethod_EmitsExactlyOneSpanAndMetricNamedLikeTheExceptionOperation(ContactsVendor vendor, MethodInfo method)
    {
        var operation = OperationOf(method);
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "ContactsSdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var records = new List<string?>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "ContactsSdk" && instrument.Name == "contactssdk.client.operations")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            records.Add(tags.ToArray().FirstOrDefault(tag => tag.Key == "contactssdk.operation").Value as string));
        meters.Start();

        var client = _clients[vendor].Client;
        var outcome = await PublicClientMethods.InvokeAsync(() => method.Invoke(client, PublicClientMethods.ValidArguments(vendor, method)));

        Assert.Multiple(() =>
        {
            Assert.That(spans.Select(span => span.DisplayName), Is.EqualTo(new[] { $"ContactsSdk.{operation}" }), $"{vendor}.{method.Name}: {outcome.Error}");
            Assert.That(spans.Select(span => span.GetTagItem("contactssdk.operation")), Is.EqualTo(new[] { operation }));
            Assert.That(records, Is.EqualTo(new[] { operation }), "one metric record, same name");
            if (outcome.Error is ContactsException failure)
            {
                Assert.That(failure.Operation, Is.EqualTo(operation), "the exception names the operation its span names");
                Assert.That(failure.Vendor, Is.EqualTo(vendor));
            }
            else
            {
                Assert.That(outcome.Error, Is.Null, "a valid call ends with a result or a ContactsException");
            }
        });
    }

    [Test]
    public void Vocabulary_HasOneNamePerPublicMethod_AndNoOther()
    {
        var methods = PublicClientMethods.Vendors
            .SelectMany(vendor => PublicClientMethods.MethodsOf(PublicClientMethods.InterfaceOf(vendor)))
            .Select(OperationOf)
            .ToHashSet();
        var vocabulary = typeof(ContactsOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToHashSet();

        Assert.That(vocabulary, Is.EquivalentTo(methods));
    }

    private static string OperationOf(MethodInfo method)
        => method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^"Async".Length] : method.Name;
}
