using System.Text.Json;

namespace ContactsSdk.Tests.Support;

/// <summary>JSON written in a test as text, turned into the element a client or a fake takes.</summary>
public static class JsonText
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
