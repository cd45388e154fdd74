using System.Diagnostics;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// Records the "ContactsSdk" spans that end while it is alive, for tests that check one call yields exactly one span named
/// after its operation. Use it in a [NonParallelizable] fixture: the listener sees every client in the process.
/// </summary>
public sealed class OperationSpans : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly List<Activity> _spans = [];

    public OperationSpans()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "ContactsSdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                lock (_spans)
                {
                    _spans.Add(span);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Gets the <c>contactssdk.operation</c> tag of each span recorded so far, in the order they ended.</summary>
    public IReadOnlyList<string?> Operations
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans.Select(span => span.GetTagItem("contactssdk.operation") as string)];
            }
        }
    }

    /// <summary>Gets the display name of each span recorded so far.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans.Select(span => span.DisplayName)];
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
