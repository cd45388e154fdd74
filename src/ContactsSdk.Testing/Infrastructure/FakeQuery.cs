namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Parses a raw query string keeping names case-sensitive, so a strict fake can reject names it does not know.
/// </summary>
/// <remarks>ASP.NET Core's query collection folds name case, which would let <c>Limit=5</c> pass as <c>limit</c>.</remarks>
internal sealed class FakeQuery
{
    private readonly Dictionary<string, List<string>> _values;

    private FakeQuery(Dictionary<string, List<string>> values) => _values = values;

    /// <summary>Gets the parameter names in the query.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>Parses a raw query string, with or without its leading <c>?</c>.</summary>
    public static FakeQuery Parse(string? rawQuery)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var text = (rawQuery ?? string.Empty).TrimStart('?');
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(separator < 0 ? pair : pair[..separator]);
            var value = separator < 0 ? string.Empty : Decode(pair[(separator + 1)..]);
            if (!values.TryGetValue(name, out var list))
            {
                list = [];
                values[name] = list;
            }

            list.Add(value);
        }

        return new FakeQuery(values);
    }

    /// <summary>Gets the first name not in <paramref name="allowed"/>, or <see langword="null"/> when all are known.</summary>
    public string? FindUnknown(IReadOnlyCollection<string> allowed) =>
        _values.Keys.FirstOrDefault(name => !allowed.Contains(name));

    /// <summary>Gets the parameters given more than once.</summary>
    public string? FindRepeated() => _values.FirstOrDefault(pair => pair.Value.Count > 1).Key;

    /// <summary>Gets a parameter's value, or <see langword="null"/> when absent.</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[0] : null;

    /// <summary>Gets every value of a repeated parameter, splitting comma lists too (<c>a=1&amp;a=2</c> or <c>a=1,2</c>).</summary>
    public IReadOnlyList<string> GetAll(string name) =>
        _values.TryGetValue(name, out var list)
            ? [.. list.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : [];

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
