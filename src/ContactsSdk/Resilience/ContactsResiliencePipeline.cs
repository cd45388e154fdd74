using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ContactsSdk.Resilience;

/// <summary>
/// Builds the one resilience pipeline of a vendor client: total timeout, retry of safe requests (exponential backoff
/// with jitter, honouring <c>Retry-After</c>), a circuit breaker per client, and a per-attempt timeout.
/// </summary>
internal static class ContactsResiliencePipeline
{
    public const string Name = "contacts";

    public static IHttpClientBuilder AddContactsResilience(
        this IHttpClientBuilder builder, Func<IServiceProvider, ContactsResilienceOptions> options)
    {
        builder.AddResilienceHandler(Name, (pipeline, context) => Configure(pipeline, options(context.ServiceProvider)));
        return builder;
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ContactsResilienceOptions options)
    {
        pipeline.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(RetryOptions(options));
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions());
        pipeline.AddTimeout(options.AttemptTimeout);
    }

    // A POST creates: retrying it blindly after an ambiguous failure could create a duplicate.
    private static HttpRetryStrategyOptions RetryOptions(ContactsResilienceOptions options)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
        };
        retry.DisableFor(HttpMethod.Post);
        return retry;
    }
}
