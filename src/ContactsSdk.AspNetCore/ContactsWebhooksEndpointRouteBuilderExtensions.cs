using ContactsSdk;
using ContactsSdk.AspNetCore.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// In Microsoft's namespace so that MapContactsWebhooks is found next to MapPost without a using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the contact webhook endpoints on minimal APIs.</summary>
/// <remarks>
/// Each endpoint reads the raw body itself (any content type, no model binding) and answers only 200 on success. Keep
/// redirects (<c>UseHttpsRedirection</c>, trailing-slash rewrites) away from these paths: a vendor counts a 3xx as failed.
/// </remarks>
public static class ContactsWebhooksEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST {prefix}/ecwid</c>, <c>POST {prefix}/wix</c> and <c>POST {prefix}/agentclara/{token}</c> for the vendors configured in <c>AddContactsWebhooks</c>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="prefix">The path prefix.</param>
    /// <returns>The group, so that host filters, rate limiting and other conventions apply to every vendor's endpoint.</returns>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is empty.</exception>
    /// <exception cref="InvalidOperationException"><c>AddContactsWebhooks</c> was not called, or no vendor is configured.</exception>
    public static RouteGroupBuilder MapContactsWebhooks(this IEndpointRouteBuilder endpoints, string prefix = "/webhooks")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var options = Options(endpoints);
        var group = endpoints.MapGroup(prefix);
        var mapped = 0;
        if (options.Ecwid.ClientSecrets.Any(secret => !string.IsNullOrEmpty(secret)))
        {
            group.MapEcwidWebhooks("/ecwid");
            mapped++;
        }

        if (options.Wix.PublicKeys.Count > 0)
        {
            group.MapWixWebhooks("/wix");
            mapped++;
        }

        if (options.AgentClara.PathToken is not null)
        {
            group.MapAgentClaraWebhooks("/agentclara");
            mapped++;
        }

        return mapped > 0
            ? group
            : throw new InvalidOperationException("No webhook vendor is configured: set Ecwid.ClientSecrets, Wix.PublicKeys or AgentClara.PathToken in AddContactsWebhooks.");
    }

    /// <summary>Maps <c>POST {pattern}</c> for Ecwid webhooks.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern, such as <c>/webhooks/ecwid</c>.</param>
    /// <returns>The endpoint's builder, for conventions.</returns>
    /// <exception cref="InvalidOperationException">No Ecwid client secret is configured.</exception>
    public static RouteHandlerBuilder MapEcwidWebhooks(this IEndpointRouteBuilder endpoints, string pattern)
    {
        Check(endpoints, pattern);
        if (!Options(endpoints).Ecwid.ClientSecrets.Any(secret => !string.IsNullOrEmpty(secret)))
        {
            throw new InvalidOperationException("Set Ecwid.ClientSecrets (the app's client_secret) in AddContactsWebhooks before mapping the Ecwid endpoint.");
        }

        return Map(endpoints, pattern, ContactsVendor.Ecwid, static (webhooks, context) => webhooks.HandleEcwidAsync(context));
    }

    /// <summary>Maps <c>POST {pattern}</c> for Wix webhooks.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern, such as <c>/webhooks/wix</c>.</param>
    /// <returns>The endpoint's builder, for conventions.</returns>
    /// <exception cref="InvalidOperationException">No Wix public key is configured, or one is not a key.</exception>
    public static RouteHandlerBuilder MapWixWebhooks(this IEndpointRouteBuilder endpoints, string pattern)
    {
        Check(endpoints, pattern);
        var keys = Options(endpoints).Wix.PublicKeys;
        if (keys.Count == 0)
        {
            throw new InvalidOperationException("Set Wix.PublicKeys (the app's webhook public key) in AddContactsWebhooks before mapping the Wix endpoint.");
        }

        try
        {
            _ = keys.Select(key => new ContactsSdk.Webhooks.WixPublicKey(key)).ToList();
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException("A Wix public key in AddContactsWebhooks is not an RSA public key in PEM (or base64-encoded PEM) form.", ex);
        }

        return Map(endpoints, pattern, ContactsVendor.Wix, static (webhooks, context) => webhooks.HandleWixAsync(context));
    }

    /// <summary>Maps <c>POST {pattern}/{token}</c> for AgentClara webhooks, which AgentClara does not sign; another token answers 404.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern before the token, such as <c>/webhooks/agentclara</c>.</param>
    /// <returns>The endpoint's builder, for conventions.</returns>
    /// <exception cref="InvalidOperationException">No path token is configured, or it is shorter than <see cref="AgentClaraWebhookOptions.MinimumPathTokenLength"/>.</exception>
    public static RouteHandlerBuilder MapAgentClaraWebhooks(this IEndpointRouteBuilder endpoints, string pattern)
    {
        Check(endpoints, pattern);
        if (Options(endpoints).AgentClara.PathToken is not { Length: >= AgentClaraWebhookOptions.MinimumPathTokenLength })
        {
            throw new InvalidOperationException(
                $"Set AgentClara.PathToken to an unguessable value of at least {AgentClaraWebhookOptions.MinimumPathTokenLength} characters (e.g. 32 random bytes, base64url) before mapping the AgentClara endpoint.");
        }

        return Map(endpoints, pattern.TrimEnd('/') + "/{token}", ContactsVendor.AgentClara, static (webhooks, context) => webhooks.HandleAgentClaraAsync(context));
    }

    private static RouteHandlerBuilder Map(IEndpointRouteBuilder endpoints, string pattern, ContactsVendor vendor, Func<WebhookEndpoints, HttpContext, Task> handle)
    {
        var webhooks = endpoints.ServiceProvider.GetRequiredService<WebhookEndpoints>();
        Func<HttpContext, Task> handler = context => handle(webhooks, context);
        return endpoints.MapPost(pattern, (Delegate)handler).WithDisplayName($"{vendor} contact webhooks").ExcludeFromDescription();
    }

    private static void Check(IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
    }

    private static ContactsWebhooksOptions Options(IEndpointRouteBuilder endpoints)
        => Validated(endpoints.ServiceProvider.GetService<IOptions<ContactsWebhooksOptions>>()?.Value
            ?? throw new InvalidOperationException("Call services.AddContactsWebhooks(...) before mapping the contact webhook endpoints."));

    // Hostile or mistaken settings fail here, at start-up, instead of as a 500 (or a silent 413) on every delivery.
    // Messages name the setting, never its value: some are secrets.
    private static ContactsWebhooksOptions Validated(ContactsWebhooksOptions options)
    {
        string? problem = options switch
        {
            { MaxBodyBytes: <= 0 } => "MaxBodyBytes must be positive.",
            { QueueCapacity: <= 0 } => "QueueCapacity must be positive.",
            _ when options.DeduplicationTimeToLive <= TimeSpan.Zero => "DeduplicationTimeToLive must be positive.",
            _ when !Enum.IsDefined(options.Mode) => "Mode is not a WebhookProcessingMode.",
            _ when options.Wix.ClockSkew < TimeSpan.Zero => "Wix.ClockSkew must not be negative.",
            _ when options.Ecwid.MaxEventAge < ContactsSdk.Webhooks.EcwidVerifyOptions.MinimumMaxEventAge
                => "Ecwid.MaxEventAge must be at least 24 hours (Ecwid resends failed deliveries for a day).",
            _ when options.Ecwid.ClientSecrets.Any(secret => secret is { Length: > 0 } && string.IsNullOrWhiteSpace(secret))
                => "An entry of Ecwid.ClientSecrets is only whitespace.",
            _ when options.Wix.PublicKeys.Any(string.IsNullOrWhiteSpace) => "An entry of Wix.PublicKeys is empty.",
            _ when options.AgentClara.PathToken is { } token && (token.Any(char.IsWhiteSpace) || token.Contains('/', StringComparison.Ordinal))
                => "AgentClara.PathToken must be one URL path segment without whitespace.",
            _ => null,
        };
        return problem is null ? options : throw new InvalidOperationException("Invalid contact webhook settings in AddContactsWebhooks: " + problem);
    }
}
