namespace ContactsSdk.Testing;

/// <summary>
/// Describes the answer of an endpoint added with <see cref="VendorFake.Override"/>.
/// </summary>
/// <remarks>The fake still adds the headers its vendor puts on every answer (such as a request id).</remarks>
public sealed class FakeEndpointResponse
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    private FakeEndpointResponse(int statusCode, string? body, string? contentType)
    {
        StatusCode = statusCode;
        Body = body;
        if (contentType is not null)
        {
            _headers["Content-Type"] = contentType;
        }
    }

    /// <summary>Gets the status code.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the body text, or <see langword="null"/> for none.</summary>
    public string? Body { get; }

    /// <summary>Gets the headers to send, including <c>Content-Type</c> when there is a body.</summary>
    public IReadOnlyDictionary<string, string> Headers => _headers;

    /// <summary>Creates a JSON answer.</summary>
    /// <param name="statusCode">The status, 100 to 599.</param>
    /// <param name="json">The JSON text, sent as it is.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static FakeEndpointResponse Json(int statusCode, string json)
    {
        CheckStatus(statusCode);
        ArgumentNullException.ThrowIfNull(json);
        return new FakeEndpointResponse(statusCode, json, "application/json; charset=utf-8");
    }

    /// <summary>Creates an answer with a body of any type.</summary>
    /// <param name="statusCode">The status, 100 to 599.</param>
    /// <param name="body">The body text.</param>
    /// <param name="contentType">The content type, such as <c>text/plain</c>.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="body"/> is null or <paramref name="contentType"/> is null or blank.</exception>
    public static FakeEndpointResponse Text(int statusCode, string body, string contentType)
    {
        CheckStatus(statusCode);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        return new FakeEndpointResponse(statusCode, body, contentType);
    }

    /// <summary>Creates an answer without a body, such as 204.</summary>
    /// <param name="statusCode">The status, 100 to 599.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is out of range.</exception>
    public static FakeEndpointResponse Empty(int statusCode)
    {
        CheckStatus(statusCode);
        return new FakeEndpointResponse(statusCode, body: null, contentType: null);
    }

    /// <summary>Sets a header and returns the same answer, for chaining.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    /// <returns>This answer.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank, or <paramref name="value"/> is null.</exception>
    public FakeEndpointResponse WithHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        _headers[name] = value;
        return this;
    }

    private static void CheckStatus(int statusCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
    }
}
