using System.Globalization;

namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// The skeleton every vendor fake runs a request through, in one order: route (overrides first, then built-in routes;
/// 501 when neither matches) → auth (the vendor's 401/403) → quota (429 with <c>Retry-After</c>) → the vendor's own
/// admission checks (permissions, scopes, query strictness) → state (the store's lock) → endpoint.
/// </summary>
/// <remarks>
/// Vendors supply only the parts that differ: how a credential is read, what the quota counts per, the error body, and
/// the endpoints. Any <see cref="FakeApiException"/> thrown on the way becomes the vendor's error body.
/// </remarks>
/// <typeparam name="TEndpoint">The vendor's endpoint description.</typeparam>
/// <typeparam name="TGrant">What a valid credential grants (a sub-account, a site, a store and its scopes).</typeparam>
internal abstract class FakeApi<TEndpoint, TGrant> : IFakeApi
    where TEndpoint : class
    where TGrant : class
{
    private readonly FakeRouter<TEndpoint> _router;
    private readonly string _fakeName;
    private readonly IReadOnlyList<RateLimitWindow>? _startingQuota;
    private volatile SlidingWindowRateLimiter? _quota;

    /// <summary>Initializes the skeleton around a vendor's routes.</summary>
    /// <param name="fakeName">The public fake's name, used in the 501 message (<c>EcwidFake does not emulate …</c>).</param>
    /// <param name="router">The built-in routes.</param>
    /// <param name="timeProvider">The fake's clock, for state and quota windows.</param>
    /// <param name="startingQuota">The quota windows set at start and restored by <see cref="ResetSkeleton"/>; null for none.</param>
    protected FakeApi(string fakeName, FakeRouter<TEndpoint> router, TimeProvider timeProvider, IReadOnlyList<RateLimitWindow>? startingQuota)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _fakeName = fakeName;
        _router = router;
        VendorClock = new VendorClock(timeProvider);
        TimeProvider = VendorClock;
        _startingQuota = startingQuota;
        SetQuota(startingQuota);
    }

    /// <summary>Gets the endpoints users added; they win over the built-in routes.</summary>
    public FakeOverrides Overrides { get; } = new();

    /// <summary>Gets the fake's clock, as the vendor reads it (moved by <see cref="VendorClock"/>'s offset).</summary>
    protected TimeProvider TimeProvider { get; }

    /// <inheritdoc />
    public VendorClock VendorClock { get; }

    /// <summary>Gets the error code the vendor's 501 answer for an unemulated endpoint carries.</summary>
    protected abstract string NotEmulatedCode { get; }

    /// <summary>Starts counting requests per quota key in the given windows; calling it again starts over.</summary>
    public void EnableQuota(params RateLimitWindow[] windows) => SetQuota(windows);

    /// <summary>Stops counting and forgets past requests.</summary>
    public void DisableQuota() => _quota = null;

    /// <inheritdoc />
    public FakeHttpResponse Handle(FakeHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (Overrides.TryResolve(request.Method, request.Path, out var custom, out var customValues))
            {
                return custom!.RequireCredential
                    ? Admitted(request, customValues, _ => RunOverride(custom, request, customValues))
                    : RunOverride(custom, request, customValues);
            }

            if (!_router.TryResolve(request.Method, request.Path, out var endpoint, out var routeValues))
            {
                throw new FakeApiException(501, $"{_fakeName} does not emulate {request.Method} {request.Path}", NotEmulatedCode);
            }

            return IsAnonymous(endpoint!)
                ? HandleAnonymous(endpoint!, request, routeValues)
                : Admitted(request, routeValues, grant => Invoke(endpoint!, grant, request, Admit(endpoint!, grant, request), routeValues));
        }
        catch (Exception exception) when (AsApiError(exception) is { } error)
        {
            return Error(error);
        }
    }

    /// <inheritdoc />
    public FakeHttpResponse CreateInjectedError(int statusCode, TimeSpan? retryAfter)
    {
        var response = Error(InjectedError(statusCode));
        return retryAfter is { } wait ? response.WithHeader("Retry-After", Seconds(wait, minimum: 0)) : response;
    }

    /// <inheritdoc />
    public FakeHttpResponse CreateUnexpectedError(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Error(new FakeApiException(500, $"{_fakeName} failed: {exception.GetType().Name}: {exception.Message}", UnexpectedErrorCode));
    }

    /// <inheritdoc />
    public abstract FakeHttpResponse CreateMalformedResponse();

    /// <inheritdoc />
    public abstract void Decorate(FakeHttpResponse response);

    /// <summary>Drops the overrides and restores the starting quota with nothing counted; part of every fake's reset.</summary>
    protected void ResetSkeleton()
    {
        Overrides.Clear();
        SetQuota(_startingQuota);
        VendorClock.Offset = TimeSpan.Zero;
    }

    /// <summary>Reads the credential and returns its grant, or throws the vendor's 401/403.</summary>
    protected abstract TGrant Authenticate(FakeHttpRequest request, IReadOnlyDictionary<string, string> routeValues);

    /// <summary>Gets what the quota counts per: a key, a token, a site.</summary>
    protected abstract string QuotaKey(TGrant grant);

    /// <summary>Gets the vendor's 429 error.</summary>
    protected abstract FakeApiException QuotaExceeded();

    /// <summary>Runs the vendor's checks between quota and state (permissions, scopes, content type, query) and returns the parsed query.</summary>
    protected virtual FakeQuery Admit(TEndpoint endpoint, TGrant grant, FakeHttpRequest request) => FakeQuery.Parse(request.Query);

    /// <summary>Gets the vendor's 400 for a query parameter the endpoint does not declare, naming it.</summary>
    protected abstract FakeApiException UnknownQueryParameter(string name);

    /// <summary>
    /// Returns the query when every parameter name is one the endpoint declares, else throws
    /// <see cref="UnknownQueryParameter"/>: one strictness rule for every fake, so a misspelt parameter never passes silently.
    /// </summary>
    protected FakeQuery RequireDeclared(FakeQuery query, IReadOnlyCollection<string> declared)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.FindUnknown(declared) is { } unknown ? throw UnknownQueryParameter(unknown) : query;
    }

    /// <summary>Runs the endpoint on the grant's store, under its lock.</summary>
    protected abstract FakeHttpResponse Invoke(
        TEndpoint endpoint, TGrant grant, FakeHttpRequest request, FakeQuery query, IReadOnlyDictionary<string, string> routeValues);

    /// <summary>Gets whether an endpoint needs no credential (such as an OAuth token endpoint).</summary>
    protected virtual bool IsAnonymous(TEndpoint endpoint) => false;

    /// <summary>Runs an endpoint that needs no credential.</summary>
    protected virtual FakeHttpResponse HandleAnonymous(TEndpoint endpoint, FakeHttpRequest request, IReadOnlyDictionary<string, string> routeValues)
        => throw new InvalidOperationException("The vendor declared no anonymous endpoint.");

    /// <summary>Adds what the vendor puts on every answer the quota counted (such as remaining-request headers).</summary>
    protected virtual FakeHttpResponse OnCounted(FakeHttpResponse response, RateLimitDecision decision) => response;

    /// <summary>Turns a failure other than <see cref="FakeApiException"/> into the caller's error, or null when it is a bug of the fake.</summary>
    protected virtual FakeApiException? Translate(Exception exception) => null;

    /// <summary>Gets the error injected failures answer for a status.</summary>
    protected abstract FakeApiException InjectedError(int statusCode);

    /// <summary>Gets the code of the vendor's 500 answer for a bug in the fake.</summary>
    protected abstract string UnexpectedErrorCode { get; }

    /// <summary>Writes the vendor's error body.</summary>
    protected abstract FakeHttpResponse Error(FakeApiException error);

    /// <summary>Formats a wait as whole seconds for <c>Retry-After</c>, rounded up so a client that honours it never arrives early.</summary>
    protected static string Seconds(TimeSpan wait, int minimum) =>
        Math.Max(minimum, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private FakeHttpResponse Admitted(FakeHttpRequest request, IReadOnlyDictionary<string, string> routeValues, Func<TGrant, FakeHttpResponse> next)
    {
        var grant = Authenticate(request, routeValues);
        var decision = _quota?.TryAcquire(QuotaKey(grant));
        var response = decision is { IsAllowed: false } rejected
            ? Error(QuotaExceeded()).WithHeader("Retry-After", Seconds(rejected.RetryAfter, minimum: 1))
            : Next(grant, next);
        return decision is { } counted ? OnCounted(response, counted) : response;
    }

    // Errors are answered here, not by the caller, so an error answer still carries the quota headers.
    private FakeHttpResponse Next(TGrant grant, Func<TGrant, FakeHttpResponse> next)
    {
        try
        {
            return next(grant);
        }
        catch (Exception exception) when (AsApiError(exception) is { } error)
        {
            return Error(error);
        }
    }

    private static FakeHttpResponse RunOverride(FakeOverride custom, FakeHttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        var answer = custom.Handle(new FakeEndpointRequest(request.Method, request.Path, request.Query, request.Body, request.Headers, routeValues))
            ?? throw new InvalidOperationException("The override handler returned null.");
        var response = answer.Body is null ? FakeHttpResponse.Empty(answer.StatusCode) : FakeHttpResponse.Text(answer.StatusCode, answer.Body);
        foreach (var header in answer.Headers)
        {
            response.WithHeader(header.Key, header.Value);
        }

        return response;
    }

    private FakeApiException? AsApiError(Exception exception) => exception as FakeApiException ?? Translate(exception);

    private void SetQuota(IReadOnlyList<RateLimitWindow>? windows) =>
        _quota = windows is { Count: > 0 } ? new SlidingWindowRateLimiter([.. windows], TimeProvider) : null;
}
