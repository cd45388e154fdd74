namespace ContactsSdk.Tests.Support;

/// <summary>One request that reached a <see cref="ScriptedServer"/>.</summary>
public sealed record ScriptedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Gets the path without the query string.</summary>
    public string PathOnly => Path.Split('?')[0];
}
