using ContactsSdk.AspNetCore.Errors;

// In Microsoft's namespace so that AddContactsProblemDetails is found without a using, like AddProblemDetails.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="ContactsExceptionHandler"/>.</summary>
public static class ContactsProblemDetailsServiceCollectionExtensions
{
    /// <summary>
    /// Registers problem details and <see cref="ContactsExceptionHandler"/>, so that with <c>app.UseExceptionHandler()</c>
    /// a <c>ContactsException</c> (or an SDK argument check) answers 400/404/409/422/429/502–504 instead of 500.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddContactsProblemDetails(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails();
        services.AddExceptionHandler<ContactsExceptionHandler>();
        return services;
    }
}
