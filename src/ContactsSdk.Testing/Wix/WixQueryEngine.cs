using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Compiles a WQL filter and sort against a field matrix (spec §2, §4.5, §5, §6). Anything outside the matrix answers
/// the matching 400 code, so a client never gets a silently wrong answer.
/// </summary>
internal sealed class WixQueryEngine(Func<string, WixFilterField?> resolve, Func<string, WixValueKind?> sortable, WixQueryCodes codes)
{
    public Func<JsonObject, bool> Compile(JsonNode? filter)
    {
        if (filter is null)
        {
            return _ => true;
        }

        return filter as JsonObject is { } obj ? CompileObject(obj) : throw Malformed("the filter must be an object");
    }

    public IEnumerable<JsonObject> Sort(IEnumerable<JsonObject> items, JsonNode? sort, string defaultField)
    {
        var (field, descending) = ReadSort(sort, defaultField);
        var kind = sortable(field) ?? throw WixErrors.Filter(codes.BadSort, $"Sorting by '{field}' is not supported");
        var comparer = Comparer<JsonObject>.Create((left, right) =>
        {
            var result = CompareValues(First(field, left), First(field, right), kind);
            return result != 0 ? (descending ? -result : result)
                : string.CompareOrdinal(left["id"]?.GetValue<string>() ?? left["key"]?.GetValue<string>(), right["id"]?.GetValue<string>() ?? right["key"]?.GetValue<string>());
        });
        return items.Order(comparer);
    }

    private JsonNode? First(string field, JsonObject item) => resolve(field)?.Values(item) is { Count: > 0 } values ? values[0] : Path(item, field);

    private static JsonNode? Path(JsonObject item, string field)
    {
        JsonNode? node = item;
        foreach (var part in field.Split('.'))
        {
            node = node is JsonObject obj ? obj[part] : null;
        }

        return node;
    }

    private (string Field, bool Descending) ReadSort(JsonNode? sort, string defaultField)
    {
        var entries = sort switch
        {
            null => [],
            JsonArray array => array.ToList(),
            JsonObject obj => [obj],
            _ => throw WixErrors.Filter(codes.BadSort, "sort must be an array"),
        };
        if (entries.Count > 1)
        {
            throw WixErrors.Filter(codes.BadSort, "At most one sort is supported");
        }

        if (entries.Count == 0)
        {
            return (defaultField, false);
        }

        var field = entries[0]?["fieldName"]?.GetValue<string>() ?? throw WixErrors.Filter(codes.BadSort, "sort.fieldName is required");
        var order = entries[0]?["order"]?.GetValue<string>() ?? "ASC";
        return order is "ASC" or "DESC" ? (field, order == "DESC") : throw WixErrors.Filter(codes.BadSort, $"Unknown sort order '{order}'");
    }

    private Func<JsonObject, bool> CompileObject(JsonObject filter)
    {
        var parts = filter.Select(pair => CompilePair(pair.Key, pair.Value)).ToList();
        return item => parts.All(part => part(item));
    }

    private Func<JsonObject, bool> CompilePair(string key, JsonNode? value)
    {
        switch (key)
        {
            case "$and":
            case "$or" when WixFakeDefaults.SupportsOrAndNot:
                var parts = Operands(value).Select(CompileObject).ToList();
                return key == "$and" ? item => parts.All(part => part(item)) : item => parts.Any(part => part(item));
            case "$not" when WixFakeDefaults.SupportsOrAndNot:
                var inner = Operands(value).Select(CompileObject).ToList();
                return item => !inner.All(part => part(item));
            default:
                if (key.StartsWith('$'))
                {
                    throw WixErrors.Filter("UNSUPPORTED_FILTER", $"Unsupported logical operator '{key}'");
                }

                return CompileField(key, value);
        }
    }

    private static List<JsonObject> Operands(JsonNode? value)
        => value switch
        {
            JsonArray array => [.. array.Select(node => node as JsonObject ?? throw Malformed("logical operands must be objects"))],
            JsonObject obj => [obj],
            _ => throw Malformed("logical operators take an array or an object"),
        };

    private Func<JsonObject, bool> CompileField(string name, JsonNode? condition)
    {
        var field = resolve(name) ?? throw WixErrors.Filter(codes.UnknownField, $"Filtering by '{name}' is not supported");
        var operators = condition is JsonObject obj && obj.Count > 0 && obj.All(pair => pair.Key.StartsWith('$'))
            ? obj.Select(pair => (pair.Key, pair.Value)).ToList()
            : [("$eq", condition)];
        var tests = operators.Select(op => CompileOperator(name, field, op.Item1, op.Item2)).ToList();
        return item =>
        {
            var values = field.Values(item);
            return tests.All(test => test(values));
        };
    }

