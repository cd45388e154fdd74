namespace ContactsSdk.AspNetCore.Errors;

/// <summary>The status and title a failure maps to.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Title">A fixed, human-readable title (never the exception's message).</param>
internal sealed record ContactsProblem(int Status, string Title);
