using System.Reflection;
using ContactsSdk.Errors;

namespace ContactsSdk.Tests.Conventions;

/// <summary>Rules about the public surface of the shipped assemblies, checked by reflection.</summary>
public sealed class PublicSurfaceConventionTests
{
    private static readonly Assembly Sdk = typeof(IContactsClient).Assembly;
    private static readonly Assembly Testing = typeof(ContactsSdk.Testing.AgentClaraFake).Assembly;

    private static Type[] PublicTypes(Assembly assembly) => assembly.GetExportedTypes();

    [TestCase("Refit")]
    [TestCase("WireMock")]
    [TestCase("Polly")]
    public void PublicSignatures_NeverExposeThirdPartyTypes(string forbiddenNamespace)
    {
        var offenders = PublicTypes(Sdk).Concat(PublicTypes(Testing))
            .SelectMany(type => SignatureTypes(type).Select(used => (type, used)))
            .Where(pair => pair.used.Namespace?.StartsWith(forbiddenNamespace, StringComparison.Ordinal) == true)
            .Select(pair => $"{pair.type.FullName} uses {pair.used.FullName}")
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void PublicExceptions_DeriveFromContactsException()
    {
        var offenders = PublicTypes(Sdk)
            .Where(type => typeof(Exception).IsAssignableFrom(type) && !typeof(ContactsException).IsAssignableFrom(type));

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void PublicAsyncMethods_EndInAsync_AndTakeTheTokenLast()
    {
        var offenders = PublicTypes(Sdk)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => typeof(Task).IsAssignableFrom(method.ReturnType) || method.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Where(method => !method.Name.EndsWith("Async", StringComparison.Ordinal)
                || method.GetParameters().LastOrDefault()?.ParameterType != typeof(CancellationToken))
            .Where(method => method.Name is not (nameof(IAsyncDisposable.DisposeAsync) or nameof(IAsyncEnumerable<int>.GetAsyncEnumerator)))
            .Select(method => $"{method.DeclaringType!.Name}.{method.Name}")
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void PublicRecords_AreSealed()
    {
        var offenders = PublicTypes(Sdk).Concat(PublicTypes(Testing))
            .Where(type => type.IsClass && type.GetMethod("<Clone>$") is not null && !type.IsSealed && !type.IsAbstract);

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void VendorFolders_HaveTheSameParts()
    {
        var parts = new[] { "I{0}Api", "{0}JsonContext", "{0}Mapper", "{0}ContactsClient", "I{0}ContactsClient", "{0}Options", "{0}ErrorParser" };
        var vendors = Sdk.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.StartsWith("ContactsSdk.Vendors.", StringComparison.Ordinal) && ns.Count(c => c == '.') == 2)
            .Distinct();

        var missing = vendors
            .SelectMany(ns => parts.Select(part => $"{ns}.{string.Format(System.Globalization.CultureInfo.InvariantCulture, part, ns.Split('.')[^1])}"))
            .Where(name => Sdk.GetType(name) is null)
            .ToList();

        Assert.That(vendors, Is.Not.Empty);
        Assert.That(missing, Is.Empty);
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var members = type.GetMethods(flags).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Concat(type.GetProperties(flags).Select(p => p.PropertyType))
            .Concat(type.GetConstructors(flags).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)))
            .Concat(type.GetInterfaces())
            .Append(type.BaseType ?? typeof(object));
        return members.SelectMany(Flatten);
    }

    private static IEnumerable<Type> Flatten(Type type)
        => type.IsGenericType ? type.GetGenericArguments().SelectMany(Flatten).Append(type) : [type.GetElementType() ?? type];
}