    private Func<IReadOnlyList<JsonNode?>, bool> CompileOperator(string name, WixFilterField field, string op, JsonNode? operand)
    {
        if (!field.Operators.Contains(op))
        {
            throw WixErrors.Filter("UNSUPPORTED_FILTER_OPERATOR", $"Operator '{op}' is not supported on '{name}'");
        }

        switch (op)
        {
            case "$exists":
                var wanted = operand?.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                    ? operand.GetValue<bool>()
                    : throw BadValue(name, "$exists takes true or false");
                return values => values.Any(value => value is not null) == wanted;
            case "$in" or "$nin" or "$hasSome" or "$hasAll":
                var set = (operand as JsonArray ?? throw BadValue(name, $"{op} takes an array")).Select(node => Operand(name, field.Kind, node)).ToList();
                return op switch
                {
                    "$in" or "$hasSome" => values => values.Any(value => set.Any(candidate => Equal(value, candidate, field.Kind))),
                    "$nin" => values => !values.Any(value => set.Any(candidate => Equal(value, candidate, field.Kind))),
                    _ => values => set.All(candidate => values.Any(value => Equal(value, candidate, field.Kind))),
                };
            default:
                var single = Operand(name, op == "$startsWith" ? WixValueKind.Text : field.Kind, operand);
                return op switch
                {
                    "$eq" => values => values.Any(value => Equal(value, single, field.Kind)),
                    "$ne" => values => !values.Any(value => Equal(value, single, field.Kind)),
                    "$startsWith" => values => values.Any(value => value?.GetValueKind() == JsonValueKind.String
                        && value.GetValue<string>().StartsWith(single.GetValue<string>(), StringComparison.OrdinalIgnoreCase)),
                    "$gt" => values => values.Any(value => value is not null && CompareValues(value, single, field.Kind) > 0),
                    "$gte" => values => values.Any(value => value is not null && CompareValues(value, single, field.Kind) >= 0),
                    "$lt" => values => values.Any(value => value is not null && CompareValues(value, single, field.Kind) < 0),
                    "$lte" => values => values.Any(value => value is not null && CompareValues(value, single, field.Kind) <= 0),
                    _ => throw WixErrors.Filter("UNSUPPORTED_FILTER_OPERATOR", $"Operator '{op}' is not supported"),
                };
        }
    }

    private JsonNode Operand(string name, WixValueKind kind, JsonNode? operand)
    {
        if (operand is JsonObject { Count: 1 } wrapped && wrapped["$date"] is { } date)
        {
            operand = date;
        }

        var valueKind = operand?.GetValueKind();
        var ok = kind switch
        {
            WixValueKind.Number => valueKind == JsonValueKind.Number,
            WixValueKind.Time => valueKind == JsonValueKind.String && DateTimeOffset.TryParse(operand!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
            _ => valueKind == JsonValueKind.String,
        };
        return ok ? operand!.DeepClone() : throw BadValue(name, $"expects a {kind} value");
    }

    private static bool Equal(JsonNode? value, JsonNode candidate, WixValueKind kind)
        => value is not null && CompareValues(value, candidate, kind) == 0;

    private static int CompareValues(JsonNode? left, JsonNode? right, WixValueKind kind)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        return kind switch
        {
            WixValueKind.Number when left.GetValueKind() == JsonValueKind.Number && right.GetValueKind() == JsonValueKind.Number
                => left.GetValue<double>().CompareTo(right.GetValue<double>()),
            WixValueKind.Time => ParseTime(left).CompareTo(ParseTime(right)),
            WixValueKind.Text => string.Compare(Text(left), Text(right), StringComparison.OrdinalIgnoreCase),
            _ => string.CompareOrdinal(Text(left), Text(right)),
        };
    }

    private static string Text(JsonNode node) => node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    private static DateTimeOffset ParseTime(JsonNode node)
        => DateTimeOffset.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private FakeApiException BadValue(string name, string message) => WixErrors.Filter(codes.BadValueType, $"{name}: {message}");

    private static FakeApiException Malformed(string message) => WixErrors.Filter("MALFORMED_FILTER", message);
}
