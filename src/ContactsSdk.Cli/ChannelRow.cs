namespace ContactsSdk.Cli;

/// <summary>One channel of a <see cref="ContactRow"/> in JSON.</summary>
internal sealed record ChannelRow(string Kind, string Value, bool IsPrimary);
