namespace ContactsSdk.Cli;

/// <summary>The tool's exit codes, for scripts (documented in docs/command-line-tool.md).</summary>
internal static class CliExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int Usage = 2;
    public const int NotFound = 3;
    public const int PartialFailure = 4;
    public const int Configuration = 5;
    public const int VendorError = 6;
    public const int Cancelled = 130;
}
