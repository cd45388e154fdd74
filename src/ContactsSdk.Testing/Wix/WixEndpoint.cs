using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>One emulated operation; its handler runs under the site store's lock.</summary>
internal sealed record WixEndpoint(Func<WixCall, FakeHttpResponse> Handle);
