using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>One customer (spec §3.1) as the fake stores it; scalar fields without rules live in <see cref="Scalars"/>.</summary>
internal sealed class EcwidCustomerRecord
{
    public required long Id { get; init; }

    public required string Email { get; set; }

    public DateTimeOffset Registered { get; set; }

    public DateTimeOffset Updated { get; set; }

    public long GroupId { get; set; }

    public JsonObject? BillingPerson { get; set; }

    public JsonArray ShippingAddresses { get; set; } = [];

    public List<EcwidContactRecord> Contacts { get; set; } = [];

    /// <summary>Gets the stored scalar fields, such as <c>taxId</c> and <c>acceptMarketing</c>, by wire name.</summary>
    public JsonObject Scalars { get; } = [];

    /// <summary>Gets the name Ecwid duplicates from <c>billingPerson.name</c>.</summary>
    public string? Name => BillingPerson?["name"]?.GetValue<string>();
}
