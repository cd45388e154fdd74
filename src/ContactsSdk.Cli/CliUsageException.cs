namespace ContactsSdk.Cli;

/// <summary>A mistake in how the tool was called; exits with <see cref="CliExitCodes.Usage"/>.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
