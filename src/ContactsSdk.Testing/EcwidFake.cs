using System.Globalization;
using ContactsSdk.Testing.Ecwid;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing;

/// <summary>
/// Runs a stateful, strict, in-process fake of Ecwid's REST API v3 customer endpoints on a free loopback port, for
/// tests without a network.
/// </summary>
/// <remarks>
/// <para>
/// The fake serves <c>/api/v3/{storeId}/customers</c> (search, get, create, update, delete, deleted history),
/// <c>/customers/{id}/contacts</c> (search, get, create, update, delete) and <c>/customer_groups</c> (search, get, create,
/// update, delete). Anything else answers 501 with <c>errorCode</c> <c>NOT_EMULATED</c>; unknown query parameters and
/// body fields answer 400 <c>WRONG_PARAMETER</c>, so a client that drifts from the wire contract fails loudly.
/// </para>
/// <para>
/// Like Ecwid's own "update customer" call, <c>PUT /customers/{id}</c> replaces the customer's <c>contacts</c> list
/// wholesale when the body carries one, so a test can show the data loss the contact endpoints exist to avoid.
/// </para>
/// <para>
/// Every request needs <c>Authorization: Bearer &lt;token&gt;</c>; a request with a <c>?token=</c> query parameter answers
/// 403 <c>INVALID_API_TOKEN</c> even next to a valid header, as Ecwid disabled query-string tokens in March 2025.
/// Customer emails must look like <c>name@domain.tld</c> (<c>a@</c> and <c>a@b</c> answer 400 <c>WRONG_PARAMETER</c>).
/// <see cref="DefaultCredential"/> holds every scope for store <see cref="DefaultStoreId"/>;
/// <see cref="AddCredential"/> adds more. A token works only for its own store (403 <c>INVALID_API_TOKEN</c>), and a missing
/// scope answers 403 <c>INSUFFICIENT_APP_SCOPE</c>. Each store has its own data.
/// </para>
/// <para>All members are thread-safe. Injected faults apply in the order they were injected.</para>
/// </remarks>
public sealed class EcwidFake : VendorFake
{
    /// <summary>The store id of the pre-registered token.</summary>
    public const long DefaultStoreId = 1003;

    /// <summary>The pre-registered token of store <see cref="DefaultStoreId"/>, with every scope.</summary>
    public const string DefaultCredential = "secret_contactssdk_fake_default";

    /// <summary>The scope needed to search and read customers, contacts and groups.</summary>
    public const string ReadCustomersScope = EcwidScopes.ReadCustomers;

    /// <summary>The scope needed to create customers, contacts and groups.</summary>
    public const string CreateCustomersScope = EcwidScopes.CreateCustomers;

    /// <summary>The scope needed to update and delete customers, contacts and groups.</summary>
    public const string UpdateCustomersScope = EcwidScopes.UpdateCustomers;

    private readonly EcwidApi _api;

    // Clients put the store id after this root, as on the real API.
    private EcwidFake(EcwidApi api, TimeProvider timeProvider, int port)
        : base(api, api.Overrides, timeProvider, "api/v3/", port)
    {
        _api = api;
    }

    /// <summary>
    /// Starts a fake on a free loopback port.
    /// </summary>
    /// <param name="options">The clock and rate limit to use; <see langword="null"/> for the defaults.</param>
    /// <returns>The running fake; dispose it to stop the server.</returns>
    /// <exception cref="ArgumentException">The options have no clock, or a rate limit that is not positive.</exception>
    public static EcwidFake Start(EcwidFakeOptions? options = null)
    {
        options ??= new EcwidFakeOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        var quota = FakeDefaults.StartingQuota(options.RateLimitPerMinute, nameof(options));
        return new EcwidFake(new EcwidApi(options.TimeProvider, DefaultStoreId, DefaultCredential, quota), options.TimeProvider, CheckPort(options.Port, nameof(options)));
    }

    /// <summary>
    /// Registers a token for a store, or replaces the grant of an existing one.
    /// </summary>
    /// <param name="token">The token clients send as <c>Bearer</c>; a <c>public_</c> token can read no customer data.</param>
    /// <param name="storeId">The only store the token works for.</param>
    /// <param name="scopes">The granted scopes, such as <see cref="ReadCustomersScope"/>; <see langword="null"/> for all three.</param>
    /// <exception cref="ArgumentException"><paramref name="token"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="storeId"/> is not positive.</exception>
    public void AddCredential(string token, long storeId, IEnumerable<string>? scopes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(storeId);
        _api.AddToken(token, storeId, scopes ?? EcwidScopes.All);
    }

