namespace ContactsSdk.Resilience;

/// <summary>Describes one published vendor quota: at most <see cref="Permits"/> requests in any <see cref="Window"/>.</summary>
public sealed class ContactsQuota
{
    /// <summary>Initializes an empty quota, for configuration binding.</summary>
    public ContactsQuota()
    {
    }

    /// <summary>Initializes a quota.</summary>
    /// <param name="permits">The most requests in one window.</param>
    /// <param name="window">The window.</param>
    public ContactsQuota(int permits, TimeSpan window)
    {
        Permits = permits;
        Window = window;
    }

    /// <summary>Gets or sets the most requests in one window.</summary>
    public int Permits { get; set; }

    /// <summary>Gets or sets the window.</summary>
    public TimeSpan Window { get; set; }

    /// <summary>Returns the quota as text, e.g. <c>100 per 00:00:10</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Permits} per {Window}";
}
