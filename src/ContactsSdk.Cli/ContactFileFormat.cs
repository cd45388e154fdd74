namespace ContactsSdk.Cli;

/// <summary>The file formats export writes and import reads.</summary>
internal enum ContactFileFormat
{
    Csv,
    Jsonl,
}
