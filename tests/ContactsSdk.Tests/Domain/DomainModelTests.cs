using System.Text.Json;

namespace ContactsSdk.Tests.Domain;

public sealed class DomainModelTests
{
    [Test]
    public void ChannelKind_UnknownValue_RoundTripsThroughJson()
    {
        var kind = new ChannelKind("MASTODON");

        var json = JsonSerializer.Serialize(kind);
        var back = JsonSerializer.Deserialize<ChannelKind>(json);

        Assert.That(json, Is.EqualTo("\"MASTODON\""));
        Assert.That(back, Is.EqualTo(kind));
        Assert.That(back.IsWellKnown, Is.False);
    }

    [Test]
    public void ChannelKind_ComparesIgnoringCase_AndDefaultIsOther()
    {
        Assert.That(new ChannelKind("email"), Is.EqualTo(ChannelKind.Email));
        Assert.That(new ChannelKind("email").GetHashCode(), Is.EqualTo(ChannelKind.Email.GetHashCode()));
        Assert.That(default(ChannelKind).Value, Is.EqualTo("Other"));
        Assert.That(ChannelKind.WhatsApp.IsWellKnown, Is.True);
    }

    [Test]
    public void ChannelKind_Blank_Throws() => Assert.Throws<ArgumentException>(() => _ = new ChannelKind(" "));

    [Test]
    public void Optional_DistinguishesUnsetFromNull()
    {
        var unset = default(Optional<string?>);
        Optional<string?> cleared = null;
        Optional<string?> set = "Acme";

        Assert.That(unset.HasValue, Is.False);
        Assert.That(cleared.HasValue, Is.True);
        Assert.That(cleared.Value, Is.Null);
        Assert.That(set.Value, Is.EqualTo("Acme"));
        Assert.That(unset, Is.Not.EqualTo(cleared));
        Assert.Throws<InvalidOperationException>(() => _ = unset.Value);
        Assert.That(set.ToString(), Does.Not.Contain("Acme"));
    }

    [Test]
    public void PersonName_FromParts_ComputesFullTrimmed()
    {
        Assert.That(PersonName.FromParts("Ada", "Lovelace").Full, Is.EqualTo("Ada Lovelace"));
        Assert.That(PersonName.FromParts("Ada", null).Full, Is.EqualTo("Ada"));
        Assert.That(PersonName.FromParts(null, null).Full, Is.Null);
    }

    [Test]
    public void Contact_PrimaryEmail_PrefersPrimaryThenFirst_AndToStringHasNoPii()
    {
        var contact = new Contact
        {
            Id = "c1",
            Vendor = ContactsVendor.Wix,
            Name = PersonName.FromFull("Ada Lovelace"),
            Channels =
            [
                new ContactChannel(ChannelKind.Email, "first@example.com"),
                new ContactChannel(ChannelKind.Email, "primary@example.com") { IsPrimary = true },
                new ContactChannel(ChannelKind.Phone, "+15550001111"),
            ],
        };

        Assert.That(contact.PrimaryEmail, Is.EqualTo("primary@example.com"));
        Assert.That(contact.PrimaryPhone, Is.EqualTo("+15550001111"));
        Assert.That(contact.ToString(), Does.Not.Contain("Ada").And.Not.Contain("example.com").And.Contain("c1"));
        Assert.That(contact.Channels[0].ToString(), Does.Not.Contain("example.com"));
    }

    [Test]
    public void CustomFieldValue_From_WritesTheJsonKind()
    {
        Assert.That(CustomFieldValue.From("gold").GetString(), Is.EqualTo("gold"));
        Assert.That(CustomFieldValue.From((string?)null).ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(CustomFieldValue.From(42).GetInt64(), Is.EqualTo(42));
        Assert.That(CustomFieldValue.From(1.5m).GetDecimal(), Is.EqualTo(1.5m));
        Assert.That(CustomFieldValue.From(true).ValueKind, Is.EqualTo(JsonValueKind.True));
        Assert.That(CustomFieldValue.From(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero)).GetString(), Is.EqualTo("2024-01-15T10:30:00+00:00"));
    }
}
