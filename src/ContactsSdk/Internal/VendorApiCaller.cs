using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Refit;

namespace ContactsSdk.Internal;

/// <summary>
/// Calls one Refit method and turns every failure into the exception family, once, keeping the raw body:
/// Refit types never leave this class. A caller's own cancellation stays <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class VendorApiCaller(ContactsExceptionFactory errors, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    // Failures carry the public operation in progress (the one path names it), so telemetry and exceptions agree.
    private static string Operation => ContactsTelemetry.CurrentOperation ?? "Unobserved";

    public async Task<T> SendAsync<T>(Func<CancellationToken, Task<IApiResponse<T>>> call, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await InvokeAsync(call, cancellationToken).ConfigureAwait(false);
        EnsureSuccess(response, cancellationToken);
        if (response.Error is { } error || response.Content is null)
        {
            // Refit reads the body after the headers: a caller who cancels meanwhile gets a read "error" that is their cancellation.
            cancellationToken.ThrowIfCancellationRequested();
            throw errors.Unreadable(Operation, Describe(response), (Exception?)response.Error ?? new InvalidDataException("The body was empty."));
        }

        return response.Content;
    }

    public async Task<T?> SendOrNullIfNotFoundAsync<T>(Func<CancellationToken, Task<IApiResponse<T>>> call, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await SendAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (ContactNotFoundException)
        {
            return null;
        }
    }

    public async Task SendAsync(Func<CancellationToken, Task<IApiResponse>> call, CancellationToken cancellationToken)
    {
        using var response = await InvokeAsync(call, cancellationToken).ConfigureAwait(false);
        EnsureSuccess(response, cancellationToken);
    }

    /// <summary>
    /// Reads one raw item of an answer already received (listings that keep the vendor's payload), turning an item the
    /// SDK cannot read into the same <see cref="ContactsException"/> as an unreadable answer.
    /// </summary>
    public T Read<T>(JsonElement element, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return element.Deserialize(typeInfo) ?? throw new JsonException("An item of the answer was null.");
        }
        catch (JsonException ex)
        {
            throw errors.Unreadable(Operation, new FailedResponse(200, null, null, null), ex);
        }
    }

    private async Task<TResponse> InvokeAsync<TResponse>(Func<CancellationToken, Task<TResponse>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (TryTranslateTransportFailure(ex, cancellationToken, out var translated))
        {
            throw translated;
        }
    }

    private void EnsureSuccess(IApiResponse response, CancellationToken cancellationToken)
    {
        if (response.HasRequestError(out var requestError))
        {
            throw TryTranslateTransportFailure(requestError, cancellationToken, out var translated)
                ? translated
                : errors.Unavailable(Operation, requestError);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw errors.FromResponse(Operation, Describe(response));
        }
    }

    // Unknown exceptions (bugs, misconfiguration) are not translated: they propagate with their own stack.
    private bool TryTranslateTransportFailure(Exception ex, CancellationToken cancellationToken, out Exception translated)
    {
        var cause = ex is ApiRequestException { InnerException: { } inner } ? inner : ex;
        translated = cause switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => new OperationCanceledException(cause.Message, cause, cancellationToken),
            TimeoutRejectedException or OperationCanceledException or TimeoutException => errors.TimedOut(Operation, cause),
            RateLimiterRejectedException rejected => errors.QuotaExhausted(Operation, rejected),
            ResponseRefusedException refused => errors.Refused(Operation, refused),

            // A call on disposed clients is the app's mistake, not a vendor outage: it must not look transient.
            ObjectDisposedException => new ObjectDisposedException("The contacts clients were disposed; build or resolve new ones.", cause),
            InvalidDataException or JsonException => errors.Unreadable(Operation, new FailedResponse(200, null, null, null), cause),
            HttpRequestException or BrokenCircuitException or IOException => errors.Unavailable(Operation, cause),
            _ => null!,
        };
        return translated is not null;
    }

    private FailedResponse Describe(IApiResponse response)
        => new(
            (int?)response.StatusCode ?? 0,
            (response.Error as ApiException)?.Content,
            RequestIdOf(response.Headers),
            RetryAfterOf(response.Headers));

    private string? RequestIdOf(HttpResponseHeaders? headers)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var name in errors.Parser.RequestIdHeaders)
        {
            if (headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }

    private TimeSpan? RetryAfterOf(HttpResponseHeaders? headers) => RetryAfter.Of(headers, _clock);
}
