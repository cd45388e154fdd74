namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>Offset paging metadata; <c>total</c> is missing when <c>tooManyToCount</c> is true.</summary>
internal sealed record WixPagingMetadata(int? Count, int? Offset, long? Total, bool? TooManyToCount);
