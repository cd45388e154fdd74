namespace ContactsSdk.Testing;

/// <summary>
/// Describes a request that reached an endpoint added with <see cref="VendorFake.Override"/>, in plain terms.
/// </summary>
public sealed class FakeEndpointRequest
{
    private readonly IReadOnlyDictionary<string, string> _headers;

    internal FakeEndpointRequest(
        string method,
        string path,
        string query,
        string? body,
        IReadOnlyDictionary<string, string> headers,
        IReadOnlyDictionary<string, string> routeValues)
    {
        Method = method;
        Path = path;
        Query = query;
        Body = body;
        _headers = headers;
        RouteValues = routeValues;
    }

    /// <summary>Gets the HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>Gets the request path, as the journal shows it (for Ecwid it starts with <c>/api/v3/</c>).</summary>
    public string Path { get; }

    /// <summary>Gets the raw query string without the leading <c>?</c>; empty when there is none.</summary>
    public string Query { get; }

    /// <summary>Gets the body as UTF-8 text, or <see langword="null"/> when the request had none.</summary>
    public string? Body { get; }

    /// <summary>Gets the values the path template captured, such as <c>id</c> for <c>/contacts/{id}/notes</c>.</summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; }

    /// <summary>Gets a request header, or <see langword="null"/> when the request does not carry it.</summary>
    /// <param name="name">The header name, matched ignoring case.</param>
    /// <returns>The value; repeated headers are joined with <c>", "</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public string? GetHeader(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _headers.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Returns the method and path, never the body or headers (they may carry secrets or personal data).</summary>
    /// <returns>Such as <c>GET /contacts/cust_1/notes</c>.</returns>
    public override string ToString() => $"{Method} {Path}";
}
