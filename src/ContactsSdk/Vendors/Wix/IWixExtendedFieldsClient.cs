using System.Text.Json;
using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Manages a Wix site's extended-field definitions (<c>/contacts/v4/extended-fields</c>) and reads a contact's values, by
/// key. Reached as <see cref="IWixContactsClient.ExtendedFields"/>. Through the facade a user-defined field is a custom
/// field under its display name.
/// </summary>
/// <remarks>In this interface <c>key</c> is always a field key, e.g. <c>custom.tier</c>.</remarks>
public interface IWixExtendedFieldsClient
{
    /// <summary>Gets an extended field by key.</summary>
    /// <param name="key">The field key, e.g. <c>custom.tier</c>.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or not a field key.</exception>
    /// <exception cref="Errors.ContactNotFoundException">No field has that key.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<WixExtendedField> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Lists extended fields lazily, by display name, optionally filtered (fields <c>key</c>, <c>displayName</c>, <c>namespace</c>, <c>fieldType</c>, <c>dataType</c>, dates).</summary>
    /// <param name="filter">The WQL filter, or null for every field.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the fields.</returns>
    Pageable<WixExtendedField> ListAsync(WixFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Finds the extended field with this display name or creates it (at most 100 custom fields per site).</summary>
    /// <param name="displayName">The display name, 1–150 characters.</param>
    /// <param name="dataType">The type for a new field; ignored when the field exists. Null lets Wix choose (TEXT).</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The existing or new field.</returns>
    /// <exception cref="ArgumentException"><paramref name="displayName"/> is blank or too long, or <paramref name="dataType"/> is <see cref="WixFieldDataType.Unknown"/>.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (e.g. <c>FIELDS_QUOTA_EXCEEDED</c>).</exception>
    Task<WixExtendedField> FindOrCreateAsync(string displayName, WixFieldDataType? dataType = null, CancellationToken cancellationToken = default);

    /// <summary>Renames a custom extended field; its key stays.</summary>
    /// <param name="key">The field key.</param>
    /// <param name="displayName">The new display name, 1–150 characters.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The renamed field.</returns>
    /// <exception cref="ArgumentException">An argument is blank or too long.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (system fields cannot be renamed).</exception>
    Task<WixExtendedField> UpdateAsync(string key, string displayName, CancellationToken cancellationToken = default);

    /// <summary>Deletes a custom extended field and its values on every contact, permanently.</summary>
    /// <param name="key">The field key.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the field is deleted.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or not a field key.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (system fields cannot be deleted).</exception>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets every extended field a contact has, under its key: the user-defined <c>custom.*</c> ones and Wix's system ones
    /// (<c>contacts.displayByFirstName</c>, <c>emailSubscriptions.effectiveEmail</c>, <c>members.*</c>, <c>ecom.*</c>, …),
    /// which <see cref="Contact.CustomFields"/> leaves out.
    /// </summary>
    /// <param name="contactId">The contact id (a GUID).</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The values by field key; Wix omits empty fields.</returns>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is not a Wix contact id.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The contact does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<IReadOnlyDictionary<string, JsonElement>> GetValuesForContactAsync(string contactId, CancellationToken cancellationToken = default);
}
