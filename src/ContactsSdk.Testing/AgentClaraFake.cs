using System.Text.Json;
using ContactsSdk.Testing.AgentClara;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing;

/// <summary>
/// Runs a stateful, strict, in-process fake of the AgentClara API on a free loopback port, for tests without a network.
/// </summary>
/// <remarks>
/// <para>
/// The fake follows the proposed wire contract: <c>/contacts</c> (list, search, get, create, update via PATCH or PUT,
/// delete, contact conversations) and <c>/conversations</c> (list, get, create, messages, update, close). Anything
/// else answers 501 with code <c>not_emulated</c>, and unknown query parameters answer 400, so a client that drifts
/// from the contract fails loudly.
/// </para>
/// <para>
/// Every request needs <c>Authorization: Bearer &lt;key&gt;</c>. <see cref="DefaultCredential"/> is registered for the
/// <c>default</c> sub-account; <see cref="AddCredential"/> adds more. Each sub-account has its own data, and an id from
/// another sub-account answers 404.
/// </para>
/// <para>All members are thread-safe. Injected faults apply in the order they were injected.</para>
/// </remarks>
public sealed class AgentClaraFake : VendorFake
{
    /// <summary>
    /// The pre-registered read-write key of the <c>default</c> sub-account.
    /// </summary>
    public const string DefaultCredential = "sk_test_contactssdk_fake_default";

    private const string DefaultSubAccount = AgentClaraApi.DefaultSubAccount;
    private readonly AgentClaraApi _api;
    private readonly bool _initialEmitPagination;

    private AgentClaraFake(AgentClaraApi api, TimeProvider timeProvider, bool emitPagination, int port)
        : base(api, api.Overrides, timeProvider, port: port)
    {
        _initialEmitPagination = emitPagination;
        _api = api;
    }

    /// <summary>
    /// Gets or sets whether list answers carry the proposed <c>pagination</c> block.
    /// </summary>
    /// <value>
    /// Defaults to <see cref="AgentClaraFakeOptions.EmitPagination"/> (<see langword="true"/>). <see langword="false"/>
    /// reproduces the documented bare list shape <c>{"success":true,"data":[…]}</c>.
    /// </value>
    public bool EmitPagination
    {
        get => _api.EmitPagination;
        set => _api.EmitPagination = value;
    }

    /// <summary>
    /// Starts a fake on a free loopback port.
    /// </summary>
    /// <param name="options">The clock, list shape and rate limit to use; <see langword="null"/> for the defaults.</param>
    /// <returns>The running fake; dispose it to stop the server.</returns>
    /// <exception cref="ArgumentException">The options have no clock, or a rate limit that is not positive.</exception>
    public static AgentClaraFake Start(AgentClaraFakeOptions? options = null)
    {
        options ??= new AgentClaraFakeOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        var quota = FakeDefaults.StartingQuota(options.RateLimitPerMinute, nameof(options));
        return new AgentClaraFake(
            new AgentClaraApi(options.TimeProvider, DefaultCredential, options.EmitPagination, quota), options.TimeProvider, options.EmitPagination, CheckPort(options.Port, nameof(options)));
    }

    /// <summary>
    /// Registers an API key, or replaces the grant of an existing one.
    /// </summary>
    /// <param name="apiKey">The key clients send as <c>Bearer</c> token.</param>
    /// <param name="subAccount">The sub-account whose data the key reads and writes.</param>
    /// <param name="readOnly">Whether writes with this key answer 403 <c>forbidden</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="apiKey"/> or <paramref name="subAccount"/> is null or blank.</exception>
    public void AddCredential(string apiKey, string subAccount, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(subAccount);
        _api.AddApiKey(apiKey, subAccount, readOnly);
    }

