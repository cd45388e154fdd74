using System.Text.Json;

namespace ContactsSdk.Redis.Worker;

/// <summary>How the report is written: camelCase, one line.</summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
