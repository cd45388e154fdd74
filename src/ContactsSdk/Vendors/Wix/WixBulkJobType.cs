namespace ContactsSdk.Vendors.Wix;

/// <summary>What a Wix bulk job does (<c>type</c>).</summary>
public enum WixBulkJobType
{
    /// <summary>A type this SDK does not know.</summary>
    Unknown = 0,

    /// <summary>Deletes contacts.</summary>
    Delete,

    /// <summary>Updates contacts.</summary>
    Update,

    /// <summary>Adds labels to contacts.</summary>
    AddLabels,

    /// <summary>Removes labels from contacts.</summary>
    RemoveLabels,
}
