namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>An error answer: <c>{"errorMessage", "errorCode"}</c>, both optional; the body may be empty (§7).</summary>
internal sealed record EcwidErrorBody(string? ErrorMessage, string? ErrorCode);
