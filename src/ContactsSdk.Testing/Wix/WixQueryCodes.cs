namespace ContactsSdk.Testing.Wix;

/// <summary>The error codes one API family uses for bad queries (contacts §4.5; labels and fields §5).</summary>
internal sealed record WixQueryCodes(string UnknownField, string BadSort, string BadValueType)
{
    public static WixQueryCodes Contacts { get; } = new("UNSUPPORTED_FILTER_FIELD_UNKNOWN", "UNSUPPORTED_SORT_FIELD", "UNSUPPORTED_FILTER_VALUE_TYPE");

    public static WixQueryCodes Definitions { get; } = new("UNSUPPORTED_FILTER_FIELD", "INVALID_SORT", "UNSUPPORTED_FILTER_VALUE");
}
