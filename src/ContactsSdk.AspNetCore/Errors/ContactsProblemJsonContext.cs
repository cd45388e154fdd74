using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace ContactsSdk.AspNetCore.Errors;

/// <summary>Source-generated JSON for the problem details written when the app registered no <c>IProblemDetailsService</c>.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(List<Dictionary<string, string?>>))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
internal sealed partial class ContactsProblemJsonContext : JsonSerializerContext;
