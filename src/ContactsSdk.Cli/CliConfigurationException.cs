namespace ContactsSdk.Cli;

/// <summary>Missing or invalid credentials or settings; exits with <see cref="CliExitCodes.Configuration"/>.</summary>
internal sealed class CliConfigurationException(string message) : Exception(message);
