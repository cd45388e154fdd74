using ContactsSdk;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Resilience;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Replaces what the SDK's clients share — the quota store and the per-contact write locks — e.g. with ones shared by
/// several app instances (<c>ContactsSdk.Redis</c>). Without these calls both live in the process.
/// </summary>
public static class ContactsSdkCoordinationExtensions
{
    /// <summary>Makes every client of the container pace its vendor quota through <paramref name="factory"/>'s store.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="factory">Creates the store once per container; it must keep the <see cref="IContactsQuotaStore"/> contract.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="factory"/> is null.</exception>
    public static ContactsSdkBuilder UseQuotaStore(this ContactsSdkBuilder builder, Func<IServiceProvider, IContactsQuotaStore> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }

    /// <summary>Makes every client of the container serialise its writes to one contact through <paramref name="factory"/>'s locks.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="factory">Creates the provider once per container; it must keep the <see cref="IContactWriteLockProvider"/> contract.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="factory"/> is null.</exception>
    public static ContactsSdkBuilder UseContactWriteLocks(this ContactsSdkBuilder builder, Func<IServiceProvider, IContactWriteLockProvider> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }
}
