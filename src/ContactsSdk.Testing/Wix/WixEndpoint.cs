using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>One emulated Wix operation; its handler runs under the site store's lock.</summary>
/// <param name="Handle">The handler.</param>
/// <param name="QueryParameters">The query parameters the operation declares; any other answers 400 (<see cref="WixQueryParameters"/>).</param>
internal sealed record WixEndpoint(Func<WixCall, FakeHttpResponse> Handle, IReadOnlyCollection<string> QueryParameters)
{
    /// <summary>Gets the OAuth token endpoint, the one Wix route that needs no credential.</summary>
    public static WixEndpoint TokenExchange { get; } = Of(_ => throw new InvalidOperationException("The token endpoint has no store."));

    /// <summary>Creates an endpoint that declares the given query parameters (none when omitted).</summary>
    public static WixEndpoint Of(Func<WixCall, FakeHttpResponse> handle, params string[] queryParameters) => new(handle, queryParameters);
}
