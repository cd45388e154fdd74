namespace ContactsSdk.Sync;

/// <summary>
/// Opens the <see cref="ISyncStateStore"/> of a named sync, so a sync worker resolved from dependency injection finds its
/// state wherever the app keeps it (for example <c>UseRedis(...)</c> in <c>ContactsSdk.Redis</c> registers one that every
/// app instance shares). Pass the store it returns to <see cref="ContactsSync"/>.
/// </summary>
public interface ISyncStateStoreFactory
{
    /// <summary>Opens the state of the sync named <paramref name="syncName"/>; the same name always opens the same state.</summary>
    /// <param name="syncName">The sync's name, one per pair of clients, e.g. <c>ecwid-to-agentclara</c>.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="syncName"/> is blank or not a valid name for this factory.</exception>
    ISyncStateStore Open(string syncName);
}
