namespace ContactsSdk.DependencyInjection;

/// <summary>The names registered in one service collection, so that a name is used once and the factory can list them.</summary>
internal sealed class ContactsClientRegistry
{
    private readonly Dictionary<string, ContactsVendor> _vendors = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _vendors.Keys;

    public bool Contains(string name) => _vendors.ContainsKey(name);

    public ContactsVendor? VendorOf(string name) => _vendors.TryGetValue(name, out var vendor) ? vendor : null;

    public void Add(string name, ContactsVendor vendor)
    {
        if (!_vendors.TryAdd(name, vendor))
        {
            throw new ArgumentException($"A contacts client named '{name}' is already registered ({_vendors[name]}).", nameof(name));
        }
    }
}
