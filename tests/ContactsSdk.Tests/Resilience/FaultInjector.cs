namespace ContactsSdk.Tests.Resilience;

/// <summary>The fault-injection calls every fake has, gathered so the matrix can drive any vendor's fake.</summary>
public sealed record FaultInjector(
    Action<int, int, string?, string?, TimeSpan?> FailNext,
    Action<int, TimeSpan, string?, string?> DelayNext,
    Action<int, string?, string?> DropNext,
    Action<int, string?, string?> MalformNext,
    Action<int, int, string?, string?> ApplyThenFailNext);
