namespace ContactsSdk.Vendors.AgentClara.Models;

/// <summary>AgentClara's answer envelope: <c>{"success": true, "data": …, "pagination": …}</c>.</summary>
internal sealed record AgentClaraEnvelope<T>(bool Success, T? Data, AgentClaraPagination? Pagination);
