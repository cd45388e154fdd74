using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.AspNetCore.Tests.Support;

/// <summary>Keeps every formatted log line (and exception text), to assert what is never logged.</summary>
internal sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public string All => string.Join("\n", _lines);

    /// <summary>The lines of the SDK's own categories (ASP.NET Core's request logging prints every path, tokens included).</summary>
    public string Sdk => string.Join("\n", _lines.Where(line => line.StartsWith("ContactsSdk", StringComparison.Ordinal)));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => sink._lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
