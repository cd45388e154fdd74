using System.Buffers.Text;
using System.Text;
using ContactsSdk.Changes;

namespace ContactsSdk.Tests.Changes;

/// <summary>The checkpoint is opaque, versioned, bound to vendor and account, and survives a round trip through text.</summary>
public sealed class ChangeFeedCheckpointTests
{
    private static readonly DateTimeOffset HighWater = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Parse_OfToString_GivesAnEqualCheckpoint()
    {
        var checkpoint = Checkpoint(ContactsVendor.Ecwid, "store-1", position: "offset:100");

        var parsed = ChangeFeedCheckpoint.Parse(checkpoint.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.EqualTo(checkpoint));
            Assert.That(parsed.Vendor, Is.EqualTo(ContactsVendor.Ecwid));
            Assert.That(parsed.HighWater, Is.EqualTo(HighWater));
            Assert.That(parsed.State.Position, Is.EqualTo("offset:100"));
        });
    }

    [Test]
    public void Parse_OfAnotherFormatVersion_IsRefusedNamingTheVersion()
    {
        var json = """{"version":2,"vendor":"Wix","account":"site","updatedHighWater":"2026-11-30T12:00:00+00:00"}""";

        var ex = Assert.Throws<ArgumentException>(() => ChangeFeedCheckpoint.Parse(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json))));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.ParamName, Is.EqualTo("token"));
            Assert.That(ex.Message, Does.Contain("version 2"));
            Assert.That(ChangeFeedCheckpoint.TryParse(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json)), out _), Is.False);
        });
    }

    [TestCase("")]
    [TestCase("not a checkpoint")]
    [TestCase("e30")] // {}
    [TestCase("eyJ2ZXJzaW9uIjoxfQ")] // {"version":1}: no vendor or account
    public void Parse_OfText_ThatIsNoCheckpoint_ThrowsArgumentException(string token)
    {
        var ex = Assert.Throws<ArgumentException>(() => ChangeFeedCheckpoint.Parse(token));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.ParamName, Is.EqualTo("token"));
            Assert.That(ChangeFeedCheckpoint.TryParse(token, out var checkpoint), Is.False);
            Assert.That(checkpoint, Is.Null);
        });
    }

    [Test]
    public void Parse_OfNull_ThrowsArgumentNullException()
        => Assert.Throws<ArgumentNullException>(() => ChangeFeedCheckpoint.Parse(null!));

    [Test]
    public void EnsureBelongsTo_AnotherVendorOrAccount_IsRefused()
    {
        var checkpoint = Checkpoint(ContactsVendor.Wix, "site-a");

        Assert.Multiple(() =>
        {
            Assert.DoesNotThrow(() => checkpoint.EnsureBelongsTo(ContactsVendor.Wix, "site-a", "since"));
            Assert.That(() => checkpoint.EnsureBelongsTo(ContactsVendor.Ecwid, "site-a", "since"),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("since").And.Message.Contains("Wix"));
            Assert.That(() => checkpoint.EnsureBelongsTo(ContactsVendor.Wix, "site-b", "since"),
                Throws.ArgumentException.With.Message.Contains("another Wix account"));
        });
    }

    [Test]
    public void ToString_IsUrlSafeAndSmall()
    {
        var token = Checkpoint(ContactsVendor.AgentClara, "key:0123456789abcdef", position: "offset:900").ToString();

        Assert.That(token, Does.Match("^[A-Za-z0-9_-]+$").And.Length.LessThan(400));
    }

    [Test]
    public void ContactChange_ToString_NamesNoContactData()
    {
        var change = new ContactChange
        {
            Vendor = ContactsVendor.Wix,
            ContactId = "c-1",
            Kind = ContactChangeKind.Updated,
            Origin = ContactChangeOrigin.Poll,
            Contact = new Contact { Id = "c-1", Vendor = ContactsVendor.Wix, Name = new PersonName("Ada", "Lovelace", null) },
        };

        Assert.That(change.ToString(), Does.Not.Contain("Ada").And.Contains("Updated"));
    }

    private static ChangeFeedCheckpoint Checkpoint(ContactsVendor vendor, string account, string? position = null)
        => new(new ChangeFeedCheckpointState(ChangeFeedCheckpoint.CurrentVersion, vendor, account, HighWater, null, null, position));
}
