using System.Net;
using System.Threading.RateLimiting;
using ContactsSdk.Internal;
using ContactsSdk.Configuration;
using ContactsSdk.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;

namespace ContactsSdk.Resilience;

/// <summary>
/// Builds the one resilience pipeline of a vendor client, outermost first: total timeout; retry of safe requests
/// (exponential backoff with jitter, honouring <c>Retry-After</c>); quota pacing shared per credential; a circuit
/// breaker per vendor authority (host); a per-attempt timeout. Pacing sits inside the retry so that every attempt, retries included, takes a permit.
/// </summary>
internal static class ContactsResiliencePipeline
{
    public const string Name = "contacts";

    // Polly's names for its per-request events (Polly.Telemetry.TelemetryUtil, internal there).
    private const string ExecutionAttemptEvent = "ExecutionAttempt";
    private const string PipelineExecutedEvent = "PipelineExecuted";

    private static readonly ResiliencePropertyKey<long> StartedAtKey = new("ContactsSdk.StartedAt");

    public static IHttpClientBuilder AddContactsResilience(
        this IHttpClientBuilder builder,
        ContactsVendor vendor,
        Func<IServiceProvider, ResilienceProfile> profile)
    {
        builder.AddResilienceHandler(Name, (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            var logger = services.GetService<ILoggerFactory>()?.CreateLogger("ContactsSdk") ?? NullLogger.Instance;
            var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
            pipeline.ConfigureTelemetry(QuietTelemetry(services.GetService<IOptions<TelemetryOptions>>()?.Value));
            var quotaStore = services.GetService<IContactsQuotaStore>() ?? new InProcessQuotaStore(clock);
            Configure(pipeline, new PipelineContext(vendor, profile(services), logger, clock, quotaStore));
        })
        .SelectPipelineByAuthority();
        return builder;
    }

