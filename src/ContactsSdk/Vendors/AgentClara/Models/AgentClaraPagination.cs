namespace ContactsSdk.Vendors.AgentClara.Models;

/// <summary>The optional paging block of a list answer ([PROP]: the documented lists have none).</summary>
internal sealed record AgentClaraPagination(int? Limit, int? Offset, long? Total, bool? HasMore);
