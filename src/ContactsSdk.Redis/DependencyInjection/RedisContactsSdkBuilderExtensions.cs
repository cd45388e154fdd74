using ContactsSdk.DependencyInjection;
using ContactsSdk.Redis;
using ContactsSdk.Redis.Internal;
using ContactsSdk.Sync;
using ContactsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares the SDK's quota, per-contact write locks and webhook de-duplication between app instances through Redis.</summary>
public static class RedisContactsSdkBuilderExtensions
{
    /// <summary>Keeps the quota, write locks and webhook de-duplication in Redis with the default options; see <see cref="UseRedis(ContactsSdkBuilder, string, Action{ContactsRedisOptions})"/>.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="connectionString">A StackExchange.Redis configuration string, e.g. <c>localhost:6379</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank or not a valid configuration string.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="connectionString"/> is null.</exception>
    public static ContactsSdkBuilder UseRedis(this ContactsSdkBuilder builder, string connectionString)
        => builder.UseRedis(connectionString, static _ => { });

    /// <summary>Keeps the quota, write locks and webhook de-duplication in Redis with the default options; see <see cref="UseRedis(ContactsSdkBuilder, IConnectionMultiplexer, Action{ContactsRedisOptions})"/>.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="connection">The app's connection; it stays the app's to dispose.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="connection"/> is null.</exception>
    public static ContactsSdkBuilder UseRedis(this ContactsSdkBuilder builder, IConnectionMultiplexer connection)
        => builder.UseRedis(connection, static _ => { });

    /// <summary>
    /// Keeps every client's vendor quota, per-contact write locks and the webhook de-duplication set
    /// (<see cref="IWebhookDeduplicator"/>) in Redis, registers <see cref="ISyncStateStoreFactory"/> for sync state shared the same way, connecting lazily on first use with <paramref name="connectionString"/>.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="connectionString">
    /// A StackExchange.Redis configuration string, e.g. <c>localhost:6379</c>. The package sets its timeouts to
    /// <see cref="ContactsRedisOptions.OperationTimeout"/>, keeps reconnecting while Redis is down, and fails commands at
    /// once while disconnected (no queueing).
    /// </param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank or not a valid configuration string, or an option is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/>, <paramref name="connectionString"/> or <paramref name="configure"/> is null.</exception>
    public static ContactsSdkBuilder UseRedis(this ContactsSdkBuilder builder, string connectionString, Action<ContactsRedisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(configure);
        var options = OptionsFrom(configure);
        ConfigurationOptions configuration;
        try
        {
            configuration = RedisConnection.Configure(connectionString, options.OperationTimeout);
        }
        catch (ArgumentException)
        {
            // The text itself may hold a password, so it is neither echoed nor wrapped.
            throw new ArgumentException("The value is not a valid StackExchange.Redis configuration string.", nameof(connectionString));
        }

        return Register(builder, () => new RedisConnection(configuration, options));
    }

    /// <summary>
    /// Keeps every client's vendor quota, per-contact write locks and the webhook de-duplication set
    /// (<see cref="IWebhookDeduplicator"/>) in Redis, registers <see cref="ISyncStateStoreFactory"/> for sync state shared the same way, over the app's own connection.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="connection">
    /// The app's connection; it stays the app's to dispose. Its own timeouts and backlog policy apply, and every call is
    /// still cut off after <see cref="ContactsRedisOptions.OperationTimeout"/>.
    /// </param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/>, <paramref name="connection"/> or <paramref name="configure"/> is null.</exception>
    public static ContactsSdkBuilder UseRedis(this ContactsSdkBuilder builder, IConnectionMultiplexer connection, Action<ContactsRedisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(configure);
        var options = OptionsFrom(configure);
        return Register(builder, () => new RedisConnection(connection, options));
    }

    private static ContactsSdkBuilder Register(ContactsSdkBuilder builder, Func<RedisConnection> connect)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton(services => new RedisCoordination(connect(), services)));
        builder.Services.Replace(ServiceDescriptor.Singleton<IWebhookDeduplicator>(services => services.GetRequiredService<RedisCoordination>().Deduplicator));
        builder.Services.Replace(ServiceDescriptor.Singleton<ISyncStateStoreFactory>(services => services.GetRequiredService<RedisCoordination>().SyncStates));
        return builder
            .UseQuotaStore(services => services.GetRequiredService<RedisCoordination>().QuotaStore)
            .UseContactWriteLocks(services => services.GetRequiredService<RedisCoordination>().WriteLocks);
    }

    // Options are read once, at registration, so a value out of range fails here, naming itself.
    private static ContactsRedisOptions OptionsFrom(Action<ContactsRedisOptions> configure)
    {
        var options = new ContactsRedisOptions();
        configure(options);
        RedisOptionsChecks.Validate(options, nameof(configure));
        return options;
    }
}