    /// <summary>
    /// Builds the pipeline <see cref="AddContactsResilience"/> registers, outside any HttpClient: a test hook, so that tests
    /// can read its strategies in order (Polly.Testing) without reaching into Microsoft.Extensions.Http.Resilience's keys.
    /// </summary>
    internal static ResiliencePipeline<HttpResponseMessage> Build(ContactsVendor vendor, ResilienceProfile profile, TimeProvider clock)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        Configure(pipeline, new PipelineContext(vendor, profile, NullLogger.Instance, clock, new InProcessQuotaStore(clock)));
        return pipeline.Build();
    }

    // Polly logs two Information lines for every request that went well ("Execution attempt", "Resilience pipeline
    // executed"): noise at an app's default level. Those two are lowered to Debug for this pipeline only; every other
    // event keeps its severity, and the app's own telemetry settings (logger, enrichers) stay.
    internal static TelemetryOptions QuietTelemetry(TelemetryOptions? appTelemetry)
    {
        var telemetry = appTelemetry is null ? new TelemetryOptions() : new TelemetryOptions(appTelemetry);
        var appSeverity = telemetry.SeverityProvider;
        telemetry.SeverityProvider = args =>
        {
            var severity = appSeverity?.Invoke(args) ?? args.Event.Severity;
            return severity == ResilienceEventSeverity.Information && args.Event.EventName is ExecutionAttemptEvent or PipelineExecutedEvent
                ? ResilienceEventSeverity.Debug
                : severity;
        };
        return telemetry;
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, PipelineContext context)
    {
        var resilience = context.Options.Settings;
        pipeline.AddTimeout(TotalTimeoutOptions(context));
        if (resilience.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(RetryOptions(context));
        }

        if (resilience.PaceRequests && context.Quotas.Count > 0)
        {
            pipeline.AddRateLimiter(PacingOptions(context));
        }

        pipeline.AddCircuitBreaker(BreakerOptions(context));
        pipeline.AddTimeout(resilience.AttemptTimeout);
    }

    private static HttpRetryStrategyOptions RetryOptions(PipelineContext context)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = context.Options.Settings.MaxRetryAttempts,
            Delay = context.Options.Settings.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = false,
            DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter.Of(args.Outcome.Result?.Headers, context.Clock)),
            OnRetry = args => OnRetry(context, args),
        };
        var isTransient = retry.ShouldHandle;
        retry.ShouldHandle = args => ShouldRetry(args, context, isTransient);
        return retry;
    }

    // A 429 proves nothing was applied, so it is retried for every method, creates included, after the vendor's Retry-After
    // — unless that wait would outlast the call's total budget: then the 429 is answered at once, with its Retry-After,
    // instead of sleeping until the total timeout cuts the call off without one.
    private static ValueTask<bool> ShouldRetry(
        RetryPredicateArguments<HttpResponseMessage> args, PipelineContext context, Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> isTransient)
    {
        if (args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled)
        {
            var wait = RetryAfter.Of(throttled.Headers, context.Clock) ?? TimeSpan.Zero;
            return new ValueTask<bool>(wait < RemainingBudget(args.Context, context));
        }

        var request = args.Context.GetRequestMessage();
        if (!IsSafeToRetry(request, context))
        {
            return PredicateResult.False();
        }

        return IsOverwrite(request) && !VendorAnsweredItFailed(args.Outcome.Result) ? PredicateResult.False() : isTransient(args);
    }

    // A PUT or PATCH that may still be in flight (our timeout, a dropped connection, 502/504) is not sent again: where the
    // vendor has no concurrency token, the first one landing late would overwrite whatever was written after it.
    private static bool IsOverwrite(HttpRequestMessage? request)
        => request is not null && (request.Method == HttpMethod.Put || request.Method == HttpMethod.Patch);

    private static bool VendorAnsweredItFailed(HttpResponseMessage? response)
        => response is { StatusCode: >= HttpStatusCode.InternalServerError and not HttpStatusCode.BadGateway and not HttpStatusCode.GatewayTimeout };

    private static TimeSpan RemainingBudget(ResilienceContext resilienceContext, PipelineContext context)
        => resilienceContext.Properties.TryGetValue(StartedAtKey, out var startedAt)
            ? context.Options.Settings.TotalTimeout - context.Clock.GetElapsedTime(startedAt)
            : context.Options.Settings.TotalTimeout;

    // The total timeout is the outermost strategy: it notes when the call started, so that a retry can tell what is left.
    private static TimeoutStrategyOptions TotalTimeoutOptions(PipelineContext context)
        => new()
        {
            TimeoutGenerator = args =>
            {
                args.Context.Properties.Set(StartedAtKey, context.Clock.GetTimestamp());
                return new ValueTask<TimeSpan>(context.Options.Settings.TotalTimeout);
            },
        };

    // A POST creates: retrying it blindly after an ambiguous failure could create a duplicate. POSTs that only read or
    // are idempotent by design are the vendor's to name.
    private static bool IsSafeToRetry(HttpRequestMessage? request, PipelineContext context)
        => request is not null && (request.Method != HttpMethod.Post || context.Options.IsIdempotentPost(request));

    private static ValueTask OnRetry(PipelineContext context, OnRetryArguments<HttpResponseMessage> args)
    {
        ContactsMetrics.RecordRetry(context.Vendor);
        ContactsTelemetry.RecordRetry();
        if (context.Logger.IsEnabled(LogLevel.Information))
        {
            var request = args.Context.GetRequestMessage();
            var reason = args.Outcome.Exception?.GetType().Name ?? $"HTTP {(int?)args.Outcome.Result?.StatusCode}";
            ContactsLog.Retrying(
                context.Logger, context.Vendor, request?.Method.Method ?? "?", request?.RequestUri?.AbsolutePath ?? "?",
                args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds, reason);
        }

        return ValueTask.CompletedTask;
    }

    private static RateLimiterStrategyOptions PacingOptions(PipelineContext context)
    {
        var scope = QuotaPacer.ScopeOf(context.Vendor, context.Options.QuotaPartition, context.Quotas);
        var maxWait = context.Options.Settings.MaxQuotaWait;
        return new RateLimiterStrategyOptions
        {
            RateLimiter = args => QuotaPacer.AcquireAsync(
                context.QuotaStore, scope, maxWait, context.Clock, () => ContactsMetrics.RecordThrottleWait(context.Vendor), args.Context.CancellationToken),
            OnRejected = _ =>
            {
                ContactsMetrics.RecordQuotaRejection(context.Vendor);
                return ValueTask.CompletedTask;
            },
        };
    }

    private static HttpCircuitBreakerStrategyOptions BreakerOptions(PipelineContext context)
    {
        var resilience = context.Options.Settings;
        return new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = resilience.CircuitBreakerFailureRatio,
            MinimumThroughput = resilience.CircuitBreakerMinimumThroughput,
            SamplingDuration = resilience.CircuitBreakerSamplingDuration,
            BreakDuration = resilience.CircuitBreakerBreakDuration,
            OnOpened = args => OnOpened(context, args),
        };
    }

    private static ValueTask OnOpened(PipelineContext context, OnCircuitOpenedArguments<HttpResponseMessage> args)
    {
        ContactsMetrics.RecordCircuitOpened(context.Vendor);
        if (context.Logger.IsEnabled(LogLevel.Warning))
        {
            ContactsLog.CircuitOpened(context.Logger, context.Vendor, (long)args.BreakDuration.TotalMilliseconds);
        }

        return ValueTask.CompletedTask;
    }

    private sealed record PipelineContext(
        ContactsVendor Vendor, ResilienceProfile Options, ILogger Logger, TimeProvider Clock, IContactsQuotaStore QuotaStore)
    {
        public IReadOnlyList<ContactsQuota> Quotas { get; } = Options.Settings.Quotas is { } custom ? [.. custom] : Options.PublishedQuotas;
    }
}
