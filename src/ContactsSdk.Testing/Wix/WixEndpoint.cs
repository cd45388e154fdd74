using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>One emulated Wix operation; its handler runs under the site store's lock.</summary>
/// <param name="Handle">The handler.</param>
internal sealed record WixEndpoint(Func<WixCall, FakeHttpResponse> Handle)
{
    /// <summary>Gets the OAuth token endpoint, the one Wix route that needs no credential.</summary>
    public static WixEndpoint TokenExchange { get; } = new(_ => throw new InvalidOperationException("The token endpoint has no store."));
}
