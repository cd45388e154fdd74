using System.Net.Http.Json;
using ContactsSdk.AspNetCore.Webhooks;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Testing.Webhooks;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.WebhooksSample;

/// <summary>
/// A minimal web app that receives Ecwid, Wix and AgentClara webhooks — here sent by the embedded fakes, which sign them
/// with test keys — then makes a few changes through the SDK and prints what arrives.
/// </summary>
public static class WebhooksDemo
{
    /// <summary>Runs the demo: start the fakes and the receiver, change contacts, print the events, stop.</summary>
    /// <param name="output">Where the events are printed.</param>
    /// <param name="cancellationToken">Stops the demo.</param>
    /// <returns>0 when every vendor's events arrived.</returns>
    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var ecwid = EcwidFake.Start();
        using var wix = WixFake.Start();
        using var clara = AgentClaraFake.Start();
        var pathToken = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

        #region receive_webhooks
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddContactsSdk().AddEcwid("shop", ecwid).AddWix("site", wix).AddAgentClara("clara", clara);
        builder.Services.AddContactsWebhooks(options =>
            {
                options.Ecwid.ClientSecrets.Add(FakeWebhookSender.EcwidClientSecret);  // your app's client_secret
                options.Wix.PublicKeys.Add(FakeWebhookSender.WixPublicKeyPem);         // your app's webhook public key
                options.AgentClara.PathToken = pathToken;                              // unguessable: AgentClara signs nothing
            })
            .AddHandler<PrintingHandler>();
        builder.Services.AddSingleton(output);
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        var app = builder.Build();
        app.MapContactsWebhooks("/webhooks"); // POST /webhooks/ecwid, /webhooks/wix, /webhooks/agentclara/{token}
        #endregion

        await app.StartAsync(cancellationToken);
        try
        {
            var receiver = new Uri(app.Urls.First());
            ecwid.Webhooks.SendTo(new Uri(receiver, "/webhooks/ecwid"));
            wix.Webhooks.SendTo(new Uri(receiver, "/webhooks/wix"));
            clara.Webhooks.SendTo(new Uri(receiver, $"/webhooks/agentclara/{pathToken}"));
            await MakeChangesAsync(app.Services.GetRequiredService<IContactsClientFactory>(), clara, cancellationToken);
            await Task.WhenAll(ecwid.Webhooks.FlushAsync(cancellationToken), wix.Webhooks.FlushAsync(cancellationToken), clara.Webhooks.FlushAsync(cancellationToken));
            var deliveries = ecwid.Webhooks.Deliveries.Concat(wix.Webhooks.Deliveries).Concat(clara.Webhooks.Deliveries).ToList();
            await app.StopAsync(cancellationToken); // drains the queue before the fakes go away
            output.WriteLine($"{deliveries.Count} webhooks delivered, {deliveries.Count(delivery => delivery.StatusCode != 200)} refused");
            return deliveries.Count >= 8 && deliveries.All(delivery => delivery.StatusCode == 200) ? 0 : 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task MakeChangesAsync(IContactsClientFactory clients, AgentClaraFake clara, CancellationToken cancellationToken)
    {
        var shop = clients.Get("shop");
        var customer = await shop.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada Lovelace"), Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")] }, cancellationToken);
        await shop.UpdateAsync(customer.Id, new ContactPatch { Company = "Analytical Engines" }, cancellationToken);

        var site = clients.Get<IWixContactsClient>("site");
        var target = await site.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Grace Hopper") }, cancellationToken);
        var duplicate = await site.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Grace B. Hopper") }, cancellationToken);
        await site.MergeAsync(target.Id, [duplicate.Id], cancellationToken: cancellationToken);

        // AgentClara sends conversation events only; a new conversation hints that its customer changed.
        using var http = new HttpClient { BaseAddress = clara.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", AgentClaraFake.DefaultCredential);
        using var response = await http.PostAsJsonAsync("conversations", new { channel = "sms", customer_phone = "+14155550123", customer_name = "Alan Turing" }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
