namespace ContactsSdk.Testing.Wix;

/// <summary>The fake's choices where the spec is UNCONFIRMED or inferred, each in one place.</summary>
internal static class WixFakeDefaults
{
    /// <summary>UNCONFIRMED (§4.1, §10.10): the <c>sourceType</c> of a contact created through the REST API.</summary>
    public const string SourceType = "OTHER";

    /// <summary>UNCONFIRMED (§3): the <c>tag</c> an email, phone or address item gets when none is sent.</summary>
    public const string DefaultItemTag = "UNTAGGED";

    /// <summary>UNCONFIRMED (§6): the <c>dataType</c> of a field created without one.</summary>
    public const string DefaultDataType = "TEXT";

    /// <summary>UNCONFIRMED (§10.3): the sort when a query sends none (the REST docs say createdDate ASC).</summary>
    public const string DefaultSortField = "createdDate";

    /// <summary>UNCONFIRMED (§10.11): display names and duplicate emails match without regard to case.</summary>
    public const StringComparison NameComparison = StringComparison.OrdinalIgnoreCase;

    /// <summary>UNCONFIRMED (§10.9): <c>$or</c> and <c>$not</c> work in Query Contacts.</summary>
    public const bool SupportsOrAndNot = true;

    /// <summary>
    /// §1: API keys go raw in <c>Authorization</c> (the docs show no scheme), so <c>Bearer &lt;key&gt;</c> is refused with 401.
    /// </summary>
    public const bool AcceptsBearerApiKey = false;

    /// <summary>UNCONFIRMED (§1, §10.7): clients are seen sending OAuth access tokens as <c>Bearer &lt;token&gt;</c>; accepted.</summary>
    public const bool AcceptsBearerAccessToken = true;

    /// <summary>
    /// UNCONFIRMED (§3): Wix documents only a length (1–50) for <c>phone</c>; the fake also requires a digit and allows
    /// only digits, spaces, a leading <c>+</c> and <c>( ) - . /</c>, so <c>abc</c> is refused.
    /// </summary>
    public const string PhonePattern = @"\A\+?[0-9 ().\-/]*[0-9][0-9 ().\-/]*\z";

    /// <summary>
    /// UNCONFIRMED (§2): a query parameter a route does not declare (<see cref="WixQueryParameters"/>) answers 400
    /// INVALID_ARGUMENT naming it, as the AgentClara and Ecwid fakes do, so a misspelt <c>paging.limt</c> fails here
    /// rather than silently paging by 50 in production. The spec recommends ignoring unknown parameters because Wix's
    /// own SDK repeats path parameters in the query; those echoes are declared, so they pass. Set to
    /// <see langword="false"/> to ignore unknown parameters instead.
    /// </summary>
    public const bool RefusesUnknownQueryParameters = true;

    /// <summary>UNCONFIRMED (§1, §10.8): the request-id header.</summary>
    public const string RequestIdHeader = "x-wix-request-id";

    /// <summary>UNCONFIRMED (§12): the most extended fields a List or Query returns per page.</summary>
    public const int MaxFieldPageSize = 1000;

    public const int MaxContactPageSize = 1000;

    public const int DefaultContactPageSize = 50;

    public const int MaxLabelPageSize = 2000;

    public const int DefaultLabelListSize = 1000;

    public const int DefaultFieldListSize = 100;

    /// <summary>
    /// UNCONFIRMED (§4): the bulk job-status path. The legacy docs' URL field says <c>/contacts/v4/bulk/jobs/{id}</c>, their
    /// examples <c>/bulk/contact/jobs/…</c>; the fake serves the first, as the client asks.
    /// </summary>
    public const string BulkJobPath = "/contacts/v4/bulk/jobs/{id}";

    /// <summary>UNCONFIRMED (§4): the code of a job id the site does not know.</summary>
    public const string JobNotFoundCode = "JOB_NOT_FOUND";
}
