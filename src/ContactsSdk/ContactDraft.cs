using ContactsSdk.Errors;
using System.Text.Json;

namespace ContactsSdk;

/// <summary>Describes a contact to create.</summary>
public sealed record ContactDraft
{
    /// <summary>Gets the name of the new contact.</summary>
    public PersonName? Name { get; init; }

    /// <summary>Gets the channels of the new contact.</summary>
    /// <value>Defaults to none; setting <see langword="null"/> (e.g. <c>"channels": null</c> from JSON) also means none.</value>
    public IReadOnlyList<ContactChannel> Channels { get; init => field = value ?? []; } = [];

    /// <summary>Gets the tags of the new contact.</summary>
    /// <value>Defaults to none; setting <see langword="null"/> also means none.</value>
    /// <remarks>Ecwid has no tags: a non-empty list there throws <see cref="UnsupportedContactOperationException"/>.</remarks>
    public IReadOnlyList<string> Tags { get; init => field = value ?? []; } = [];

    /// <summary>Gets the custom fields of the new contact.</summary>
    /// <remarks>Ecwid has no custom fields: a non-empty map there throws <see cref="UnsupportedContactOperationException"/>.</remarks>
    public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }

    /// <summary>Gets the company name, where the vendor keeps one.</summary>
    public string? Company { get; init; }

    /// <summary>Gets the job title, where the vendor keeps one.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Returns a description without personal data.</summary>
    /// <returns>The number of channels, tags and custom fields.</returns>
    public override string ToString()
        => $"ContactDraft {{ Channels = {Channels.Count}, Tags = {Tags.Count}, CustomFields = {CustomFields?.Count ?? 0} }}";
}
