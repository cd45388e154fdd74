using ContactsSdk.Errors;
using System.Text.Json;

namespace ContactsSdk;

/// <summary>
/// Describes a partial update: only the properties that are set change; a property set to <see langword="null"/> is cleared.
/// Channels and tags change only through their own operations.
/// </summary>
public sealed record ContactPatch
{
    /// <summary>Gets the new name, when set.</summary>
    public Optional<PersonName?> Name { get; init; }

    /// <summary>Gets the new company name, when set; null clears it.</summary>
    public Optional<string?> Company { get; init; }

    /// <summary>Gets the new job title, when set; null clears it.</summary>
    public Optional<string?> JobTitle { get; init; }

    /// <summary>
    /// Gets custom fields to merge key by key: a key with a value sets it, a key whose value is null (or JSON null) is removed,
    /// and a key not listed stays as it is. <see langword="null"/> or an empty dictionary changes no custom field, on every
    /// vendor; there is no "remove all" — remove keys one by one.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement?>? CustomFields { get; init; }

    /// <summary>Gets whether the patch changes at least one custom field.</summary>
    internal bool ChangesCustomFields => CustomFields is { Count: > 0 };

    /// <summary>
    /// Gets the revision the caller last read. Where the vendor has revisions (Wix), the update fails with
    /// <see cref="ContactConflictException"/> when the contact has changed since; other vendors ignore it.
    /// </summary>
    public string? ExpectedRevision { get; init; }

    /// <summary>Gets a value indicating whether the patch changes nothing.</summary>
    public bool IsEmpty => !Name.HasValue && !Company.HasValue && !JobTitle.HasValue && !ChangesCustomFields;

    /// <summary>Returns which properties are set, without their values (they may be personal data).</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString()
        => $"ContactPatch {{ Name = {Name}, Company = {Company}, JobTitle = {JobTitle}, CustomFields = {(ChangesCustomFields ? "(set)" : "(unset)")} }}";
}
