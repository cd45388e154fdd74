using System.Text.RegularExpressions;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// The Wix POSTs the resilience pipeline may retry: queries and previews only read; a token request only issues a token; label and field find-or-create
/// return the existing item when asked twice; labelling a contact adds to a set. Creating a contact, merging and the bulk
/// jobs are not here: they are never retried blindly.
/// </summary>
internal static partial class WixIdempotentPosts
{
    [GeneratedRegex(
        @"^/(?:oauth2/token|contacts/v4/(?:(?:contacts|labels|extended-fields)/query|contacts/[^/]+/preview-merge|contacts/[^/]+/labels|labels|extended-fields))\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex SafePath();

    public static bool Contains(HttpRequestMessage request)
        => request.RequestUri is { } uri && SafePath().IsMatch(uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0]);
}
