namespace ContactsSdk.Samples;

/// <summary>An app's own handler, added to one client in README.md: it names the tenant on every request.</summary>
internal sealed class TenantHeaderHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add("X-Tenant", "acme");
        return base.SendAsync(request, cancellationToken);
    }
}
