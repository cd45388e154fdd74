using System.Reflection;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// What the convention tests need to call every public method of every client by reflection: the methods (the facade's and
/// the vendor interface's), a valid value for each parameter, and a way to run a call to its end, pageables included.
/// </summary>
public static class PublicClientMethods
{
    public const string AgentClaraId = "cust_x1";
    public const string WixId = "5c1f2a30-8d2e-4b7a-9c3f-0e1d2c3b4a50";
    public const string WixOtherId = "0b9e8d7c-6a5b-4c3d-8e2f-1a0b9c8d7e6f";
    public const string EcwidId = "123";
    public const string WixJobId = "3d1c2b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    public static IReadOnlyList<ContactsVendor> Vendors { get; } = [ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid];

    public static Type InterfaceOf(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => typeof(IAgentClaraContactsClient),
            ContactsVendor.Wix => typeof(IWixContactsClient),
            ContactsVendor.Ecwid => typeof(IEcwidContactsClient),
            _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
        };

    /// <summary>
    /// The facade's methods, the vendor's own, and — walked generically — the methods of every sub-client: each property
    /// typed as an interface (<c>IWixContactsClient.Labels</c>, …), recursively. Value-typed or class-typed properties
    /// (Vendor, Capabilities) are not sub-clients.
    /// </summary>
    public static IEnumerable<ClientMethod> MethodsOf(Type vendorInterface)
        => OwnMethods(typeof(IContactsClient), []).Concat(Walk(vendorInterface, []));

    /// <summary>Finds a method by <see cref="ClientMethod.Id"/> (overloads differ by it).</summary>
    public static ClientMethod Method(ContactsVendor vendor, string id) => MethodsOf(InterfaceOf(vendor)).Single(m => m.Id == id);

    /// <summary>The sub-client properties of an interface (not of the facade, which has none), e.g. <c>Labels</c>.</summary>
    public static IEnumerable<PropertyInfo> SubClientsOf(Type clientInterface)
        => clientInterface.GetProperties().Where(property => property.PropertyType.IsInterface);

    /// <summary>Valid arguments for every parameter of <paramref name="method"/>.</summary>
    public static object?[] ValidArguments(ContactsVendor vendor, ClientMethod method)
        => [.. method.GetParameters().Select(parameter => ValidValue(vendor, method.Method, parameter))];

    private static IEnumerable<ClientMethod> Walk(Type clientInterface, IReadOnlyList<PropertyInfo> path)
        => OwnMethods(clientInterface, path).Concat(
            SubClientsOf(clientInterface).SelectMany(property => Walk(property.PropertyType, [.. path, property])));

    private static IEnumerable<ClientMethod> OwnMethods(Type clientInterface, IReadOnlyList<PropertyInfo> path)
        => clientInterface.GetMethods().Where(method => !method.IsSpecialName).Select(method => new ClientMethod(path, method));

    /// <summary>A value the method accepts for <paramref name="parameter"/>, so that only the argument under test is bad.</summary>
    public static object? ValidValue(ContactsVendor vendor, MethodInfo method, ParameterInfo parameter)
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
            (_, "keys" or "labelKeys" or "labelKeysToAdd" or "labelKeysToRemove") when type == typeof(IReadOnlyCollection<string>) => new[] { "custom.vip" },
            (_, "jobId") when type == typeof(string) => WixJobId,
            (_, "sourceContactIds") when type == typeof(IReadOnlyCollection<string>) => new[] { WixOtherId },
            (_, "customerId" or "contactId" or "groupId" or "channelId") when type == typeof(long) => 123L,
            _ when type == typeof(ContactDraft) => DraftFor(vendor),
            (_, "since") when type == typeof(ContactsSdk.Changes.ChangeFeedCheckpoint) => null,
            (_, "knownIds") when type == typeof(IAsyncEnumerable<string>) => new[] { IdOf(vendor) }.ToAsyncEnumerable(),
            _ when type == typeof(ContactPatch) => new ContactPatch { Name = PersonName.FromFull("Ada King") },
            _ when type == typeof(ContactChannel) => new ContactChannel(ChannelKind.Email, "ada@example.com"),
            _ when type == typeof(WixContactQuery) => new WixContactQuery(),
            _ when type == typeof(WixFilter) => WixFilter.Eq(WixContactFields.LastName, "Lovelace"),
            _ when type == typeof(EcwidCustomerContactInput) => new EcwidCustomerContactInput { Type = "PHONE", Contact = "+15551234567" },
            _ => throw new InvalidOperationException(
                $"No valid value for {method.DeclaringType!.Name}.{method.Name}({type.Name} {parameter.Name}): teach {nameof(ValidValue)} one."),
        };
    }

    public static string IdOf(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => AgentClaraId,
            ContactsVendor.Wix => WixId,
            _ => EcwidId,
        };

    public static ContactDraft DraftFor(ContactsVendor vendor)
        => new()
        {
            Name = PersonName.FromFull("Ada Lovelace"),
            Channels = vendor == ContactsVendor.Ecwid ? [new ContactChannel(ChannelKind.Email, "ada@example.com")] : [],
        };

    /// <summary>
    /// Calls the method and awaits what it returns: a task's result, or up to <paramref name="maxItems"/> items of a lazy
    /// pageable. The outcome holds the result (the items, for a pageable) or the exception.
    /// </summary>
    public static async Task<CallOutcome> InvokeAsync(Func<object?> call, int maxItems = 1)
    {
        try
        {
            switch (call())
            {
                case Task task:
                    await task;
                    return new CallOutcome(ResultOf(task), null);
                case { } result when AsyncEnumerableItemType(result.GetType()) is { } itemType:
                    return new CallOutcome(await TakeAsync(result, itemType, maxItems), null);
                case var other:
                    return new CallOutcome(other, null);
            }
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return new CallOutcome(null, ex.InnerException);
        }
        catch (Exception ex)
        {
            return new CallOutcome(null, ex);
        }
    }

    private static object? ResultOf(Task task)
        => task.GetType() is { IsGenericType: true } type && type.GetProperty(nameof(Task<int>.Result)) is { } result
            && result.PropertyType.Name != "VoidTaskResult"
            ? result.GetValue(task)
            : null;

    private static Type? AsyncEnumerableItemType(Type type)
        => type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))?
            .GetGenericArguments()[0];

    private static async Task<List<object?>> TakeAsync(object enumerable, Type itemType, int maxItems)
    {
        var source = typeof(IAsyncEnumerable<>).MakeGenericType(itemType);
        var enumerator = source.GetMethod(nameof(IAsyncEnumerable<int>.GetAsyncEnumerator))!.Invoke(enumerable, [CancellationToken.None])!;
        var items = new List<object?>();
        try
        {
            var enumeratorType = typeof(IAsyncEnumerator<>).MakeGenericType(itemType);
            var moveNext = enumeratorType.GetMethod(nameof(IAsyncEnumerator<int>.MoveNextAsync))!;
            var current = enumeratorType.GetProperty(nameof(IAsyncEnumerator<int>.Current))!;
            while (items.Count < maxItems && await (ValueTask<bool>)moveNext.Invoke(enumerator, null)!)
            {
                items.Add(current.GetValue(enumerator));
            }
        }
        finally
        {
            await ((IAsyncDisposable)enumerator).DisposeAsync();
        }

        return items;
    }
}
