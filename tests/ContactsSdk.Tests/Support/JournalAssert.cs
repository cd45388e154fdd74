using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Support;

/// <summary>Assertions over a fake's request journal, shared by the tests that check what went over the wire.</summary>
public static class JournalAssert
{
    /// <summary>Asserts the journal holds exactly these calls, in order, each written <c>METHOD /path</c>.</summary>
    public static void Calls(IReadOnlyList<FakeRequest> journal, params string[] calls)
        => Assert.That(journal.Select(entry => $"{entry.Method} {entry.Path}"), Is.EqualTo(calls));

    /// <summary>The request's query parameters, decoded.</summary>
    public static Dictionary<string, string> QueryOf(FakeRequest request)
        => request.Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                parts => Uri.UnescapeDataString(parts[0]),
                parts => parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : string.Empty);
}
