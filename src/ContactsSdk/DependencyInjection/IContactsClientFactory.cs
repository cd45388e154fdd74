namespace ContactsSdk.DependencyInjection;

/// <summary>Resolves the clients registered with <see cref="ContactsSdkBuilder"/> by the names they were given.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Naming", "CA1716:Identifiers should not match keywords", Justification = "Get is the verb the whole SDK uses; VB callers can escape it.")]
public interface IContactsClientFactory
{
    /// <summary>Gets the names of every registered client.</summary>
    IReadOnlyCollection<string> Names { get; }

    /// <summary>Gets the client registered under <paramref name="name"/>.</summary>
    /// <param name="name">The registration name, e.g. <c>"clara"</c>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">No client is registered under that name.</exception>
    IContactsClient Get(string name);

    /// <summary>Gets the client registered under <paramref name="name"/> as a vendor's own interface.</summary>
    /// <typeparam name="TClient">The vendor interface, e.g. <c>IAgentClaraContactsClient</c>.</typeparam>
    /// <param name="name">The registration name.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">No client is registered under that name, or it is not a <typeparamref name="TClient"/>.</exception>
    TClient Get<TClient>(string name)
        where TClient : class, IContactsClient;
}
