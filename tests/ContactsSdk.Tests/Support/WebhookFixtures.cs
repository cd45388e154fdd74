using System.Text.Json;

namespace ContactsSdk.Tests.Support;

/// <summary>Reads the checked-in webhook fixtures (raw bytes) under <c>Fixtures/Webhooks/{vendor}/</c>.</summary>
internal static class WebhookFixtures
{
    /// <summary>The test-only Ecwid client secret every Ecwid fixture's sidecar signature is computed with.</summary>
    public const string EcwidClientSecret = "test_client_secret";

    public static string Folder(string vendor) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Webhooks", vendor);

    public static byte[] Bytes(string vendor, string file) => File.ReadAllBytes(Path.Combine(Folder(vendor), file));

    public static string Text(string vendor, string file) => File.ReadAllText(Path.Combine(Folder(vendor), file));

    public static IEnumerable<string> Names(string vendor, string suffix)
        => Directory.EnumerateFiles(Folder(vendor), "*" + suffix)
            .Select(path => Path.GetFileName(path)[..^suffix.Length])
            .Where(name => !name.EndsWith(".headers", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string EcwidSignature(string name)
    {
        using var headers = JsonDocument.Parse(Bytes("ecwid", name + ".headers.json"));
        return headers.RootElement.GetProperty("X-Ecwid-Webhook-Signature").GetString()!;
    }
}
