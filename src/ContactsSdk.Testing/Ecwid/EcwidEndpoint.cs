using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>Describes one emulated operation: the scopes it needs, the query parameters it accepts, and its handler.</summary>
/// <param name="Scopes">Every scope the token must hold (spec §4).</param>
/// <param name="QueryParameters">The query parameters emulated; any other answers 400.</param>
/// <param name="NotEmulated">Documented query parameters the fake does not emulate; they answer 501.</param>
/// <param name="Handle">The handler, run under the store's lock.</param>
internal sealed record EcwidEndpoint(
    IReadOnlyCollection<string> Scopes,
    IReadOnlyCollection<string> QueryParameters,
    IReadOnlyCollection<string> NotEmulated,
    Func<EcwidCall, FakeHttpResponse> Handle)
{
    public static EcwidEndpoint Of(Func<EcwidCall, FakeHttpResponse> handle, params string[] scopes) => new(scopes, [], [], handle);

    public EcwidEndpoint WithQuery(params string[] names) => this with { QueryParameters = names };

    public EcwidEndpoint WithoutEmulating(params string[] names) => this with { NotEmulated = names };
}
