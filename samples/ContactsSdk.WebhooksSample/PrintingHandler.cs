using ContactsSdk.AspNetCore.Webhooks;
using ContactsSdk.Webhooks;

namespace ContactsSdk.WebhooksSample;

/// <summary>
/// Prints each event, re-fetched through <see cref="ContactWebhookResolver"/>: vendor, type, kind and contact id only —
/// never the contact's name, email or phone.
/// </summary>
internal sealed class PrintingHandler(ContactWebhookResolver resolver, TextWriter output) : IContactWebhookHandler
{
    public async Task HandleAsync(ContactWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var changes = await resolver.ResolveAsync(webhookEvent, cancellationToken);
        var summary = changes.Count == 0
            ? (webhookEvent.IsMergeFanOut ? "merge fan-out, already handled" : "nothing to re-fetch")
            : string.Join("; ", changes.Select(change => $"{change.Kind} {change.ContactId}{(change.Contact is null ? string.Empty : " (fresh)")}"));
        lock (output)
        {
            output.WriteLine($"{webhookEvent.Vendor,-10} {webhookEvent.VendorEventType,-34} verified={webhookEvent.SignatureVerified,-5} {summary}");
        }
    }
}
