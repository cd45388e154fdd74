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

    public string? Handle { get; init; }

    public string? Note { get; init; }

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

public sealed record WixContactEnvelope(WixContactWire? Contact, string? ResponseType);

public sealed record WixContactsPage(List<WixContactWire>? Contacts, WixPagingMetadata? PagingMetadata);

public sealed record WixPagingMetadata(int? Count, int? Offset, long? Total, bool? TooManyToCount);

public sealed record WixContactWire
{
    public required string Id { get; init; }

    public int? Revision { get; init; }

    public WixSourceWire? Source { get; init; }

    public DateTimeOffset? CreatedDate { get; init; }

    public DateTimeOffset? UpdatedDate { get; init; }

    public WixPrimaryInfoWire? PrimaryInfo { get; init; }

    public WixContactInfoWire? Info { get; init; }
}

public sealed record WixSourceWire(string? SourceType, string? AppId);

public sealed record WixPrimaryInfoWire(string? Email, string? Phone);

public sealed record WixContactInfoWire
{
    public WixNameWire? Name { get; init; }

    public WixItemsWire<WixEmailWire>? Emails { get; init; }

    public WixItemsWire<WixPhoneWire>? Phones { get; init; }

    public string? Company { get; init; }

    public string? JobTitle { get; init; }

    public WixItemsWire<string>? LabelKeys { get; init; }
}

public sealed record WixNameWire(string? First, string? Last);

public sealed record WixItemsWire<T>(List<T>? Items);

public sealed record WixEmailWire(string? Id, string? Tag, string? Email, bool? Primary);

public sealed record WixPhoneWire(string? Id, string? Tag, string? CountryCode, string? Phone, string? E164Phone, bool? Primary);

// The peer's query body: {"query":{"sort":[…],"paging":{…}}}.
public sealed record WixQueryRequest(WixQuery Query);

public sealed record WixQuery(List<WixSort> Sort, WixPaging Paging);

public sealed record WixSort(string FieldName, string Order);

public sealed record WixPaging(int Limit, int Offset);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WixQueryRequest))]
[JsonSerializable(typeof(WixContactEnvelope))]
[JsonSerializable(typeof(WixContactsPage))]
public sealed partial class WixBaselineJsonContext : JsonSerializerContext;
