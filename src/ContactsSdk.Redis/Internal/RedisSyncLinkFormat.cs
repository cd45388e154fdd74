using System.Text;
using System.Text.Json;
using ContactsSdk.Sync;

namespace ContactsSdk.Redis.Internal;

/// <summary>
/// How a <see cref="SyncLink"/> is kept as one hash field value: <c>{"t":target id,"f":fingerprint}</c>, so one
/// <c>HSET</c> replaces both atomically, ids may hold any character, and an operator can read it.
/// </summary>
internal static class RedisSyncLinkFormat
{
    public static string Write(SyncLink link)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("t", link.TargetId);
            writer.WriteString("f", link.Fingerprint);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a value written by <see cref="Write"/>; null when it is not one (written by something else).</summary>
    public static SyncLink? Read(string sourceId, string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            var root = document.RootElement;
            var target = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var fingerprint = root.TryGetProperty("f", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            return string.IsNullOrWhiteSpace(target) || string.IsNullOrWhiteSpace(fingerprint) ? null : new SyncLink(sourceId, target, fingerprint);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
