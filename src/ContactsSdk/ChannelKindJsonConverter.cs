using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactsSdk;

/// <summary>Writes a <see cref="ChannelKind"/> as its plain string value.</summary>
internal sealed class ChannelKindJsonConverter : JsonConverter<ChannelKind>
{
    public override ChannelKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(reader.GetString() ?? throw new JsonException("A channel kind cannot be null."));

    public override void Write(Utf8JsonWriter writer, ChannelKind value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
