using System.Collections.Concurrent;
using System.Security.Cryptography;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Webhooks;

/// <summary>
/// Sends the vendor's webhooks from a fake to a receiver whenever the fake's state changes through its API: Ecwid events
/// signed with <see cref="EcwidClientSecret"/>, Wix tokens signed with the test key pair (<see cref="WixPublicKeyPem"/>),
/// AgentClara's unsigned conversation events. Off until <see cref="SendTo"/> is called.
/// </summary>
/// <remarks>
/// <para>
/// Deliveries run in the background in the order the changes happened; <see cref="FlushAsync"/> waits for them.
/// <see cref="Hold"/> and <see cref="ReleaseAsync"/> deliver out of order on demand, and <see cref="ResendAsync"/>
/// repeats a delivery byte for byte, as the vendors' retries do. Seeding (<c>SeedContact</c>) changes state without the
/// API and sends nothing; Wix bulk endpoints send nothing either.
/// </para>
/// <para>
/// What each vendor sends: Ecwid <c>customer.created/updated/deleted</c> (a contact-channel change is a
/// <c>customer.updated</c>, an assumption the spec marks UNCONFIRMED) and <c>customer_group.*</c>; Wix
/// <c>contact_created/updated/deleted</c> (label and unlabel are updates) and, for a merge, <c>contact_merged</c> then
/// <c>contact_updated</c> of the target and <c>contact_deleted</c> of each source with <c>originatedFrom: merge</c>;
/// AgentClara <c>conversation.created/updated/closed</c> (it has no contact events).
/// </para>
/// </remarks>
public sealed class FakeWebhookSender
{
    /// <summary>The test-only Ecwid <c>client_secret</c> the fake signs with; configure the receiver with it.</summary>
    public const string EcwidClientSecret = "test_client_secret";

    private static readonly HttpClient SharedClient = new() { Timeout = TimeSpan.FromSeconds(30) };
    private static readonly Lazy<RSA> WixKey = new(() => RSA.Create(2048));

    private readonly Lazy<IFakeWebhookSource> _source;
    private readonly TimeProvider _clock;
    private readonly object _sync = new();
    private readonly ConcurrentQueue<FakeWebhookDelivery> _deliveries = new();
    private readonly ConcurrentDictionary<string, FakeWebhookMessage> _sent = new(StringComparer.Ordinal);
    private readonly List<FakeWebhookMessage> _held = [];
    private Task _tail = Task.CompletedTask;
    private Uri? _receiver;
    private HttpClient _client = SharedClient;
    private bool _holding;

    internal FakeWebhookSender(Func<IFakeWebhookSource> source, TimeProvider clock)
    {
        _source = new Lazy<IFakeWebhookSource>(source);
        _clock = clock;
    }

    /// <summary>Gets the public half (SPKI PEM) of the test-only RSA-2048 key the Wix fake signs webhooks with, made once per process.</summary>
    public static string WixPublicKeyPem => WixKey.Value.ExportSubjectPublicKeyInfoPem();

    /// <summary>Gets the private half (PKCS#8 PEM) of the test-only Wix key, to sign tokens of your own in tests. Never use it outside tests.</summary>
    public static string WixPrivateKeyPem => WixKey.Value.ExportPkcs8PrivateKeyPem();

    /// <summary>Gets the receiver webhooks go to, or <see langword="null"/> while sending is off.</summary>
    public Uri? ReceiverUrl => _receiver;

    /// <summary>Gets every delivery attempt so far, in the order they completed.</summary>
    public IReadOnlyList<FakeWebhookDelivery> Deliveries => [.. _deliveries];

    internal static RSA WixSigningKey => WixKey.Value;

    /// <summary>Starts sending to a receiver.</summary>
    /// <param name="receiverUrl">The receiver's URL (absolute, or relative to <paramref name="httpClient"/>'s base address), e.g. <c>https://localhost:5001/webhooks/wix</c>.</param>
    /// <param name="httpClient">The client to post with, e.g. a <c>TestServer</c>'s; <see langword="null"/> for a shared one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="receiverUrl"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="receiverUrl"/> is relative and no client with a base address is given.</exception>
    public void SendTo(Uri receiverUrl, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(receiverUrl);
        if (!receiverUrl.IsAbsoluteUri && httpClient?.BaseAddress is null)
        {
            throw new ArgumentException("A relative receiver URL needs an HttpClient with a base address.", nameof(receiverUrl));
        }

        lock (_sync)
        {
            _receiver = receiverUrl;
            _client = httpClient ?? SharedClient;
        }
    }

