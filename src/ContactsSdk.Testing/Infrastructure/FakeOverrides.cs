namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Holds the endpoints users added to a fake; the newest matching one wins, and all win over built-in routes.
/// </summary>
/// <remarks>Overrides change while requests arrive, so the route list is swapped whole under a lock rather than edited.</remarks>
internal sealed class FakeOverrides
{
    private readonly Lock _sync = new();
    private FakeRouter<FakeOverride> _router = new();
    private List<(string Method, string Template, FakeOverride Override)> _entries = [];

    /// <summary>Adds an override in front of the earlier ones.</summary>
    public void Add(string method, string template, FakeOverride endpoint)
    {
        lock (_sync)
        {
            _entries = [(method, template, endpoint), .. _entries];
            _router = Build(_entries);
        }
    }

    /// <summary>Forgets every override.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _entries = [];
            _router = new();
        }
    }

    /// <summary>Finds the newest override matching the request.</summary>
    public bool TryResolve(string method, string path, out FakeOverride? endpoint, out IReadOnlyDictionary<string, string> values)
        => Volatile.Read(ref _router).TryResolve(method, path, out endpoint, out values);

    private static FakeRouter<FakeOverride> Build(List<(string Method, string Template, FakeOverride Override)> entries)
    {
        var router = new FakeRouter<FakeOverride>();
        foreach (var (method, template, endpoint) in entries)
        {
            router.Map(method, template, endpoint);
        }

        return router;
    }
}
