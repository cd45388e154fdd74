namespace ContactsSdk;

/// <summary>Represents one way to reach a contact: an email address, a phone number, a social profile.</summary>
/// <param name="Kind">The kind of channel.</param>
/// <param name="Value">The address, number or URL as the vendor stores it.</param>
public sealed record ContactChannel(ChannelKind Kind, string Value)
{
    /// <summary>Gets the vendor's id of the channel, where the vendor has one (Ecwid contact id, Wix item id).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the social handle, where the vendor keeps one apart from the value.</summary>
    public string? Handle { get; init; }

    /// <summary>Gets the vendor's label of the channel, such as the Wix tag <c>WORK</c> or <c>HOME</c>.</summary>
    public string? Label { get; init; }

    /// <summary>Gets a value indicating whether this is the primary channel of its kind.</summary>
    public bool IsPrimary { get; init; }

    /// <summary>Gets the vendor's free-text note on the channel.</summary>
    public string? Note { get; init; }

    /// <summary>Returns the kind and the channel id only: channel values are personal data and are never printed.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"ContactChannel {{ Kind = {Kind}, Id = {Id}, IsPrimary = {IsPrimary} }}";
}
