namespace ContactsSdk.Internal;

/// <summary>Reads one vendor's error bodies and headers.</summary>
internal interface IVendorErrorParser
{
    /// <summary>Gets the response headers that carry the vendor's request id, in order of preference.</summary>
    IReadOnlyList<string> RequestIdHeaders { get; }

    /// <summary>Reads an error body; never throws, whatever the body holds.</summary>
    VendorError Parse(int statusCode, string? body);
}
