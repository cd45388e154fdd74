namespace ContactsSdk.Testing.Ecwid;

/// <summary>The per-type rules of customer contacts ([INF] §5.8): one default per type, <c>orderBy</c> counted per type.</summary>
internal static class EcwidContactRules
{
    /// <summary>The next <c>orderBy</c> for a type: one more than the highest, or 0.</summary>
    public static int NextOrderBy(IEnumerable<EcwidContactRecord> contacts, string type) =>
        contacts.Where(contact => contact.Type == type).Select(contact => contact.OrderBy + 1).DefaultIfEmpty(0).Max();

    /// <summary>Clears <c>default</c> on the other contacts of the type of <paramref name="chosen"/>.</summary>
    public static void MakeDefault(IEnumerable<EcwidContactRecord> contacts, EcwidContactRecord chosen)
    {
        foreach (var contact in contacts.Where(contact => contact.Type == chosen.Type && contact != chosen))
        {
            contact.IsDefault = false;
        }

        chosen.IsDefault = true;
    }

    /// <summary>Keeps the first default of each type and drops the others.</summary>
    public static void KeepOneDefaultPerType(IEnumerable<EcwidContactRecord> contacts)
    {
        foreach (var group in contacts.GroupBy(contact => contact.Type))
        {
            var first = group.FirstOrDefault(contact => contact.IsDefault);
            foreach (var contact in group.Where(contact => contact != first))
            {
                contact.IsDefault = false;
            }
        }
    }
}
