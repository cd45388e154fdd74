using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.DependencyInjection;

/// <summary>The clients built by <see cref="ContactsClientBuilder"/>; disposing it releases their HTTP handlers.</summary>
public sealed class ContactsClients : IContactsClientFactory, IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IContactsClientFactory _factory;

    internal ContactsClients(ServiceProvider provider)
    {
        _provider = provider;
        _factory = provider.GetRequiredService<IContactsClientFactory>();
    }

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Names => _factory.Names;

    /// <inheritdoc/>
    public IContactsClient Get(string name) => _factory.Get(name);

    /// <inheritdoc/>
    public TClient Get<TClient>(string name)
        where TClient : class, IContactsClient
        => _factory.Get<TClient>(name);

    /// <summary>Releases the clients' HTTP handlers.</summary>
    public void Dispose() => _provider.Dispose();

    /// <summary>Releases the clients' HTTP handlers.</summary>
    /// <returns>A task that completes when they are released.</returns>
    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
