namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Describes one incoming request in vendor-neutral terms, so fake APIs never see WireMock or ASP.NET Core types.
/// </summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The request path, starting with <c>/</c>.</param>
/// <param name="Query">The raw query string without the leading <c>?</c>; empty when there is none.</param>
/// <param name="Body">The body as UTF-8 text, or <see langword="null"/> when empty.</param>
/// <param name="Headers">The request headers, keyed case-insensitively; repeated headers are joined with <c>", "</c>.</param>
internal sealed record FakeHttpRequest(
    string Method,
    string Path,
    string Query,
    string? Body,
    IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>
    /// Gets a header value, or <see langword="null"/> when the request does not carry it.
    /// </summary>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
