namespace ContactsSdk.Testing.Ecwid;

/// <summary>
/// Holds one store's customers, groups and deleted-customer history, with the id counters of spec §8.
/// </summary>
/// <remarks>Not thread-safe by itself: callers hold <see cref="Sync"/> for a whole request, so each answer sees one consistent state.</remarks>
internal sealed class EcwidStore
{
    /// <summary>The id and name of the built-in group.</summary>
    public const long GeneralGroupId = 0;

    private readonly Dictionary<long, EcwidCustomerRecord> _customers = [];
    private readonly Dictionary<long, EcwidGroupRecord> _groups = [];
    private readonly HashSet<string> _extraContactTypes = new(StringComparer.Ordinal);
    private long _nextCustomerId = 100_000_000;
    private long _nextContactId = 110_000_000;
    private long _nextAddressId = 120_000_000;
    private long _nextGroupId = 9_000_000;

    /// <summary>Initializes a store holding only the General group.</summary>
    public EcwidStore() => _groups[GeneralGroupId] = new EcwidGroupRecord { Id = GeneralGroupId, Name = "General" };

    /// <summary>Gets the lock that guards this store.</summary>
    public Lock Sync { get; } = new();

    public IEnumerable<EcwidCustomerRecord> Customers => _customers.Values;

    public IEnumerable<EcwidGroupRecord> Groups => _groups.Values;

    /// <summary>Gets the deleted customers, oldest first.</summary>
    public List<(long Id, DateTimeOffset Date)> Deleted { get; } = [];

    public int CustomerCount => _customers.Count;

    public long NextCustomerId() => _nextCustomerId++;

    public long NextContactId() => _nextContactId++;

    public long NextAddressId() => _nextAddressId++;

    public long NextGroupId() => _nextGroupId++;

    public void Add(EcwidCustomerRecord customer) => _customers.Add(customer.Id, customer);

    public void Add(EcwidGroupRecord group) => _groups.Add(group.Id, group);

    public EcwidCustomerRecord? FindCustomer(long id) => _customers.GetValueOrDefault(id);

    public EcwidGroupRecord? FindGroup(long id) => _groups.GetValueOrDefault(id);

    public bool RemoveCustomer(long id) => _customers.Remove(id);

    public bool RemoveGroup(long id) => _groups.Remove(id);

    /// <summary>Finds a customer by email, ignoring case, other than <paramref name="exceptId"/>.</summary>
    public EcwidCustomerRecord? FindByEmail(string email, long? exceptId = null) =>
        _customers.Values.FirstOrDefault(customer => customer.Id != exceptId && string.Equals(customer.Email, email, StringComparison.OrdinalIgnoreCase));

    /// <summary>Accepts a contact type beyond the documented enum, as if Ecwid had added one.</summary>
    public void AllowContactType(string type) => _extraContactTypes.Add(type);

    public bool IsContactType(string type) => EcwidFakeRules.ContactTypes.Contains(type) || _extraContactTypes.Contains(type);
}
