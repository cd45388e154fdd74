namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Finds the handler for a method and path; routes are tried in the order they were mapped, so literals go first.
/// </summary>
/// <typeparam name="THandler">The vendor's handler description.</typeparam>
internal sealed class FakeRouter<THandler>
    where THandler : class
{
    private readonly List<(string Method, RouteTemplate Template, THandler Handler)> _routes = [];

    /// <summary>Adds a route; map literal paths such as <c>/contacts/search</c> before <c>/contacts/{id}</c>.</summary>
    public FakeRouter<THandler> Map(string method, string template, THandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _routes.Add((method, new RouteTemplate(template), handler));
        return this;
    }

    /// <summary>Finds the first route that matches, or returns <see langword="false"/>.</summary>
    public bool TryResolve(
        string method,
        string path,
        out THandler? handler,
        out IReadOnlyDictionary<string, string> values)
    {
        foreach (var route in _routes)
        {
            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase)
                && route.Template.TryMatch(path, out values))
            {
                handler = route.Handler;
                return true;
            }
        }

        handler = null;
        values = new Dictionary<string, string>();
        return false;
    }
}