    /// <summary>
    /// Limits each key to the documented rates, answering 429 with <c>Retry-After</c> when a limit is hit.
    /// </summary>
    /// <remarks>
    /// Windows slide on <see cref="AgentClaraFakeOptions.TimeProvider"/>, so a test can advance a fake clock instead of
    /// sleeping. Every counted answer carries <c>X-RateLimit-Limit</c> and <c>X-RateLimit-Remaining</c> for the tightest
    /// window. Rejected requests do not count. Calling it again starts over with the new limits.
    /// </remarks>
    /// <param name="perMinute">The most requests per key in any 60 seconds.</param>
    /// <param name="perTenSeconds">The most requests per key in any 10 seconds (the burst limit).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void EnableRateLimit(int perMinute = 1000, int perTenSeconds = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perMinute);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perTenSeconds);
        _api.EnableQuota(AgentClaraApi.Windows(perMinute, perTenSeconds));
    }

    /// <summary>
    /// Turns the rate limit off and forgets counted requests.
    /// </summary>
    public void DisableRateLimit() => _api.DisableQuota();

    /// <inheritdoc />
    /// <remarks>For AgentClara: no contacts or conversations in any sub-account, only <see cref="DefaultCredential"/>, and the starting <see cref="EmitPagination"/>.</remarks>
    public override void Reset()
    {
        ClearFaults();
        _api.Reset(_initialEmitPagination);
        ClearJournal();
    }

    /// <summary>
    /// Adds a contact directly, without HTTP, applying the same validation as <c>POST /contacts</c>.
    /// </summary>
    /// <param name="name">The name; trimmed, must not be blank.</param>
    /// <param name="email">The email address, if any.</param>
    /// <param name="phone">The E.164 phone number, if any.</param>
    /// <param name="tags">The tags; duplicates are removed ignoring case.</param>
    /// <param name="customFields">Flat custom fields: strings, numbers, booleans; null values are skipped.</param>
    /// <param name="createdAt">The creation time (also used as <c>updated_at</c>); now when omitted.</param>
    /// <param name="subAccount">The sub-account to add it to.</param>
    /// <returns>The new contact's <c>cust_</c> id.</returns>
    /// <exception cref="ArgumentException">A value breaks the contact rules.</exception>
    public string SeedContact(
        string name,
        string? email = null,
        string? phone = null,
        IEnumerable<string>? tags = null,
        IReadOnlyDictionary<string, object?>? customFields = null,
        DateTimeOffset? createdAt = null,
        string subAccount = DefaultSubAccount)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(subAccount);
        return _api.WithStore(subAccount, (store, now) =>
            AgentClaraSeeder.SeedContact(store, now, name, email, phone, tags, customFields, createdAt));
    }

    /// <summary>
    /// Adds a conversation for an existing contact directly, without HTTP.
    /// </summary>
    /// <param name="contactId">The contact the conversation belongs to.</param>
    /// <param name="channel">One of <c>sms</c>, <c>email</c>, <c>instagram</c>, <c>facebook</c>, <c>whatsapp</c>, <c>voice</c>.</param>
    /// <param name="subject">The subject, if any.</param>
    /// <param name="timestamp">The time of the latest activity; now when omitted.</param>
    /// <param name="status">One of <c>open</c>, <c>closed</c>, <c>resolved</c>.</param>
    /// <param name="subAccount">The sub-account holding the contact.</param>
    /// <returns>The new conversation's <c>conv_</c> id.</returns>
    /// <exception cref="ArgumentException">The contact does not exist in that sub-account, or a value is not allowed.</exception>
    public string SeedConversation(
        string contactId,
        string channel = "sms",
        string? subject = null,
        DateTimeOffset? timestamp = null,
        string status = "open",
        string subAccount = DefaultSubAccount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentException.ThrowIfNullOrWhiteSpace(subAccount);
        return _api.WithStore(subAccount, (store, now) =>
            AgentClaraSeeder.SeedConversation(store, now, contactId, channel, subject, timestamp, status));
    }

    /// <summary>
    /// Counts the live (not deleted) contacts of a sub-account.
    /// </summary>
    /// <param name="subAccount">The sub-account to count.</param>
    /// <returns>The number of contacts.</returns>
    public int ContactCount(string subAccount = DefaultSubAccount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subAccount);
        return _api.WithStore(subAccount, (store, _) => store.ContactCount);
    }

    /// <inheritdoc />
    private protected override string SeedDraft(ContactDraft draft)
    {
        var emails = ChannelValues(draft, ChannelKind.Email);
        var phones = ChannelValues(draft, ChannelKind.Phone);
        if (emails.Count > 1 || phones.Count > 1 || draft.Channels.Count > emails.Count + phones.Count)
        {
            throw new ArgumentException("AgentClara keeps one email and one phone per contact, and no other channel.", nameof(draft));
        }

        var name = draft.Name?.Full ?? $"{draft.Name?.First} {draft.Name?.Last}".Trim();
        var fields = draft.CustomFields?
            .Where(field => field.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .ToDictionary(field => field.Key, field => (object?)field.Value, StringComparer.Ordinal);
        return SeedContact(name, emails.FirstOrDefault(), phones.FirstOrDefault(), draft.Tags, fields);
    }
}
