using Microsoft.Extensions.Logging;

namespace ContactsSdk.Redis.Internal;

/// <summary>The package's log lines. They name the part and the failure's type: never a key, event id or connection detail.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning,
        Message = "Redis is unreachable for the shared {Component} ({Failure}); {Behavior} until it answers again.")]
    public static partial void Unreachable(ILogger logger, string component, string failure, string behavior);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Redis answers again; the shared {Component} is back in use.")]
    public static partial void Recovered(ILogger logger, string component);
}
