namespace ContactsSdk;

/// <summary>Identifies the vendor whose API holds a contact.</summary>
public enum ContactsVendor
{
    /// <summary>Ecwid by Lightspeed: store customers and their contact channels.</summary>
    Ecwid = 1,

    /// <summary>Wix: site contacts with revisions, labels and extended fields.</summary>
    Wix = 2,

    /// <summary>AgentClara: an AI receptionist's contacts with tags.</summary>
    AgentClara = 3,
}
