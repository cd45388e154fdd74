namespace ContactsSdk.Testing.Wix;

/// <summary>How a filtered or sorted value compares.</summary>
internal enum WixValueKind
{
    Text,
    Exact,
    Time,
    LocalDate,
    Number,
}
