namespace ContactsSdk.Tests.Support;

/// <summary>How a call made by <see cref="PublicClientMethods.InvokeAsync"/> ended: its result (a pageable's items) or its exception.</summary>
public sealed record CallOutcome(object? Result, Exception? Error);
