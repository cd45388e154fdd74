using System.Net.Http.Json;
using System.Text.Json;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Holds one OAuth access token for a registered client and refreshes it before it expires. Only one refresh runs at a
/// time: concurrent callers wait for it and share its token.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Reliability", "CA1001", Justification = "The semaphore never allocates a wait handle (only WaitAsync is used), so there is nothing to dispose.")]
internal sealed class WixTokenSource(TimeProvider timeProvider)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Token? _token;

    /// <summary>Gets a valid token, or the token endpoint's failed answer (which the caller hands back unchanged).</summary>
    public async Task<(string? Token, HttpResponseMessage? Failure)> GetAsync(
        WixOptions options, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        if (Valid(_token) is { } current)
        {
            return (current, null);
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Valid(_token) is { } refreshed)
            {
                return (refreshed, null);
            }

            return await FetchAsync(options, send, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Drops the token, e.g. after Wix answered 401 to it.</summary>
    public void Invalidate(string token)
    {
        if (_token?.Value == token)
        {
            _token = null;
        }
    }

    private string? Valid(Token? token) => token is not null && token.RefreshAt > timeProvider.GetUtcNow() ? token.Value : null;

    private async Task<(string?, HttpResponseMessage?)> FetchAsync(
        WixOptions options, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseAddress!, "oauth2/token"))
        {
            Content = JsonContent.Create(
                new WixTokenRequest("client_credentials", options.AppId!, options.AppSecret!, options.InstanceId!),
                WixJsonContext.Default.WixTokenRequest),
        };

        // A token request only issues a token: asking twice is harmless, so it is retried like a read.
        Resilience.IdempotentPosts.Mark(request);
        var response = await send(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return (null, response);
        }

        using (response)
        {
            var body = await response.Content.ReadFromJsonAsync(WixJsonContext.Default.WixTokenResponse, cancellationToken).ConfigureAwait(false);
            var value = body?.AccessToken ?? throw new JsonException("The Wix token answer was empty.");
            if (!Internal.HeaderValues.IsSafe(value))
            {
                // It goes into the Authorization header of every call: a line break in it would add headers of the server's choosing.
                throw new Internal.ResponseRefusedException("The Wix token answer has an access_token that is not visible ASCII.") { StatusCode = (int)response.StatusCode };
            }

            var lifetime = body.ExpiresIn is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : WixAssumptions.DefaultTokenLifetime;
            var margin = lifetime > WixAssumptions.TokenRefreshMargin * 2 ? WixAssumptions.TokenRefreshMargin : lifetime / 2;
            _token = new Token(value, timeProvider.GetUtcNow() + lifetime - margin);
            return (value, null);
        }
    }

    private sealed record Token(string Value, DateTimeOffset RefreshAt);
}
