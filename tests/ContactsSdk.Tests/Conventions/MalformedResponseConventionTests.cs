using System.Collections;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Conventions;

/// <summary>
/// Every public method of every client (the facade's, the vendor interface's and its sub-clients') against a scripted server that answers
/// every request with a mis-shaped 200: the call may only return a valid result (every id present) or throw from the
/// <see cref="ContactsException"/> family — an <see cref="ArgumentException"/> only before any request. A raw
/// <c>JsonException</c>, <c>NullReferenceException</c> or a contact without an id fails the case.
/// </summary>
[NonParallelizable]
public sealed class MalformedResponseConventionTests
{
    private readonly Dictionary<ContactsVendor, (ScriptedServer Server, ContactsClients Clients)> _hosts = [];

    public static IEnumerable<TestCaseData> Cases()
        => from vendor in PublicClientMethods.Vendors
           from method in PublicClientMethods.MethodsOf(PublicClientMethods.InterfaceOf(vendor)).Select(m => m.Id)
           from shape in Enum.GetValues<MalformedShape>()
           select new TestCaseData(vendor, method, shape).SetArgDisplayNames(vendor.ToString(), method, shape.ToString());

    [OneTimeSetUp]
    public void StartServers()
    {
        foreach (var vendor in PublicClientMethods.Vendors)
        {
            var server = new ScriptedServer();
            _hosts[vendor] = (server, ScriptedClients.Build(vendor, server.BaseAddress));
        }
    }

    [OneTimeTearDown]
    public async Task StopServers()
    {
        foreach (var (server, clients) in _hosts.Values)
        {
            await clients.DisposeAsync();
            await server.DisposeAsync();
        }
    }

    [Test]
    public void Cases_CoverEveryPublicMethodOfEveryClient()
    {
        var methods = Cases().Select(data => ((ContactsVendor)data.Arguments[0]!, (string)data.Arguments[1]!)).Distinct().ToList();
        var expected = PublicClientMethods.Vendors.Sum(vendor => PublicClientMethods.MethodsOf(PublicClientMethods.InterfaceOf(vendor)).Count());

        Assert.That(methods, Has.Count.EqualTo(expected));
        Assert.That(methods, Has.Count.GreaterThan(50), "the facade's 12 methods for each vendor plus each vendor's own");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task PublicMethod_MalformedAnswer_ReturnsValidResultOrThrowsFromTheFamily(ContactsVendor vendor, string methodId, MalformedShape shape)
    {
        var (server, clients) = _hosts[vendor];
        server.Script = request => MalformedAnswers.For(vendor, shape, request);
        server.ClearRequests();
        var method = PublicClientMethods.Method(vendor, methodId);
        var methodName = method.Name;
        var client = clients.Get(ScriptedClients.Name);

        var outcome = await PublicClientMethods.InvokeAsync(() => method.Invoke(client, PublicClientMethods.ValidArguments(vendor, method)), maxItems: 3);

        var error = outcome.Error;
        var context = $"{vendor} {methodName} answered {shape}";
        switch (error)
        {
            case null:
                Assert.That(InvalidParts(outcome.Result), Is.Empty, $"{context}: succeeded with a broken result");
                break;
            case ContactsException family:
                Assert.That(family.Vendor, Is.EqualTo(vendor), $"{context}: the exception names the vendor");
                break;
            case ArgumentException:
                Assert.That(server.Requests, Is.Empty, $"{context}: ArgumentException after a request: {error}");
                break;
            default:
                Assert.Fail($"{context}: escaped the family with {error.GetType().Name}: {error}");
                break;
        }
    }

    public static IEnumerable<TestCaseData> ListingCases()
        => from vendor in PublicClientMethods.Vendors
           from query in new[] { "raw", "updated", "email" }
           from shape in Enum.GetValues<MalformedShape>()
           select new TestCaseData(vendor, query, shape).SetArgDisplayNames(vendor.ToString(), query, shape.ToString());

    /// <summary>The listing paths the default query does not take: raw payloads, another sort, a local email filter.</summary>
    [TestCaseSource(nameof(ListingCases))]
    public async Task ListAsync_OtherQueries_MalformedAnswer_ReturnsValidItemsOrThrowsFromTheFamily(ContactsVendor vendor, string query, MalformedShape shape)
    {
        var (server, clients) = _hosts[vendor];
        server.Script = request => MalformedAnswers.For(vendor, shape, request);
        var contactQuery = query switch
        {
            "raw" => new ContactQuery { IncludeRaw = true },
            "updated" => new ContactQuery { SortBy = ContactSortField.Updated, Descending = true },
            _ => new ContactQuery { Email = "ada@example.com" },
        };

        var outcome = await PublicClientMethods.InvokeAsync(() => clients.Get(ScriptedClients.Name).ListAsync(contactQuery), maxItems: 3);

        Assert.That(outcome.Error, Is.Null.Or.InstanceOf<ContactsException>(), $"{vendor} {query} listing answered {shape}: {outcome.Error}");
        Assert.That(InvalidParts(outcome.Result), Is.Empty, $"{vendor} {query} listing answered {shape}: a broken item");
    }

    /// <summary>The ids and keys in a result that are missing, blank or a default number (what a missing numeric id reads as).</summary>
    private static List<string> InvalidParts(object? result)
    {
        var invalid = new List<string>();
        Inspect(result, invalid, depth: 0);
        return invalid;
    }

    private static void Inspect(object? value, List<string> invalid, int depth)
    {
        if (value is null or string || depth > 3 || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                if (item is null)
                {
                    invalid.Add("a null item");
                }

                Inspect(item, invalid, depth + 1);
            }

            return;
        }

        if (value.GetType().Namespace?.StartsWith("ContactsSdk", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            var part = property.GetValue(value);
            if (property.Name is "Id" or "Key" && value is not ContactChannel && part is null or "" or "0" or 0L)
            {
                invalid.Add($"{value.GetType().Name}.{property.Name} = '{part}'");
            }

            if (property.Name is not ("Raw" or "CustomFields"))
            {
                Inspect(part, invalid, depth + 1);
            }
        }
    }
}
