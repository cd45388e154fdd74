namespace ContactsSdk.Testing.Infrastructure;

/// <summary>An endpoint a user added to a fake, or put in place of a built-in one.</summary>
/// <param name="Handle">Answers the request.</param>
/// <param name="RequireCredential">Whether the fake's auth and quota steps run before it, as for built-in endpoints.</param>
internal sealed record FakeOverride(Func<FakeEndpointRequest, FakeEndpointResponse> Handle, bool RequireCredential);
