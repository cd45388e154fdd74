using System.Collections;
using System.Text.Json;

namespace ContactsSdk.Internal;

/// <summary>
/// The checks a vendor's successful answer must pass before it is mapped, run by the wire models while they are
/// deserialized (<see cref="System.Text.Json.Serialization.IJsonOnDeserialized"/>). A failed check throws
/// <see cref="JsonException"/>, which the one call path turns into the SDK's "unreadable answer"
/// <see cref="Errors.ContactsException"/>: a mis-shaped 200 never reaches a mapper, so it can neither escape the exception
/// family nor come back as a contact without an id.
/// </summary>
internal static class WireChecks
{
    /// <summary>Requires a present, non-blank identifier.</summary>
    public static void Id(string? id, string owner)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new JsonException($"{owner} has no id.");
        }
    }

    /// <summary>Requires a positive numeric identifier (vendors number from 1; 0 is what a missing id reads as).</summary>
    public static void Id(long? id, string owner)
    {
        if (id is null or <= 0)
        {
            throw new JsonException($"{owner} has no valid id.");
        }
    }

    /// <summary>Requires a part of the answer that the SDK cannot do without.</summary>
    public static void Present(object? value, string part)
    {
        if (value is null)
        {
            throw new JsonException($"The answer has no {part}.");
        }
    }

    /// <summary>
    /// Requires that no item of a list is null; a list of raw elements must hold objects only. A null list is allowed
    /// (use <see cref="Present"/> where the list itself is required).
    /// </summary>
    public static void Items(IEnumerable? items, string part)
    {
        if (items is null)
        {
            return;
        }

        foreach (var item in items)
        {
            if (item is null or JsonElement { ValueKind: not JsonValueKind.Object })
            {
                throw new JsonException($"An item of {part} is null or not an object.");
            }
        }
    }
}