    /// <summary>
    /// Accepts a contact type beyond the documented enum in one store, as if Ecwid had added a new type.
    /// </summary>
    /// <param name="type">The type, such as <c>SIGNAL</c>.</param>
    /// <param name="storeId">The store that accepts it.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is null or blank.</exception>
    public void AllowContactType(string type, long storeId = DefaultStoreId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        _api.WithStore(storeId, (store, _) =>
        {
            store.AllowContactType(type);
            return 0;
        });
    }

    /// <summary>
    /// Limits each token to <paramref name="perMinute"/> requests in any 60 seconds, answering 429 <c>RATE_LIMITED</c> with
    /// <c>Retry-After</c> in seconds when it is hit. Rejected requests do not count. Calling it again starts over.
    /// </summary>
    /// <param name="perMinute">The most requests per token in any 60 seconds; Ecwid's documented limit is 600.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perMinute"/> is zero or negative.</exception>
    public void EnableRateLimit(int perMinute = 600)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perMinute);
        _api.EnableQuota(new RateLimitWindow(perMinute, TimeSpan.FromMinutes(1)));
    }

    /// <summary>
    /// Turns the rate limit off and forgets counted requests.
    /// </summary>
    public void DisableRateLimit() => _api.DisableQuota();

    /// <inheritdoc />
    /// <remarks>For Ecwid: no customers, contacts or groups in any store, and only <see cref="DefaultCredential"/>.</remarks>
    public override void Reset()
    {
        ClearFaults();
        _api.Reset();
        ClearJournal();
    }

    /// <summary>
    /// Adds a customer directly, without HTTP; like <c>POST /customers</c>, its email also becomes a default EMAIL contact.
    /// </summary>
    /// <param name="email">The email address; unique in the store, ignoring case.</param>
    /// <param name="name">The billing person's name, if any.</param>
    /// <param name="registered">The registration time (also used as <c>updated</c>), truncated to seconds; now when omitted.</param>
    /// <param name="storeId">The store to add it to.</param>
    /// <returns>The new customer's id.</returns>
    /// <exception cref="ArgumentException">The email is not valid or already used.</exception>
    public long SeedContact(string email, string? name = null, DateTimeOffset? registered = null, long storeId = DefaultStoreId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return _api.WithStore(storeId, (store, now) => EcwidSeeder.SeedCustomer(store, now, email, name, registered));
    }

    /// <summary>
    /// Adds a contact to an existing customer directly, without HTTP; any type is accepted, even one Ecwid does not document.
    /// </summary>
    /// <param name="customerId">The customer's id.</param>
    /// <param name="type">The contact type, such as <c>PHONE</c>.</param>
    /// <param name="contact">The value: an email, a phone number or a link.</param>
    /// <param name="storeId">The store holding the customer.</param>
    /// <returns>The new contact's id.</returns>
    /// <exception cref="ArgumentException">The customer does not exist, or a value is blank.</exception>
    public long SeedCustomerChannel(long customerId, string type, string contact, long storeId = DefaultStoreId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(contact);
        return _api.WithStore(storeId, (store, now) => EcwidSeeder.SeedContact(store, now, customerId, type, contact));
    }

    /// <summary>
    /// Counts the customers (the SDK's contacts) of a store.
    /// </summary>
    /// <param name="storeId">The store to count.</param>
    /// <returns>The number of customers.</returns>
    public int ContactCount(long storeId = DefaultStoreId) => _api.WithStore(storeId, (store, _) => store.CustomerCount);

    /// <inheritdoc />
    private protected override string SeedDraft(ContactDraft draft)
    {
        if (draft.Tags.Count > 0 || draft.CustomFields is { Count: > 0 })
        {
            throw new ArgumentException("Ecwid has no tags or custom fields.", nameof(draft));
        }

        var emailChannel = draft.Channels.Where(channel => channel.Kind == ChannelKind.Email).OrderByDescending(channel => channel.IsPrimary).FirstOrDefault()
            ?? throw new ArgumentException("An Ecwid customer needs an email channel.", nameof(draft));
        var name = draft.Name?.Full ?? $"{draft.Name?.First} {draft.Name?.Last}".Trim();
        return _api.WithStore(DefaultStoreId, (store, now) =>
        {
            // The customer's email becomes its default EMAIL contact, as POST /customers does; the rest become contacts beside it.
            var customerId = EcwidSeeder.SeedCustomer(store, now, emailChannel.Value, name.Length == 0 ? null : name, registered: null);
            foreach (var channel in draft.Channels.Where(channel => !ReferenceEquals(channel, emailChannel)))
            {
                EcwidSeeder.SeedContact(store, now, customerId, ContactType(channel.Kind), channel.Value);
            }

            return customerId.ToString(CultureInfo.InvariantCulture);
        });
    }

    // Ecwid's contact types are the channel kinds upper-cased, except Messenger's.
    private static string ContactType(ChannelKind kind)
        => kind == ChannelKind.FacebookMessenger ? "FB_MESSENGER" : kind.Value.ToUpperInvariant();
}
