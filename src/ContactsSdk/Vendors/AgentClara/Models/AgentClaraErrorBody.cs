namespace ContactsSdk.Vendors.AgentClara.Models;

/// <summary>An error answer: <c>error</c> is documented; <c>code</c> and <c>param</c> are [PROP] and optional.</summary>
internal sealed record AgentClaraErrorBody(bool? Success, string? Error, string? Code, string? Param);
