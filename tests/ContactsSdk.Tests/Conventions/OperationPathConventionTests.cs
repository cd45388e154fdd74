using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Conventions;

/// <summary>
/// Every public method of every client (the facade's, the vendor interface's, and — walked generically through every
/// interface-typed property — each sub-client's) runs through the one operation path: called with valid arguments against
/// its fake, it emits exactly one <c>ContactsSdk.{Operation}</c> span and one operation metric record, named after the
/// method (<c>Labels.List</c> for <c>Labels.ListAsync</c>); and when it fails, <see cref="ContactsException.Operation"/>
/// says the same name.
/// A listing is read for one item, so it fetches one page: one span per page fetched.
/// </summary>
[NonParallelizable]
public sealed class OperationPathConventionTests
{
    private readonly Dictionary<ContactsVendor, (IContactsClient Client, Func<ValueTask> Dispose)> _clients = [];

    public static IEnumerable<TestCaseData> Cases()
        => from vendor in PublicClientMethods.Vendors
           from method in PublicClientMethods.MethodsOf(PublicClientMethods.InterfaceOf(vendor))
           select new TestCaseData(vendor, method.Id).SetArgDisplayNames(vendor.ToString(), method.Id);

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
    public async Task PublicMethod_EmitsExactlyOneSpanAndMetricNamedLikeTheExceptionOperation(ContactsVendor vendor, string methodId)
    {
        var method = PublicClientMethods.Method(vendor, methodId);
        var operation = method.Operation;
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
            .Select(method => method.Operation)
            .ToHashSet();
        var vocabulary = typeof(ContactsOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToHashSet();

        Assert.That(vocabulary, Is.EquivalentTo(methods));
    }

    [Test]
    public void Walker_FindsEverySubClientOfEveryVendorClient()
    {
        var subClients = PublicClientMethods.Vendors
            .SelectMany(vendor => PublicClientMethods.SubClientsOf(PublicClientMethods.InterfaceOf(vendor)).Select(p => $"{vendor}.{p.Name}"))
            .ToList();
        var walked = PublicClientMethods.Vendors
            .SelectMany(vendor => PublicClientMethods.MethodsOf(PublicClientMethods.InterfaceOf(vendor))
                .Where(method => method.Path.Count > 0)
                .Select(method => $"{vendor}.{method.Path[0].Name}"))
            .Distinct()
            .ToList();

        Assert.That(subClients, Is.SupersetOf(new[] { "Wix.Labels", "Wix.ExtendedFields", "Wix.Bulk" }));
        Assert.That(walked, Is.EquivalentTo(subClients), "every sub-client property yields its methods");
    }

    [Test]
    public void VendorClientsWithSubClients_AreSealed_AndSubClientsAreInternalSealedClasses()
    {
        var types = typeof(IContactsClient).Assembly.GetTypes();
        foreach (var vendor in PublicClientMethods.Vendors)
        {
            var clientInterface = PublicClientMethods.InterfaceOf(vendor);
            var subClients = PublicClientMethods.SubClientsOf(clientInterface).ToList();
            if (subClients.Count == 0)
            {
                continue;
            }

            Assert.That(types.Where(type => type.IsClass && clientInterface.IsAssignableFrom(type)), Is.All.Matches<Type>(type => type!.IsSealed),
                $"{vendor}: the concrete client is sealed; its interface is the mocking seam");
            foreach (var property in subClients)
            {
                var implementations = types.Where(type => type.IsClass && property.PropertyType.IsAssignableFrom(type)).ToList();
                Assert.That(implementations, Is.Not.Empty.And.All.Matches<Type>(type => type!.IsSealed && !type.IsVisible),
                    $"{vendor}.{property.Name} is implemented by internal sealed classes only");
            }
        }
    }
}
