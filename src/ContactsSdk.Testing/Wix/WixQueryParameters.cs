namespace ContactsSdk.Testing.Wix;

/// <summary>
/// The query parameters each Wix route declares (spec §4–§6 tables); any other name answers 400 INVALID_ARGUMENT
/// naming it, unless <see cref="WixFakeDefaults.RefusesUnknownQueryParameters"/> is turned off.
/// </summary>
/// <remarks>
/// Wix's JS SDK flattens the request message into the query string, path parameters included
/// (<c>DELETE /contacts/v4/contacts/{id}?contactId={id}</c>, spec §2 [SDK runtime]), so each route also declares the
/// request field its path parameter fills: clients built like Wix's own keep working against the fake.
/// </remarks>
internal static class WixQueryParameters
{
    /// <summary>The contact routes' path parameter, as the SDK echoes it.</summary>
    public const string ContactId = "contactId";

    /// <summary>The merge routes' path parameter, as the SDK echoes it.</summary>
    public const string TargetContactId = "targetContactId";

    /// <summary>The label and extended-field routes' path parameter, as the SDK echoes it.</summary>
    public const string Key = "key";

    /// <summary>The bulk job-status route's path parameter, as an SDK would echo it.</summary>
    public const string JobId = "jobId";

    /// <summary>Offset paging, flattened (§2).</summary>
    public static readonly string[] Paging = ["paging.limit", "paging.offset"];

    /// <summary>One sort object, flattened (§2).</summary>
    public static readonly string[] Sort = ["sort.fieldName", "sort.order"];

    /// <summary>Projection of Get and List contacts (§4): repeated keys or a comma list.</summary>
    public static readonly string[] Projection = ["fields", "fieldsets"];

    /// <summary><c>GET /contacts/v4/contacts/{id}</c>.</summary>
    public static readonly string[] GetContact = [ContactId, .. Projection];

    /// <summary><c>GET /contacts/v4/contacts</c>.</summary>
    public static readonly string[] ListContacts = [.. Sort, .. Paging, .. Projection];

    /// <summary><c>DELETE /contacts/v4/contacts/{contactId}/labels</c>: the keys go in the query [SDK].</summary>
    public static readonly string[] Unlabel = [ContactId, "labelKeys"];

    /// <summary><c>GET /contacts/v4/labels</c>; <c>language</c> is accepted and has no effect (display names are not translated).</summary>
    public static readonly string[] ListLabels = ["labelType", "namespace", "startsWith", .. Sort, .. Paging, "language"];

    /// <summary><c>GET /contacts/v4/labels/{key}</c>; <c>language</c> is accepted and has no effect.</summary>
    public static readonly string[] GetLabel = [Key, "language"];

    /// <summary><c>GET /contacts/v4/extended-fields</c>.</summary>
    public static readonly string[] ListFields = ["fieldType", "namespace", "startsWith", .. Sort, .. Paging];
}
