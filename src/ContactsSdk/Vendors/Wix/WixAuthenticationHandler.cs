using System.Net;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Adds an OAuth access token to each request (API-key clients pass straight through). A failed token request is answered in place of the original one, so
/// the caller sees Wix's own 401/400 body through the usual error mapping; a 401 to a cached token drops it for the next call.
/// </summary>
internal sealed class WixAuthenticationHandler(WixOptions options, WixTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!options.UsesOAuth)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var (token, failure) = await tokens.GetAsync(options, base.SendAsync, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", WixAssumptions.AuthorizationPrefix + token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate(token!);
        }

        return response;
    }
}
