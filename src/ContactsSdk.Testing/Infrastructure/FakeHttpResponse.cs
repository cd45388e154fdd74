namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Describes the answer a fake API gives, or that it drops the connection instead.
/// </summary>
internal sealed class FakeHttpResponse
{
    /// <summary>The content type of every JSON answer.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    private FakeHttpResponse(int statusCode, string? body, bool isDropped)
    {
        StatusCode = statusCode;
        Body = body;
        IsDropped = isDropped;
    }

    /// <summary>Gets the status code; <c>0</c> for a dropped connection.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the body text, or <see langword="null"/> for none.</summary>
    public string? Body { get; }

    /// <summary>Gets whether the connection is aborted instead of answered.</summary>
    public bool IsDropped { get; }

    /// <summary>Gets the response headers.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a JSON answer.</summary>
    public static FakeHttpResponse Json(int statusCode, string body)
    {
        var response = new FakeHttpResponse(statusCode, body, isDropped: false);
        response.Headers["Content-Type"] = JsonContentType;
        return response;
    }

    /// <summary>Creates an answer without a body.</summary>
    public static FakeHttpResponse Empty(int statusCode) => new(statusCode, null, isDropped: false);

    /// <summary>Creates an answer whose content type the caller sets.</summary>
    public static FakeHttpResponse Text(int statusCode, string body) => new(statusCode, body, isDropped: false);

    /// <summary>Creates the marker for a connection that is aborted without an answer.</summary>
    public static FakeHttpResponse Dropped() => new(0, null, isDropped: true);

    /// <summary>Sets a header and returns the same response, for chaining.</summary>
    public FakeHttpResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
