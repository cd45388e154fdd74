using System.Collections.Concurrent;
using ContactsSdk.AspNetCore.Webhooks;
using ContactsSdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.AspNetCore.Tests.Support;

/// <summary>A real ASP.NET Core app on a <see cref="TestServer"/> with the webhook endpoints mapped and a recording handler.</summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public const string EcwidSecret = "test_client_secret";
    public const string AgentClaraToken = "Zq3v9XkP2mW7rT4yB8nL1cH6";

    private WebhookHost(WebApplication app, RecordingHandler handler, LogSink logs)
    {
        App = app;
        Handler = handler;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public RecordingHandler Handler { get; }

    public LogSink Logs { get; }

    public static async Task<WebhookHost> StartAsync(
        string wixPublicKeyPem,
        Action<ContactsWebhooksOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        Func<ContactWebhookEvent, CancellationToken, Task>? behaviour = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var logs = new LogSink();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        var handler = new RecordingHandler(behaviour);
        builder.Services.AddSingleton(handler);
        services?.Invoke(builder.Services);
        builder.Services.AddContactsWebhooks(options =>
            {
                options.Ecwid.ClientSecrets.Add(EcwidSecret);
                options.Wix.PublicKeys.Add(wixPublicKeyPem);
                options.AgentClara.PathToken = AgentClaraToken;
                configure?.Invoke(options);
            })
            .AddHandler((webhookEvent, provider, ct) => provider.GetRequiredService<RecordingHandler>().HandleAsync(webhookEvent, ct));
        var app = builder.Build();
        app.MapContactsWebhooks("/webhooks");
        await app.StartAsync();
        return new WebhookHost(app, handler, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    /// <summary>Records what reached the handlers; an optional behaviour runs first (slow, throwing).</summary>
    internal sealed class RecordingHandler(Func<ContactWebhookEvent, CancellationToken, Task>? behaviour) : IDisposable
    {
        private readonly ConcurrentQueue<ContactWebhookEvent> _events = new();
        private readonly SemaphoreSlim _arrived = new(0);

        public IReadOnlyList<ContactWebhookEvent> Events => [.. _events];

        public async Task HandleAsync(ContactWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            if (behaviour is not null)
            {
                await behaviour(webhookEvent, cancellationToken);
            }

            _events.Enqueue(webhookEvent);
            _arrived.Release();
        }

        /// <summary>Waits (bounded by a generous real-time guard, never a sleep) until <paramref name="count"/> events arrived in total.</summary>
        public async Task<IReadOnlyList<ContactWebhookEvent>> WaitForAsync(int count)
        {
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (_events.Count < count)
            {
                await _arrived.WaitAsync(guard.Token);
            }

            return Events;
        }

        public void Dispose() => _arrived.Dispose();
    }
}
