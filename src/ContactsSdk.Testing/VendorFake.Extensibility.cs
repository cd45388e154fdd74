using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing;

/// <summary>Adds or replaces endpoints on a running fake.</summary>
public abstract partial class VendorFake
{
    /// <summary>
    /// Adds an endpoint, or puts <paramref name="handler"/> in place of a built-in one, so a test can emulate something the
    /// fake lacks or change how an endpoint answers.
    /// </summary>
    /// <remarks>
    /// <para>
    /// An override wins over the built-in route with the same method and path, and a later override wins over an earlier
    /// one. Requests to it are journaled and faults apply to them, like any other request. With
    /// <paramref name="requireCredential"/> left <see langword="true"/>, the fake's auth and rate limit run first, so a
    /// missing credential still answers the vendor's 401/403. A <see cref="FakeApiException"/> thrown by the handler
    /// answers the vendor's error body; any other exception answers the vendor's 500. The handler runs outside the fake's
    /// store lock and may be called concurrently.
    /// </para>
    /// <para><see cref="Reset"/> removes every override.</para>
    /// </remarks>
    /// <param name="method">The HTTP method, such as <c>GET</c>.</param>
    /// <param name="pathTemplate">
    /// The path as the journal shows it, with <c>{name}</c> for a captured segment: <c>/contacts/{id}/notes</c>, or for Ecwid
    /// <c>/api/v3/{storeId}/orders</c> (a <c>{storeId}</c> segment is checked against the token's store).
    /// </param>
    /// <param name="handler">Answers the request.</param>
    /// <param name="requireCredential">Whether the fake's auth and rate-limit steps run before <paramref name="handler"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="method"/> is blank, or <paramref name="pathTemplate"/> is blank or does not start with <c>/</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    public void Override(
        string method,
        string pathTemplate,
        Func<FakeEndpointRequest, FakeEndpointResponse> handler,
        bool requireCredential = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathTemplate);
        ArgumentNullException.ThrowIfNull(handler);
        if (!pathTemplate.StartsWith('/'))
        {
            throw new ArgumentException("The path template must start with '/', e.g. \"/contacts/{id}/notes\".", nameof(pathTemplate));
        }

        _overrides.Add(method.Trim().ToUpperInvariant(), pathTemplate, new FakeOverride(handler, requireCredential));
    }
}
