using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Builds a WQL filter (the Mongo-like Wix API Query Language, spec §2) without hand-written JSON, e.g.
/// <c>WixFilter.And(WixFilter.Eq(WixContactFields.LastName, "Smith"), WixFilter.HasSome(WixContactFields.LabelKeys, "custom.vip"))</c>.
/// <see cref="Raw"/> takes any JSON filter for what the builder does not cover.
/// </summary>
/// <remarks>Wix answers 400 (<c>UNSUPPORTED_FILTER_*</c>) when a field does not support an operator; see spec §4.5 or <see cref="WixContactFields"/>.</remarks>
public sealed class WixFilter
{
    private readonly JsonObject _node;

    private WixFilter(JsonObject node)
    {
        _node = node;
    }

    /// <summary>Matches a field equal to a string.</summary>
    /// <param name="field">The field, e.g. <see cref="WixContactFields.LastName"/>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Eq(string field, string value) => Op(field, "$eq", JsonValue.Create(value));

    /// <summary>Matches a field equal to a number.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Eq(string field, double value) => Op(field, "$eq", JsonValue.Create(value));

    /// <summary>Matches a field not equal to a string.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Ne(string field, string value) => Op(field, "$ne", JsonValue.Create(value));

    /// <summary>Matches a field equal to one of some strings.</summary>
    /// <param name="field">The field.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank or <paramref name="values"/> is empty.</exception>
    public static WixFilter In(string field, params IEnumerable<string> values) => Op(field, "$in", Strings(values, nameof(values)));

    /// <summary>Matches a field equal to none of some strings (system extended fields only).</summary>
    /// <param name="field">The field.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank or <paramref name="values"/> is empty.</exception>
    public static WixFilter NotIn(string field, params IEnumerable<string> values) => Op(field, "$nin", Strings(values, nameof(values)));

    /// <summary>Matches a text field that starts with a prefix.</summary>
    /// <param name="field">The field.</param>
    /// <param name="prefix">The prefix.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter StartsWith(string field, string prefix) => Op(field, "$startsWith", JsonValue.Create(prefix));

    /// <summary>Matches a field that has, or lacks, a value.</summary>
    /// <param name="field">The field.</param>
    /// <param name="exists">Whether the field must have a value.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Exists(string field, bool exists = true) => Op(field, "$exists", JsonValue.Create(exists));

    /// <summary>Matches a time field after a moment.</summary>
    /// <param name="field">The field, e.g. <see cref="WixContactFields.CreatedDate"/>.</param>
    /// <param name="value">The moment.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Gt(string field, DateTimeOffset value) => Op(field, "$gt", Time(value));

    /// <summary>Matches a time field at or after a moment.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The moment.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Gte(string field, DateTimeOffset value) => Op(field, "$gte", Time(value));

    /// <summary>Matches a time field before a moment.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The moment.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Lt(string field, DateTimeOffset value) => Op(field, "$lt", Time(value));

    /// <summary>Matches a time field at or before a moment.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The moment.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Lte(string field, DateTimeOffset value) => Op(field, "$lte", Time(value));

    /// <summary>Matches a number field above a value.</summary>
    /// <param name="field">The field, e.g. a NUMBER extended field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Gt(string field, double value) => Op(field, "$gt", JsonValue.Create(value));

    /// <summary>Matches a number field below a value.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public static WixFilter Lt(string field, double value) => Op(field, "$lt", JsonValue.Create(value));

    /// <summary>Matches a key list holding at least one of some keys, e.g. label keys.</summary>
    /// <param name="field">The field, e.g. <see cref="WixContactFields.LabelKeys"/>.</param>
    /// <param name="keys">The keys.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank or <paramref name="keys"/> is empty.</exception>
    public static WixFilter HasSome(string field, params IEnumerable<string> keys) => Op(field, "$hasSome", Strings(keys, nameof(keys)));

    /// <summary>Matches a key list holding all of some keys.</summary>
    /// <param name="field">The field.</param>
    /// <param name="keys">The keys.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank or <paramref name="keys"/> is empty.</exception>
    public static WixFilter HasAll(string field, params IEnumerable<string> keys) => Op(field, "$hasAll", Strings(keys, nameof(keys)));

    /// <summary>Matches what every filter matches.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="filters"/> is empty or holds a null.</exception>
    public static WixFilter And(params IEnumerable<WixFilter> filters) => Logical("$and", filters);

    /// <summary>Matches what any filter matches.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="filters"/> is empty or holds a null.</exception>
    /// <remarks>Whether Query Contacts supports <c>$or</c> is unconfirmed (spec §10.9).</remarks>
    public static WixFilter Or(params IEnumerable<WixFilter> filters) => Logical("$or", filters);

    /// <summary>Matches what a filter does not.</summary>
    /// <param name="filter">The filter to negate.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    /// <remarks>Whether Query Contacts supports <c>$not</c> is unconfirmed (spec §10.9).</remarks>
    public static WixFilter Not(WixFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new WixFilter(new JsonObject { ["$not"] = filter.ToNode() });
    }

    /// <summary>Wraps a filter written as JSON, for operators or fields the builder does not cover.</summary>
    /// <param name="json">A JSON object, e.g. <c>{"info.extendedFields.custom.points": {"$gte": 10}}</c>.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not a JSON object.</exception>
    public static WixFilter Raw(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        try
        {
            return new WixFilter(JsonNode.Parse(json) as JsonObject ?? throw new ArgumentException("The filter must be a JSON object.", nameof(json)));
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The filter is not valid JSON: {ex.Message}", nameof(json), ex);
        }
    }

    /// <summary>Writes the filter as JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => _node.ToJsonString();

    /// <summary>Writes the filter as JSON.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => ToJson();

    internal JsonObject ToNode() => (JsonObject)_node.DeepClone();

    /// <summary>How times are written in filters (and in continuation tokens): UTC, milliseconds.</summary>
    internal const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    internal static string FormatTime(DateTimeOffset value)
        => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static JsonValue Time(DateTimeOffset value) => JsonValue.Create(FormatTime(value));

    private static WixFilter Op(string field, string op, JsonNode? operand)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        return new WixFilter(new JsonObject { [field] = new JsonObject { [op] = operand } });
    }

    private static JsonArray Strings(IEnumerable<string> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var array = new JsonArray([.. values.Select(value => (JsonNode?)JsonValue.Create(value ?? throw new ArgumentException("Values cannot be null.", paramName)))]);
        return array.Count > 0 ? array : throw new ArgumentException("At least one value is required.", paramName);
    }

    private static WixFilter Logical(string op, IEnumerable<WixFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var parts = filters.Select(filter => (JsonNode?)(filter ?? throw new ArgumentException("Filters cannot be null.", nameof(filters))).ToNode()).ToArray();
        return parts.Length > 0
            ? new WixFilter(new JsonObject { [op] = new JsonArray(parts) })
            : throw new ArgumentException("At least one filter is required.", nameof(filters));
    }
}
