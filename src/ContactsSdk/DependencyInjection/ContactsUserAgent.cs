using System.Net.Http.Headers;
using System.Reflection;

namespace ContactsSdk.DependencyInjection;

/// <summary>
/// The <c>User-Agent</c> every request carries: <c>ContactsSdk/{version}</c>, after the caller's application id when one is
/// set (the order Azure's SDKs use), so a vendor's support can tell which SDK and which app sent a call.
/// </summary>
internal static class ContactsUserAgent
{
    public const string Product = "ContactsSdk";

    /// <summary>Gets the package version, without the source revision that <c>+…</c> appends.</summary>
    public static string Version { get; } = VersionOf(typeof(ContactsUserAgent).Assembly);

    public static void AddTo(HttpRequestHeaders headers, string? applicationId)
    {
        if (!string.IsNullOrEmpty(applicationId))
        {
            headers.UserAgent.Add(ProductInfoHeaderValue.Parse(applicationId));
        }

        headers.UserAgent.Add(new ProductInfoHeaderValue(Product, Version));
    }

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = string.IsNullOrEmpty(informational) ? assembly.GetName().Version?.ToString(3) ?? "0.0.0" : informational;
        var revision = version.IndexOf('+', StringComparison.Ordinal);
        return revision < 0 ? version : version[..revision];
    }
}
