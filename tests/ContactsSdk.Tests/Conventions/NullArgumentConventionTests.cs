using System.Reflection;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Conventions;

/// <summary>
/// Every public method of each vendor interface (the facade's and the vendor's own) rejects a null argument — and a blank
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
    private const string AgentClaraId = "cust_x1";
    private const string WixId = "5c1f2a30-8d2e-4b7a-9c3f-0e1d2c3b4a50";
    private const string WixOtherId = "0b9e8d7c-6a5b-4c3d-8e2f-1a0b9c8d7e6f";
    private const string EcwidId = "123";

    /// <summary>
    /// Cases that are known to fail, as "Vendor.Method.parameter" → why. A real bug goes here (with "BUG:") until src is
    /// fixed, so the suite stays green while the bug stays visible; an entry whose case passes again should be removed.
    /// </summary>
    private static readonly Dictionary<string, string> Exclusions = new(StringComparer.Ordinal);

    private readonly Dictionary<ContactsVendor, Host> _hosts = [];

    public static IEnumerable<TestCaseData> Cases()
        => from vendor in new[] { ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid }
           from method in MethodsOf(InterfaceOf(vendor))
           from parameter in method.GetParameters()
           where IsTestedWithNull(parameter)
           from bad in BadValuesFor(parameter)
           select new TestCaseData(vendor, method.Name, parameter.Name, bad)
               .SetArgDisplayNames(vendor.ToString(), method.Name, parameter.Name!, bad is null ? "null" : $"\"{bad}\"");

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
        ContactsVendor vendor, string methodName, string parameterName, string? bad)
    {
        if (Exclusions.TryGetValue($"{vendor}.{methodName}.{parameterName}", out var reason))
        {
            Assert.Ignore(reason);
        }

        var host = _hosts[vendor];
        var method = MethodsOf(InterfaceOf(vendor)).Single(m => m.Name == methodName);
        var arguments = method.GetParameters()
            .Select(parameter => parameter.Name == parameterName ? bad : ValidValue(vendor, method, parameter))
            .ToArray();
        host.ClearJournal();

        var thrown = await CaptureAsync(() => method.Invoke(host.Client, arguments));

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

    private static Type InterfaceOf(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => typeof(IAgentClaraContactsClient),
            ContactsVendor.Wix => typeof(IWixContactsClient),
            ContactsVendor.Ecwid => typeof(IEcwidContactsClient),
            _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
        };

    // The facade's methods and the vendor's own; properties (Vendor, Capabilities) are not methods to call with arguments.
    private static IEnumerable<MethodInfo> MethodsOf(Type vendorInterface)
        => typeof(IContactsClient).GetMethods().Concat(vendorInterface.GetMethods()).Where(method => !method.IsSpecialName);

    private static bool IsTestedWithNull(ParameterInfo parameter)
        => !parameter.ParameterType.IsValueType
            && new NullabilityInfoContext().Create(parameter).WriteState != NullabilityState.Nullable;

    private static IEnumerable<string?> BadValuesFor(ParameterInfo parameter)
        => parameter.ParameterType == typeof(string) ? [null, string.Empty, " "] : [null];

    /// <summary>A value the method accepts for <paramref name="parameter"/>, so that only the argument under test is bad.</summary>
    private static object? ValidValue(ContactsVendor vendor, MethodInfo method, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        // Optional arguments keep their defaults (null for a nullable reference, e.g. ListAsync's query).
        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        return (type, parameter.Name) switch
        {
            (_, "contactId" or "targetContactId") when type == typeof(string) => IdOf(vendor),
            (_, "channelId") when type == typeof(string) => vendor switch
            {
                ContactsVendor.AgentClara => "email",
                ContactsVendor.Wix => WixOtherId,
                _ => EcwidId,
            },
            (_, "key") when type == typeof(string) => "custom.tier",
            (_, "displayName" or "name") when type == typeof(string) => "VIP",
            (_, "query") when type == typeof(string) => "ada",
            (_, "search") when type == typeof(string) => "ada",
            (_, "tags") when type == typeof(IReadOnlyCollection<string>) => new[] { "vip" },
            (_, "labelKeys" or "labelKeysToAdd" or "labelKeysToRemove") when type == typeof(IReadOnlyCollection<string>) => new[] { "custom.vip" },
            (_, "sourceContactIds") when type == typeof(IReadOnlyCollection<string>) => new[] { WixOtherId },
            (_, "customerId" or "contactId" or "groupId") when type == typeof(long) => 123L,
            _ when type == typeof(ContactDraft) => DraftFor(vendor),
            _ when type == typeof(ContactPatch) => new ContactPatch { Name = PersonName.FromFull("Ada King") },
            _ when type == typeof(ContactChannel) => new ContactChannel(ChannelKind.Email, "ada@example.com"),
            _ when type == typeof(WixContactQuery) => new WixContactQuery(),
            _ when type == typeof(WixFilter) => WixFilter.Eq(WixContactFields.LastName, "Lovelace"),
            _ when type == typeof(EcwidCustomerContactInput) => new EcwidCustomerContactInput { Type = "PHONE", Contact = "+15551234567" },
            _ => throw new InvalidOperationException(
                $"No valid value for {method.DeclaringType!.Name}.{method.Name}({type.Name} {parameter.Name}): teach {nameof(ValidValue)} one."),
        };
    }

    private static string IdOf(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => AgentClaraId,
            ContactsVendor.Wix => WixId,
            _ => EcwidId,
        };

    private static ContactDraft DraftFor(ContactsVendor vendor)
        => new()
        {
            Name = PersonName.FromFull("Ada Lovelace"),
            Channels = vendor == ContactsVendor.Ecwid ? [new ContactChannel(ChannelKind.Email, "ada@example.com")] : [],
        };

    /// <summary>Calls the method and awaits what it returns: a task, or the first item of a lazy pageable.</summary>
    private static async Task<Exception?> CaptureAsync(Func<object?> call)
    {
        try
        {
            switch (call())
            {
                case Task task:
                    await task;
                    break;
                case { } result when AsyncEnumerableItemType(result.GetType()) is { } itemType:
                    await MoveFirstAsync(result, itemType);
                    break;
            }

            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return ex.InnerException;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static Type? AsyncEnumerableItemType(Type type)
        => type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))?
            .GetGenericArguments()[0];

    private static async Task MoveFirstAsync(object enumerable, Type itemType)
    {
        var source = typeof(IAsyncEnumerable<>).MakeGenericType(itemType);
        var enumerator = source.GetMethod(nameof(IAsyncEnumerable<int>.GetAsyncEnumerator))!.Invoke(enumerable, [CancellationToken.None])!;
        try
        {
            var moveNext = typeof(IAsyncEnumerator<>).MakeGenericType(itemType).GetMethod(nameof(IAsyncEnumerator<int>.MoveNextAsync))!;
            await (ValueTask<bool>)moveNext.Invoke(enumerator, null)!;
        }
        finally
        {
            await ((IAsyncDisposable)enumerator).DisposeAsync();
        }
    }

    private sealed record Host(
        IContactsClient Client, Func<IReadOnlyList<FakeRequest>> Journal, Action ClearJournal, Func<ValueTask> DisposeAsync);
}
