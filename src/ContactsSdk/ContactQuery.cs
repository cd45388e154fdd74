using System.Globalization;

namespace ContactsSdk;

/// <summary>Filters, orders and bounds a contact listing. Every option applies to every page.</summary>
public sealed record ContactQuery
{
    /// <summary>Gets free text matched by the vendor against names and emails.</summary>
    public string? Search { get; init; }

    /// <summary>Gets a tag every returned contact carries.</summary>
    public string? Tag { get; init; }

    /// <summary>Gets an email address every returned contact has.</summary>
    public string? Email { get; init; }

    /// <summary>Gets a lower bound on the last-change time.</summary>
    public DateTimeOffset? UpdatedSince { get; init; }

    /// <summary>Gets a lower bound on the creation time.</summary>
    public DateTimeOffset? CreatedSince { get; init; }

    /// <summary>Gets the sort order.</summary>
    /// <value>Defaults to <see cref="ContactSortField.Created"/>.</value>
    public ContactSortField SortBy { get; init; } = ContactSortField.Created;

    /// <summary>Gets a value indicating whether the order is descending (newest first for times, Z→A for names).</summary>
    /// <value>Defaults to <see langword="null"/>: the vendor's natural direction for the field.</value>
    public bool? Descending { get; init; }

    /// <summary>Gets the preferred number of contacts per request; the vendor's maximum applies.</summary>
    public int? PageSizeHint { get; init; }

    /// <summary>Gets the most contacts the listing yields; no request is made beyond them.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Gets a value indicating whether each contact carries the vendor payload in <see cref="Contact.Raw"/>.</summary>
    public bool IncludeRaw { get; init; }

    /// <summary>Returns a description without personal data: the text filters show only whether they are set.</summary>
    /// <returns>The description, e.g. <c>ContactQuery { Search = (set), Email = (none), … }</c>.</returns>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"ContactQuery {{ Search = {Presence(Search)}, Tag = {Presence(Tag)}, Email = {Presence(Email)}, UpdatedSince = {UpdatedSince:O}, " +
            $"CreatedSince = {CreatedSince:O}, SortBy = {SortBy}, Descending = {Descending}, PageSizeHint = {PageSizeHint}, MaxItems = {MaxItems}, " +
            $"IncludeRaw = {IncludeRaw} }}");

    private static string Presence(string? filter) => filter is null ? "(none)" : "(set)";
}
