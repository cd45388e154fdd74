using System.Reflection;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Conventions;

/// <summary>
/// Every public method of each vendor interface (the facade's, the vendor's own and its sub-clients') rejects a null argument — and a blank
/// one for strings — with an <see cref="ArgumentException"/> before any request reaches the vendor. Each case calls the
/// real client, wired to its fake through DI, with one argument bad and the others valid, and then checks the fake's journal.
/// </summary>
/// <remarks>
/// Parameters annotated as nullable (<c>string?</c>, <c>ContactQuery?</c>, <c>WixFilter?</c>) accept null by design and
/// are not tested with null. A method returning a lazy pageable is also enumerated, so validation deferred to the first
/// page, after a request, would be caught.
/// </remarks>
[NonParallelizable]
public sealed class NullArgumentConventionTests
{
    /// <summary>
    /// Cases that are known to fail, as "Vendor.Method.parameter" → why. A real bug goes here (with "BUG:") until src is
    /// fixed, so the suite stays green while the bug stays visible; an entry whose case passes again should be removed.
    /// </summary>
    private static readonly Dictionary<string, string> Exclusions = new(StringComparer.Ordinal);

    private readonly Dictionary<ContactsVendor, Host> _hosts = [];

    public static IEnumerable<TestCaseData> Cases()
        => from vendor in new[] { ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid }
           from method in PublicClientMethods.MethodsOf(PublicClientMethods.InterfaceOf(vendor))
           from parameter in method.GetParameters()
           where IsTestedWithNull(parameter)
           from bad in BadValuesFor(parameter)
           select new TestCaseData(vendor, method.Id, parameter.Name, bad)
               .SetArgDisplayNames(vendor.ToString(), method.Id, parameter.Name!, bad is null ? "null" : $"\"{bad}\"");

    [OneTimeSetUp]
    public void StartFakes()
    {
        var clara = AgentClaraHarness.Start();
        _hosts[ContactsVendor.AgentClara] = new Host(clara.Client, () => clara.Fake.Journal, clara.Fake.ClearJournal, clara.DisposeAsync);
        var wix = WixHarness.Start();
        _hosts[ContactsVendor.Wix] = new Host(wix.Client, () => wix.Fake.Journal, wix.Fake.ClearJournal, wix.DisposeAsync);
        var ecwid = EcwidHarness.Start();
        _hosts[ContactsVendor.Ecwid] = new Host(ecwid.Client, () => ecwid.Fake.Journal, ecwid.Fake.ClearJournal, ecwid.DisposeAsync);
    }

    [OneTimeTearDown]
    public async Task StopFakes()
    {
        foreach (var host in _hosts.Values)
        {
            await host.DisposeAsync();
        }
    }

    [Test]
    public void Cases_CoverEveryVendorInterface()
    {
        var covered = Cases().Select(data => (ContactsVendor)data.Arguments[0]!).Distinct();

        Assert.That(covered, Is.EquivalentTo(new[] { ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid }));
        Assert.That(Cases().Count(), Is.GreaterThan(100), "every public method with a reference parameter yields cases");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task PublicMethod_NullOrBlankArgument_ThrowsArgumentExceptionBeforeAnyRequest(
        ContactsVendor vendor, string methodId, string parameterName, string? bad)
    {
        var method = PublicClientMethods.Method(vendor, methodId);
        var methodName = method.Name;
        if (Exclusions.TryGetValue($"{vendor}.{methodName}.{parameterName}", out var reason))
        {
            Assert.Ignore(reason);
        }

        var host = _hosts[vendor];
        var arguments = method.GetParameters()
            .Select(parameter => parameter.Name == parameterName ? bad : PublicClientMethods.ValidValue(vendor, method.Method, parameter))
            .ToArray();
        host.ClearJournal();

        var thrown = (await PublicClientMethods.InvokeAsync(() => method.Invoke(host.Client, arguments))).Error;

        var requests = host.Journal().Select(request => $"{request.Method} {request.Path}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(
                thrown, Is.InstanceOf<ArgumentException>(),
                $"{vendor} {methodName}({parameterName}: {(bad is null ? "null" : $"\"{bad}\"")}) must throw ArgumentException, got {thrown?.GetType().Name ?? "no exception"}: {thrown?.Message}");
            Assert.That(requests, Is.Empty, $"{vendor} {methodName} sent requests before rejecting {parameterName}");
        });
        if (thrown is ArgumentException argumentException)
        {
            Assert.That(argumentException.ParamName, Is.EqualTo(parameterName), "the exception names the bad parameter");
        }
    }

    private static bool IsTestedWithNull(ParameterInfo parameter)
        => !parameter.ParameterType.IsValueType
            && new NullabilityInfoContext().Create(parameter).WriteState != NullabilityState.Nullable;

    private static IEnumerable<string?> BadValuesFor(ParameterInfo parameter)
        => parameter.ParameterType == typeof(string) ? [null, string.Empty, " "] : [null];

    private sealed record Host(
        IContactsClient Client, Func<IReadOnlyList<FakeRequest>> Journal, Action ClearJournal, Func<ValueTask> DisposeAsync);
}
