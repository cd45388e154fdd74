using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ContactsSdk.Benchmarks;

/// <summary>Canned vendor bodies in the wire shapes of the specs (docs/specs: AgentClara §1.5/§2.2, Ecwid §3).</summary>
public static class Payloads
{
    private static readonly DateTimeOffset Epoch = new(2024, 1, 15, 10, 30, 0, TimeSpan.Zero);

    public static byte[] AgentClaraContact { get; } = Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WritePropertyName("data");
        WriteAgentClaraContact(writer, 1, full: true);
        writer.WriteEndObject();
    });

    public static byte[] AgentClaraCreated { get; } = AgentClaraContact;

    /// <summary>A list page: items at <paramref name="offset"/>, <c>pagination</c> as the fake emits it.</summary>
    public static byte[] AgentClaraPage(int offset, int limit, long total) => Write(writer =>
    {
        var count = (int)Math.Max(0, Math.Min(limit, total - offset));
        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WriteStartArray("data");
        for (var i = 0; i < count; i++)
        {
            WriteAgentClaraContact(writer, offset + i + 1, full: false);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("pagination");
        writer.WriteNumber("limit", limit);
        writer.WriteNumber("offset", offset);
        writer.WriteNumber("total", total);
        writer.WriteBoolean("has_more", offset + count < total);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static byte[] EcwidCustomer { get; } = Write(writer => WriteEcwidCustomer(writer, 277137633));

    /// <summary>A <c>GET /customers</c> search result.</summary>
    public static byte[] EcwidPage(int offset, int limit, int total) => Write(writer =>
    {
        var count = Math.Max(0, Math.Min(limit, total - offset));
        writer.WriteStartObject();
        writer.WriteNumber("total", total);
        writer.WriteNumber("count", count);
        writer.WriteNumber("offset", offset);
        writer.WriteNumber("limit", limit);
        writer.WriteStartArray("items");
        for (var i = 0; i < count; i++)
        {
            WriteEcwidCustomer(writer, 277137633 + offset + i);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public const string WixContactId = "8046df3c-7575-4098-a5ab-c91ad8f33c47";

    public static byte[] WixContact { get; } = Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("contact");
        WriteWixContact(writer, 0);
        writer.WriteString("responseType", "REGULAR");
        writer.WriteEndObject();
    });

    /// <summary>A <c>POST /contacts/v4/contacts/query</c> answer.</summary>
    public static byte[] WixPage(int offset, int limit, int total) => Write(writer =>
    {
        var count = Math.Max(0, Math.Min(limit, total - offset));
        writer.WriteStartObject();
        writer.WriteStartArray("contacts");
        for (var i = 0; i < count; i++)
        {
            WriteWixContact(writer, offset + i);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("pagingMetadata");
        writer.WriteNumber("count", count);
        writer.WriteNumber("offset", offset);
        writer.WriteNumber("total", total);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>The label directory the SDK reads once to name label keys as tags.</summary>
    public static byte[] WixLabels { get; } = Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("labels");
        writer.WriteStartObject();
        writer.WriteString("key", "custom.vip");
        writer.WriteString("displayName", "vip");
        writer.WriteString("labelType", "USER_DEFINED");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("pagingMetadata");
        writer.WriteNumber("count", 1);
        writer.WriteNumber("offset", 0);
        writer.WriteNumber("total", 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static byte[] WixNoFields { get; } = """{"fields": [], "pagingMetadata": {"count": 0, "offset": 0, "total": 0}}"""u8.ToArray();

    private static void WriteWixContact(Utf8JsonWriter writer, int n)
    {
        // Newest first (the keyset sort is createdDate descending), one second apart.
        var created = Epoch.AddSeconds(-n).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var id = n == 0 ? WixContactId : new Guid(n, 0, 0, new byte[8]).ToString();
        var email = string.Create(CultureInfo.InvariantCulture, $"email{n}@example.com");
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteNumber("revision", 1);
        writer.WriteStartObject("source");
        writer.WriteString("sourceType", "WIX_APP");
        writer.WriteString("appId", "9da8bff7-68c9-49d4-8cfd-ba534fd34d68");
        writer.WriteEndObject();
        writer.WriteString("createdDate", created);
        writer.WriteString("updatedDate", created);
        writer.WriteStartObject("primaryInfo");
        writer.WriteString("email", email);
        writer.WriteString("phone", "097495550");
        writer.WriteEndObject();
        writer.WriteStartObject("info");
        writer.WriteStartObject("name");
        writer.WriteString("first", "Some");
        writer.WriteString("last", "One");
        writer.WriteEndObject();
        writer.WriteStartObject("emails");
        writer.WriteStartArray("items");
        writer.WriteStartObject();
        writer.WriteString("id", "d8f0d88c-af92-4237-833f-56aaaa2b5168");
        writer.WriteString("tag", "MAIN");
        writer.WriteString("email", email);
        writer.WriteBoolean("primary", true);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("phones");
        writer.WriteStartArray("items");
        writer.WriteStartObject();
        writer.WriteString("id", "e5214c79-af80-4eff-87f2-408b0be4e710");
        writer.WriteString("tag", "HOME");
        writer.WriteString("countryCode", "IL");
        writer.WriteString("phone", "097495550");
        writer.WriteString("e164Phone", "+97297495550");
        writer.WriteBoolean("primary", true);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteString("company", "Wix");
        writer.WriteString("jobTitle", "Developer");
        writer.WriteStartObject("labelKeys");
        writer.WriteStartArray("items");
        writer.WriteStringValue("custom.vip");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteAgentClaraContact(Utf8JsonWriter writer, long n, bool full)
    {
        writer.WriteStartObject();
        writer.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"cust_{n:x8}"));
        writer.WriteString("name", string.Create(CultureInfo.InvariantCulture, $"John Smith {n}"));
        writer.WriteString("email", string.Create(CultureInfo.InvariantCulture, $"john{n}@example.com"));
        writer.WriteString("phone", "+15551234567");
        writer.WriteStartArray("tags");
        writer.WriteStringValue("vip");
        writer.WriteStringValue("frequent");
        writer.WriteEndArray();
        if (full)
        {
            writer.WriteStartObject("custom_fields");
            writer.WriteString("company", "Acme Corp");
            writer.WriteString("industry", "Technology");
            writer.WriteEndObject();
        }

        // Newest first, as the API sorts by creation.
        var created = Epoch.AddSeconds(-n);
        writer.WriteString("created_at", created.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        writer.WriteString("updated_at", created.AddDays(60).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        if (full)
        {
            writer.WriteNumber("conversation_count", 12);
        }

        writer.WriteString("last_conversation", "2024-03-15T10:30:00Z");
        writer.WriteEndObject();
    }

    private static void WriteEcwidCustomer(Utf8JsonWriter writer, long id)
    {
        // Registered one second apart, oldest first (Ecwid's default sort), so key paging moves on every page.
        var registered = Epoch.AddSeconds(id - 277137633).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " +0000";
        writer.WriteStartObject();
        writer.WriteNumber("id", id);
        writer.WriteString("name", "Ecwid test acc");
        writer.WriteString("email", string.Create(CultureInfo.InvariantCulture, $"ecwid.test{id}@ecwid-test.com"));
        writer.WriteString("registered", registered);
        writer.WriteString("updated", registered);
        writer.WriteNumber("totalOrderCount", 0);
        writer.WriteNumber("customerGroupId", 0);
        writer.WriteString("customerGroupName", "General");
        writer.WriteStartObject("billingPerson");
        writer.WriteString("name", "Ecwid test acc");
        writer.WriteString("firstName", "Ecwid");
        writer.WriteString("lastName", "test acc");
        writer.WriteEndObject();
        writer.WriteStartArray("contacts");
        writer.WriteStartObject();
        writer.WriteNumber("id", 176135453);
        writer.WriteString("contact", "00000000000");
        writer.WriteString("type", "PHONE");
        writer.WriteBoolean("default", true);
        writer.WriteNumber("orderBy", 0);
        writer.WriteString("timestamp", registered);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteNumber("id", 176135452);
        writer.WriteString("contact", "ecwid.test@ecwid-test.com");
        writer.WriteString("type", "EMAIL");
        writer.WriteBoolean("default", true);
        writer.WriteNumber("orderBy", 0);
        writer.WriteString("timestamp", registered);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteBoolean("taxExempt", false);
        writer.WriteString("taxId", "");
        writer.WriteBoolean("taxIdValid", true);
        writer.WriteString("b2b_b2c", "b2c");
        writer.WriteString("lang", "en");
        writer.WriteString("privateAdminNotes", "");
        writer.WriteEndObject();
    }

    // Reused per thread, so generating a page allocates little more than the body itself (the paging runs count it).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
