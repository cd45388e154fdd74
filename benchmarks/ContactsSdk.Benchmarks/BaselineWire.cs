using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactsSdk.Benchmarks;

// The SDK's wire records are internal; these mirror them (src/ContactsSdk/Vendors/*/Models) for the hand-written baseline.

public sealed record AgentClaraEnvelope<T>(bool Success, T? Data, AgentClaraPagination? Pagination);

public sealed record AgentClaraPagination(int? Limit, int? Offset, long? Total, bool? HasMore);

public sealed record AgentClaraContactWire
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public List<string>? Tags { get; init; }

    public Dictionary<string, JsonElement>? CustomFields { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public int? ConversationCount { get; init; }

    public DateTimeOffset? LastConversation { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AgentClaraEnvelope<AgentClaraContactWire>))]
[JsonSerializable(typeof(AgentClaraEnvelope<List<AgentClaraContactWire>>))]
public sealed partial class AgentClaraBaselineJsonContext : JsonSerializerContext;

public sealed record EcwidSearchResult<T>(int? Total, int? Count, int? Offset, int? Limit, List<T>? Items);

public sealed record EcwidCustomerWire
{
    public long Id { get; init; }

    public string? Email { get; init; }

    public string? Name { get; init; }

    public int? TotalOrderCount { get; init; }

    [JsonConverter(typeof(EcwidDateConverter))]
    public DateTimeOffset? Registered { get; init; }

    [JsonConverter(typeof(EcwidDateConverter))]
    public DateTimeOffset? Updated { get; init; }

    public long? CustomerGroupId { get; init; }

    public string? CustomerGroupName { get; init; }

    public EcwidBillingPersonWire? BillingPerson { get; init; }

    public List<EcwidContactWire>? Contacts { get; init; }

    public string? TaxId { get; init; }

    public bool? TaxIdValid { get; init; }

    public bool? TaxExempt { get; init; }

    [JsonPropertyName("b2b_b2c")]
    public string? B2BOrB2C { get; init; }

    public string? Lang { get; init; }

    public string? PrivateAdminNotes { get; init; }
}

public sealed record EcwidBillingPersonWire(string? Name, string? FirstName, string? LastName, string? CompanyName, string? Phone);

public sealed record EcwidContactWire
{
    public long? Id { get; init; }

    public string? Contact { get; init; }

    public string? Type { get; init; }

    [JsonPropertyName("default")]
    public bool? IsDefault { get; init; }

    public int? OrderBy { get; init; }

    [JsonConverter(typeof(EcwidDateConverter))]
    public DateTimeOffset? Timestamp { get; init; }
}

/// <summary>Ecwid's <c>yyyy-MM-dd HH:mm:ss +0000</c> dates, as the SDK reads them.</summary>
public sealed class EcwidDateConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null
            ? null
            : DateTimeOffset.ParseExact(reader.GetString()!, "yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        => throw new NotSupportedException();
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EcwidCustomerWire))]
[JsonSerializable(typeof(EcwidSearchResult<EcwidCustomerWire>))]
public sealed partial class EcwidBaselineJsonContext : JsonSerializerContext;
