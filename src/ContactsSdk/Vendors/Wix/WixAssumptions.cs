namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// The client's choices where the Wix spec says UNCONFIRMED or inferred, each one constant so it is easy to change once
/// verified against a live site. Tests named after each assumption pin them.
/// </summary>
internal static class WixAssumptions
{
    /// <summary>§10.7: tokens go in <c>Authorization</c> raw, like API keys; whether <c>Bearer </c> is accepted is unconfirmed.</summary>
    public const string AuthorizationPrefix = "";

    /// <summary>§1, §10.8: the request-id header name.</summary>
    public const string RequestIdHeader = "x-wix-request-id";

    /// <summary>§1: tokens live 4 h; refresh this long before they expire so a call never carries a dying token.</summary>
    public static readonly TimeSpan TokenRefreshMargin = TimeSpan.FromMinutes(5);

    /// <summary>§1: the lifetime assumed when the token answer has no <c>expires_in</c>.</summary>
    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromHours(4);

    /// <summary>
    /// §4.3 [INF]: a PATCH replaces each <c>info</c> sub-object it carries and merges <c>extendedFields.items</c> key by key,
    /// where a null value removes the key. The client sends only the sub-objects a patch changes.
    /// </summary>
    public const bool NullRemovesExtendedField = true;

    /// <summary>§10.3: the default sort differs between the REST docs and the SDK, so the client always sends one.</summary>
    public const string KeysetSortField = "createdDate";

    /// <summary>§4.7: a stale <c>targetContactRevision</c> is assumed to answer <c>CONTACT_ALREADY_CHANGED</c>, like an update.</summary>
    public const string RevisionConflictCode = "CONTACT_ALREADY_CHANGED";

    /// <summary>§10.11: label display names match without regard to case (tags match that way on every vendor).</summary>
    public const StringComparison DisplayNameComparison = StringComparison.OrdinalIgnoreCase;

    /// <summary>§6: the data type of a custom field created from a value is inferred (number → NUMBER, YYYY-MM-DD → DATE, http(s) → URL, else TEXT).</summary>
    public const string FallbackDataType = "TEXT";

    /// <summary>
    /// §4 UNCONFIRMED: the bulk job-status endpoint. The legacy docs' URL field says <c>/contacts/v4/bulk/jobs/{id}</c>, their
    /// examples <c>/contacts/v4/bulk/contact/jobs/…</c>, and neither is in the current SDK; the first is used, answering
    /// <c>{"job": {id, type, status, …}}</c>; successes are read from <c>successTotal</c> (examples) or <c>processedCount</c>
    /// (schema), failures from <c>failedTotal</c> or <c>failedCount</c>. Change it here once verified against a live site.
    /// </summary>
    public const string BulkJobPath = "/contacts/v4/bulk/jobs/{jobId}";
}
