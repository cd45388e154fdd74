using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Refit;

namespace ContactsSdk.Resilience;

/// <summary>
/// Tells whether a POST may be retried: the Refit methods of one API interface that carry
/// <see cref="IdempotentPostAttribute"/>, recognised by the method name Refit's generated code stores in every request's
/// options (<see cref="HttpRequestMessageOptions.MethodName"/>), plus requests a client builds by hand and marks itself.
/// </summary>
internal sealed class IdempotentPosts
{
    private static readonly HttpRequestOptionsKey<bool> MarkKey = new("ContactsSdk.IdempotentPost");
    private static readonly HttpRequestOptionsKey<string> MethodNameKey = new(HttpRequestMessageOptions.MethodName);
    private static readonly HttpRequestOptionsKey<Type> InterfaceKey = new(HttpRequestMessageOptions.InterfaceType);

    private readonly Type _api;
    private readonly FrozenSet<string> _methods;

    private IdempotentPosts(Type api, IEnumerable<string> methods)
    {
        _api = api;
        _methods = methods.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Gets the names of the marked methods, for tests and diagnostics.</summary>
    public IReadOnlySet<string> Methods => _methods;

    /// <summary>Reads the marked methods of a Refit interface once.</summary>
    public static IdempotentPosts Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] TApi>()
        => new(typeof(TApi), typeof(TApi).GetMethods().Where(method => method.IsDefined(typeof(IdempotentPostAttribute), inherit: false)).Select(method => method.Name));

    /// <summary>Marks a request built without Refit (e.g. a token exchange) as safe to retry.</summary>
    public static void Mark(HttpRequestMessage request) => request.Options.Set(MarkKey, true);

    /// <summary>Tells whether the request is a POST this API declares safe to retry.</summary>
    public bool Contains(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(MarkKey, out var marked) && marked)
        {
            return true;
        }

        // Refit stores the interface too; a request from another interface with a same-named method is not ours to judge.
        return request.Options.TryGetValue(MethodNameKey, out var name) && name is not null && _methods.Contains(name)
            && (!request.Options.TryGetValue(InterfaceKey, out var api) || api == _api);
    }
}
