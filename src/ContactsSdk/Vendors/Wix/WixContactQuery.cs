namespace ContactsSdk.Vendors.Wix;

/// <summary>Describes a Wix contact query: a WQL filter, a plain-text search, one sort, a projection.</summary>
public sealed record WixContactQuery
{
    /// <summary>Gets the WQL filter, or null for every contact.</summary>
    public WixFilter? Filter { get; init; }

    /// <summary>Gets the plain-text search (at most 100 characters): an exact match on a name, email or phone.</summary>
    public string? Search { get; init; }

    /// <summary>Gets the field to sort by (see <see cref="WixContactFields"/>).</summary>
    /// <value>Defaults to <see cref="WixContactFields.CreatedDate"/>, which pages by key so that no contact is skipped.</value>
    public string SortField { get; init; } = WixContactFields.CreatedDate;

    /// <summary>Gets a value indicating whether to sort in descending order.</summary>
    public bool Descending { get; init; }

    /// <summary>Gets the fieldsets to ask for (<c>BASIC</c>, <c>COMMUNICATION_DETAILS</c>, <c>EXTENDED</c>, <c>FULL</c>), or null for all the facade maps.</summary>
    public IReadOnlyList<string>? Fieldsets { get; init; }

    /// <summary>Gets the page size to ask for, 1–1000.</summary>
    public int? PageSizeHint { get; init; }

    /// <summary>Gets the most contacts to yield in all.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Gets a value indicating whether each contact keeps the vendor payload in <see cref="Contact.Raw"/>.</summary>
    public bool IncludeRaw { get; init; }

    /// <summary>Describes the query without its filter values or search text, which may be contact data (an email, a name).</summary>
    /// <returns>The sort, projection and limits, and whether a filter and a search are set.</returns>
    public override string ToString()
        => string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"WixContactQuery {{ Filter = {(Filter is null ? "(none)" : "(set)")}, Search = {(Search is null ? "(none)" : "(set)")}, SortField = {SortField}, " +
            $"Descending = {Descending}, Fieldsets = {(Fieldsets is null ? string.Empty : string.Join(',', Fieldsets))}, PageSizeHint = {PageSizeHint}, " +
            $"MaxItems = {MaxItems}, IncludeRaw = {IncludeRaw} }}");
}
