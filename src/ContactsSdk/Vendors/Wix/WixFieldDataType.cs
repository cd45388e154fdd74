namespace ContactsSdk.Vendors.Wix;

/// <summary>Names the type of value an extended field holds.</summary>
public enum WixFieldDataType
{
    /// <summary>A type this SDK does not know yet.</summary>
    Unknown = 0,

    /// <summary>A string.</summary>
    Text = 1,

    /// <summary>A number.</summary>
    Number = 2,

    /// <summary>A local date, <c>YYYY-MM-DD</c>.</summary>
    Date = 3,

    /// <summary>A URL; Wix prepends <c>https://</c> when the protocol is missing.</summary>
    Url = 4,
}
