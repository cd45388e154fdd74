namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Matches request paths against a template such as <c>/contacts/{id}/conversations</c>, segment by segment.
/// </summary>
internal sealed class RouteTemplate
{
    private readonly string[] _segments;

    /// <summary>Initializes a template; segments in braces capture one path segment each.</summary>
    public RouteTemplate(string template)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        Text = template;
        _segments = Split(template);
    }

    /// <summary>Gets the template text.</summary>
    public string Text { get; }

    /// <summary>Matches a path exactly (no trailing slash leniency) and captures its parameters.</summary>
    public bool TryMatch(string path, out IReadOnlyDictionary<string, string> values)
    {
        var segments = Split(path);
        var captured = new Dictionary<string, string>(StringComparer.Ordinal);
        values = captured;
        if (segments.Length != _segments.Length || path.EndsWith('/') != Text.EndsWith('/'))
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (!MatchSegment(_segments[i], segments[i], captured))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchSegment(string templateSegment, string pathSegment, Dictionary<string, string> captured)
    {
        if (templateSegment.StartsWith('{') && templateSegment.EndsWith('}'))
        {
            captured[templateSegment[1..^1]] = pathSegment;
            return pathSegment.Length > 0;
        }

        return string.Equals(templateSegment, pathSegment, StringComparison.Ordinal);
    }

    private static string[] Split(string path) => path.Trim('/').Split('/');
}
