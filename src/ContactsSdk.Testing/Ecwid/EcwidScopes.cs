namespace ContactsSdk.Testing.Ecwid;

/// <summary>The access scopes the customer endpoints need (spec §1, §4); there is no delete scope.</summary>
internal static class EcwidScopes
{
    public const string ReadCustomers = "read_customers";
    public const string CreateCustomers = "create_customers";
    public const string UpdateCustomers = "update_customers";

    /// <summary>Every scope the emulated endpoints check.</summary>
    public static readonly IReadOnlyList<string> All = [ReadCustomers, CreateCustomers, UpdateCustomers];
}
