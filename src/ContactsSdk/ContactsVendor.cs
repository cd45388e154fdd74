using System.Text.Json.Serialization;

namespace ContactsSdk;

/// <summary>Identifies the vendor whose API holds a contact. Serialised to JSON by name (<c>"Wix"</c>), never as a number.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContactsVendor>))]
public enum ContactsVendor
{
    /// <summary>Ecwid by Lightspeed: store customers and their contact channels.</summary>
    Ecwid = 1,

    /// <summary>Wix: site contacts with revisions, labels and extended fields.</summary>
    Wix = 2,

    /// <summary>AgentClara: an AI receptionist's contacts with tags.</summary>
    AgentClara = 3,
}
