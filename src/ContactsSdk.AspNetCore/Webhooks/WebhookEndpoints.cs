using System.Security.Cryptography;
using System.Text;
using ContactsSdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>
/// The request pipeline every vendor endpoint shares: raw body with a cap (413), verify (401; 400 for a body that is not
/// the vendor's shape), de-duplicate, then queue and answer 200, or run the handlers inline (500 when one throws). Only
/// 200, 400, 401, 404, 413, 500 and 503 are ever answered — never a redirect, and 200 is the one success code every
/// vendor counts as delivered.
/// </summary>
internal sealed class WebhookEndpoints(
    IOptions<ContactsWebhooksOptions> options,
    IWebhookDeduplicator deduplicator,
    WebhookQueue queue,
    WebhookDispatcher dispatcher,
    TimeProvider clock,
    ILogger<WebhookEndpoints> logger)
{
    private readonly ContactsWebhooksOptions _options = options.Value;
    private readonly Lazy<WixPublicKey[]> _wixKeys = new(() => [.. options.Value.Wix.PublicKeys.Select(key => new WixPublicKey(key))]);

    public Task HandleEcwidAsync(HttpContext context)
        => HandleAsync(context, ContactsVendor.Ecwid, (body, request) => EcwidWebhook.ParseAndVerify(
            body,
            SingleHeader(request, EcwidWebhook.SignatureHeader),
            [.. _options.Ecwid.ClientSecrets],
            new EcwidVerifyOptions { MaxEventAge = _options.Ecwid.MaxEventAge, Clock = clock }));

    public Task HandleWixAsync(HttpContext context)
        => HandleAsync(context, ContactsVendor.Wix, (body, _) => WixWebhook.DecodeAndVerify(
            body, _wixKeys.Value, new WixVerifyOptions { ClockSkew = _options.Wix.ClockSkew, Clock = clock }));

    public Task HandleAgentClaraAsync(HttpContext context)
    {
        if (!TokenMatches(context.Request.RouteValues["token"] as string))
        {
            WebhookLog.WrongToken(logger);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return HandleAsync(context, ContactsVendor.AgentClara, (body, _) => AgentClaraWebhook.Parse(body) with { TenantId = _options.AgentClara.TenantId });
    }

    private async Task HandleAsync(HttpContext context, ContactsVendor vendor, Func<byte[], HttpRequest, ContactWebhookEvent> verify)
    {
        var body = await WebhookBodyReader.ReadAsync(context.Request, _options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            WebhookLog.TooLarge(logger, vendor, _options.MaxBodyBytes);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        ContactWebhookEvent webhookEvent;
        try
        {
            webhookEvent = verify(body, context.Request);
        }
        catch (WebhookVerificationException refused)
        {
            var status = refused.Reason == WebhookFailureReason.BadFormat ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized;
            WebhookLog.Refused(logger, vendor, refused.Reason, status);
            context.Response.StatusCode = status;
            return;
        }

        context.Response.StatusCode = await AcceptAsync(webhookEvent, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<int> AcceptAsync(ContactWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var (vendor, eventId) = (webhookEvent.Vendor, webhookEvent.EventId);
        if (!await deduplicator.TryMarkAsync(vendor, eventId, _options.DeduplicationTimeToLive, cancellationToken).ConfigureAwait(false))
        {
            WebhookLog.Duplicate(logger, vendor, webhookEvent.VendorEventType, eventId);
            return StatusCodes.Status200OK;
        }

        if (_options.Mode == WebhookProcessingMode.Queued)
        {
            if (queue.TryEnqueue(webhookEvent))
            {
                WebhookLog.Accepted(logger, vendor, webhookEvent.VendorEventType, eventId);
                return StatusCodes.Status200OK;
            }

            WebhookLog.QueueFull(logger, vendor, webhookEvent.VendorEventType, eventId);
            await deduplicator.ReleaseAsync(vendor, eventId, CancellationToken.None).ConfigureAwait(false);
            return StatusCodes.Status503ServiceUnavailable;
        }

        try
        {
            await dispatcher.DispatchAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
            WebhookLog.Accepted(logger, vendor, webhookEvent.VendorEventType, eventId);
            return StatusCodes.Status200OK;
        }
        catch (Exception exception)
        {
            // Forget the mark so the vendor's resend (prompted by the 500) is handled.
            WebhookLog.HandlerFailed(logger, exception, vendor, webhookEvent.VendorEventType, eventId);
            await deduplicator.ReleaseAsync(vendor, eventId, CancellationToken.None).ConfigureAwait(false);
            return StatusCodes.Status500InternalServerError;
        }
    }

    // Several signature headers are ambiguous: joined, they fail as malformed instead of letting the first one decide.
    private static string? SingleHeader(HttpRequest request, string name)
    {
        var values = request.Headers[name];
        return values.Count <= 1 ? values.FirstOrDefault() : string.Join(',', values.ToArray());
    }

    private bool TokenMatches(string? token)
    {
        var expected = _options.AgentClara.PathToken;
        return token is not null && expected is not null
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
