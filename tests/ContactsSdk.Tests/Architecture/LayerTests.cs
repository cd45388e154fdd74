using System.Reflection;
using ContactsSdk.DependencyInjection;
using NetArchTest.Rules;

namespace ContactsSdk.Tests.Architecture;

/// <summary>
/// The layer rules of DESIGN.md ("Layers and packages (v2)"), checked on the compiled SDK: core references neither the
/// registration code nor a vendor; a vendor references core only; core's folders reference each other without cycles.
/// A violation fails the build's test run and names the offending types.
/// </summary>
public sealed class LayerTests
{
    private const string Root = "ContactsSdk";
    private const string VendorsNamespace = "ContactsSdk.Vendors";
    private const string RegistrationNamespace = "ContactsSdk.DependencyInjection";

    private static readonly Assembly Sdk = typeof(IContactsClient).Assembly;

    private static readonly string[] Vendors = [.. Enum.GetNames<ContactsVendor>().Select(vendor => $"{VendorsNamespace}.{vendor}")];

    // AddContactsSdk and AddWix live in Microsoft's namespace so that users find them without a using; they are
    // registration code all the same.
    private static readonly string[] Registration =
    [
        RegistrationNamespace,
        .. Sdk.GetExportedTypes()
            .Where(type => type.Namespace == "Microsoft.Extensions.DependencyInjection")
            .Select(type => type.FullName!),
    ];

    private static readonly string[] CoreFolders =
    [
        .. Sdk.GetTypes()
            .Select(type => type.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith(Root + ".", StringComparison.Ordinal) && !IsVendorOrRegistration(ns))
            .Select(ns => $"{Root}.{ns.Split('.')[1]}")
            .Distinct(),
    ];

    [Test]
    public void Sdk_HasTheLayersTheRulesName()
    {
        Assert.That(Registration, Has.Length.GreaterThan(1), "the extension classes in Microsoft.Extensions.DependencyInjection");
        Assert.That(CoreFolders, Is.SupersetOf(new[] { "ContactsSdk.Errors", "ContactsSdk.Internal", "ContactsSdk.Resilience", "ContactsSdk.Paging", "ContactsSdk.Diagnostics", "ContactsSdk.Configuration" }));
        Assert.That(Vendors.Select(vendor => Sdk.GetTypes().Any(type => type.Namespace == vendor)), Is.All.True);
    }

    [Test]
    public void Core_ReferencesNeitherRegistrationNorAnyVendor()
    {
        var result = Core().Should().NotHaveDependencyOnAny([.. Registration, VendorsNamespace]).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, "core types that reference registration code or a vendor");
    }

    [TestCaseSource(nameof(Vendors))]
    public void Vendor_ReferencesCoreOnly(string vendor)
    {
        var otherVendors = Vendors.Where(other => other != vendor);

        var result = InNamespace(vendor).Should().NotHaveDependencyOnAny([.. Registration, .. otherVendors]).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{vendor} types that reference registration code or another vendor");
    }

    // The root namespace holds the domain records (Contact, ContactsVendor, IContactsClient) that every folder speaks in;
    // the rule is about the folders beneath it.
    [Test]
    public void CoreFolders_DoNotReferenceEachOtherInACycle()
    {
        var references = CoreFolders.ToDictionary(folder => folder, folder => CoreFolders.Where(other => other != folder && References(folder, other)).ToHashSet());

        var cycles = references
            .SelectMany(pair => pair.Value.Where(target => string.CompareOrdinal(pair.Key, target) < 0 && references[target].Contains(pair.Key))
                .Select(target => $"{pair.Key} <-> {target}"))
            .ToList();

        Assert.That(cycles, Is.Empty);
    }

    [Test]
    public void Checker_SeesReferencesThatExist()
    {
        // The rules above pass only if the checker sees nothing; these references are real, so it must see them.
        // (NetArchTest never selects types in Microsoft.* namespaces, but it does see references to them.)
        var onRegistration = Types.InAssembly(Sdk).That().HaveDependencyOnAny(Registration).GetTypes().Select(type => type.FullName);

        Assert.Multiple(() =>
        {
            Assert.That(References("ContactsSdk.Internal", "ContactsSdk.Errors"), Is.True);
            Assert.That(References("ContactsSdk.DependencyInjection", "ContactsSdk.Resilience"), Is.True);
            Assert.That(References("ContactsSdk.Vendors.Wix", "ContactsSdk.Resilience"), Is.True);
            Assert.That(onRegistration, Does.Contain(typeof(ContactsClientBuilder).FullName), "ContactsClientBuilder calls AddContactsSdk");
        });
    }

    private static bool IsVendorOrRegistration(string ns)
        => ns.StartsWith(VendorsNamespace, StringComparison.Ordinal) || ns.StartsWith(RegistrationNamespace, StringComparison.Ordinal);

    private static bool References(string folder, string other)
        => InNamespace(folder).Should().NotHaveDependencyOn(other).GetResult() is { IsSuccessful: false };

    private static PredicateList Core()
        => Types.InAssembly(Sdk).That()
            .ResideInNamespaceMatching(@"^ContactsSdk(\.|$)")
            .And().DoNotResideInNamespaceMatching(@"^ContactsSdk\.(Vendors|DependencyInjection)(\.|$)");

    private static PredicateList InNamespace(string ns)
        => Types.InAssembly(Sdk).That().ResideInNamespaceMatching($"^{ns.Replace(".", "\\.", StringComparison.Ordinal)}(\\.|$)");
}
