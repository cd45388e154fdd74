namespace ContactsSdk.Vendors.Wix;

/// <summary>Provides the contact field names Wix filters and sorts by (spec §4.5), for <see cref="WixFilter"/> and <see cref="WixContactQuery"/>.</summary>
public static class WixContactFields
{
    /// <summary>The contact id: <c>$eq $ne $in $exists</c>.</summary>
    public const string Id = "id";

    /// <summary>The creation time: comparisons; sortable.</summary>
    public const string CreatedDate = "createdDate";

    /// <summary>The last update time: comparisons.</summary>
    public const string UpdatedDate = "updatedDate";

    /// <summary>The last activity time: comparisons; sortable.</summary>
    public const string LastActivityDate = "lastActivity.activityDate";

    /// <summary>The primary email: text operators; sortable.</summary>
    public const string PrimaryEmail = "primaryInfo.email";

    /// <summary>The primary phone: text operators.</summary>
    public const string PrimaryPhone = "primaryInfo.phone";

    /// <summary>The first name: text operators; sortable.</summary>
    public const string FirstName = "info.name.first";

    /// <summary>The last name: text operators; sortable.</summary>
    public const string LastName = "info.name.last";

    /// <summary>The company: text operators; sortable.</summary>
    public const string Company = "info.company";

    /// <summary>The job title: text operators; sortable.</summary>
    public const string JobTitle = "info.jobTitle";

    /// <summary>Any email item: text operators.</summary>
    public const string Email = "info.emails.email";

    /// <summary>Any phone item: text operators.</summary>
    public const string Phone = "info.phones.phone";

    /// <summary>The birth date (<c>YYYY-MM-DD</c>): comparisons; sortable.</summary>
    public const string Birthdate = "info.birthdate";

    /// <summary>The label keys: <c>$hasSome $hasAll</c>.</summary>
    public const string LabelKeys = "info.labelKeys";

    /// <summary>Gets the name of an extended field, e.g. <c>info.extendedFields.custom.tier</c>.</summary>
    /// <param name="key">The field key, e.g. <c>custom.tier</c>.</param>
    /// <returns>The filter field name.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    public static string ExtendedField(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return "info.extendedFields." + key;
    }
}
