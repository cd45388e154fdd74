namespace ContactsSdk.Testing;

/// <summary>
/// Records one HTTP request that reached a fake, together with the status code the fake answered.
/// </summary>
/// <param name="Method">The HTTP method, upper case (for example <c>POST</c>).</param>
/// <param name="Path">The request path, for example <c>/contacts/cust_abc123</c>.</param>
/// <param name="Query">The raw query string without the leading <c>?</c>; empty when there is none.</param>
/// <param name="Body">The request body as UTF-8 text, or <see langword="null"/> when the request had no body.</param>
/// <param name="Authorization">The value of the <c>Authorization</c> header, or <see langword="null"/> when absent.</param>
/// <param name="StatusCode">The status code the fake answered, or <c>0</c> when it dropped the connection.</param>
/// <param name="ReceivedAt">The time the request arrived, read from the fake's <see cref="TimeProvider"/>.</param>
public sealed record FakeRequest(
    string Method,
    string Path,
    string Query,
    string? Body,
    string? Authorization,
    int StatusCode,
    DateTimeOffset ReceivedAt);