    /// <summary>Stops sending; changes from now on send nothing. Deliveries already under way finish.</summary>
    public void Stop()
    {
        lock (_sync)
        {
            _receiver = null;
        }
    }

    /// <summary>Holds new webhooks instead of sending them, until <see cref="ReleaseAsync"/>.</summary>
    public void Hold()
    {
        lock (_sync)
        {
            _holding = true;
        }
    }

    /// <summary>Sends the held webhooks and stops holding.</summary>
    /// <param name="reverseOrder">Whether to send them newest first (out-of-order delivery).</param>
    /// <param name="cancellationToken">Cancels the wait (not the deliveries).</param>
    /// <returns>A task that completes when the held webhooks are delivered.</returns>
    public Task ReleaseAsync(bool reverseOrder = false, CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            _holding = false;
            var held = reverseOrder ? Enumerable.Reverse(_held).ToList() : [.. _held];
            _held.Clear();
            foreach (var message in held)
            {
                Enqueue(message, isResend: false);
            }
        }

        return FlushAsync(cancellationToken);
    }

    /// <summary>Waits until every webhook sent so far has been delivered (or has failed).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the queue is empty.</returns>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        Task tail;
        lock (_sync)
        {
            tail = _tail;
        }

        return tail.WaitAsync(cancellationToken);
    }

    /// <summary>Delivers an earlier webhook again, byte for byte (a vendor's retry or duplicate).</summary>
    /// <param name="eventId">The event id of a webhook this sender sent (see <see cref="Deliveries"/>).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The delivery.</returns>
    /// <exception cref="ArgumentException">No webhook with that id was sent.</exception>
    public async Task<FakeWebhookDelivery> ResendAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var message = _sent.TryGetValue(eventId, out var sent)
            ? sent
            : throw new ArgumentException("No webhook with that event id was sent by this fake.", nameof(eventId));
        lock (_sync)
        {
            Enqueue(message, isResend: true);
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return _deliveries.Last(delivery => delivery.EventId == eventId && delivery.IsResend);
    }

    /// <summary>Offers a handled write to the vendor's webhook source; sends nothing while sending is off.</summary>
    internal void Observe(FakeHttpRequest request, FakeHttpResponse response)
    {
        if (Volatile.Read(ref _receiver) is null)
        {
            return;
        }

        var messages = _source.Value.EventsFor(request, response, _clock.GetUtcNow()).ToList();
        lock (_sync)
        {
            foreach (var message in messages)
            {
                _sent[message.EventId] = message;
                if (_holding)
                {
                    _held.Add(message);
                }
                else
                {
                    Enqueue(message, isResend: false);
                }
            }
        }
    }

    // Called under _sync: chains the delivery after the previous one, so webhooks arrive in the order they were made.
    private void Enqueue(FakeWebhookMessage message, bool isResend)
    {
        if (_receiver is not { } receiver)
        {
            return;
        }

        var client = _client;
        var previous = _tail;
        _tail = DeliverAfterAsync(previous, client, receiver, message, isResend);
    }

    private async Task DeliverAfterAsync(Task previous, HttpClient client, Uri receiver, FakeWebhookMessage message, bool isResend)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var status = 0;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, WithQuery(receiver, message.Query)) { Content = new ByteArrayContent(message.Body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", message.ContentType);
            foreach (var (name, value) in message.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await client.SendAsync(request).ConfigureAwait(false);
            status = (int)response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            // An unreachable receiver is a failed delivery (status 0), as the vendor would record it.
        }

        _deliveries.Enqueue(new FakeWebhookDelivery(message.EventId, message.EventType, status, isResend));
    }

    private static Uri WithQuery(Uri receiver, string query)
    {
        if (query.Length == 0)
        {
            return receiver;
        }

        var text = receiver.OriginalString;
        return new Uri(text + (text.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query, receiver.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
    }
}
