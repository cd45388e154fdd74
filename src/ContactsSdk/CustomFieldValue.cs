using System.Text.Json;

namespace ContactsSdk;

/// <summary>
/// Creates the <see cref="JsonElement"/> values of <see cref="Contact.CustomFields"/> without reflection-based
/// serialization, so that code setting custom fields stays trimming- and Native AOT-safe.
/// </summary>
public static class CustomFieldValue
{
    /// <summary>Creates a string value, or JSON null for <see langword="null"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON value.</returns>
    public static JsonElement From(string? value) => Write(writer =>
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    });

    /// <summary>Creates a whole-number value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON value.</returns>
    public static JsonElement From(long value) => Write(writer => writer.WriteNumberValue(value));

    /// <summary>Creates a decimal-number value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON value.</returns>
    public static JsonElement From(decimal value) => Write(writer => writer.WriteNumberValue(value));

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON value.</returns>
    public static JsonElement From(bool value) => Write(writer => writer.WriteBooleanValue(value));

    /// <summary>Creates a date value, written as ISO 8601 (the form Wix extended fields of type DATE expect).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON value.</returns>
    public static JsonElement From(DateTimeOffset value) => Write(writer => writer.WriteStringValue(value));

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(32);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
