namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Holds injected faults in injection order and hands each matching request the oldest one that applies.
/// </summary>
internal sealed class FaultQueue
{
    private readonly Lock _lock = new();
    private readonly List<FaultRule> _rules = [];

    /// <summary>Appends a rule after the ones already queued.</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_lock)
        {
            _rules.Add(rule);
        }
    }

    /// <summary>Consumes one use of the oldest rule that matches, or returns <see langword="null"/>.</summary>
    public FaultRule? TryTake(string method, string path)
    {
        lock (_lock)
        {
            var index = _rules.FindIndex(rule => rule.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var rule = _rules[index];
            rule.Remaining--;
            if (rule.Remaining == 0)
            {
                _rules.RemoveAt(index);
            }

            return rule;
        }
    }

    /// <summary>Removes every queued rule.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
        }
    }
}
