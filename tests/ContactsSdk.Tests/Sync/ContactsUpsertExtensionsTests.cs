using ContactsSdk.Errors;

namespace ContactsSdk.Tests.Sync;

public sealed class ContactsUpsertExtensionsTests : SyncFixture
{
    public static IEnumerable<ContactsVendor> Vendors() => [ContactsVendor.Ecwid, ContactsVendor.Wix, ContactsVendor.AgentClara];

    [TestCaseSource(nameof(Vendors))]
    public async Task FindByEmailAsync_OtherCaseAndPadding_FindsExactlyTheHolder(ContactsVendor vendor)
    {
        var id = Bed.Fake(vendor).Seed(Draft("Ada Lovelace", "ada@example.com"));
        Bed.Fake(vendor).Seed(Draft("Ada Other", "ada.other@example.com"));

        var found = await Bed.Client(vendor).FindByEmailAsync("  ADA@Example.com ");

        Assert.That(found.Select(contact => contact.Id), Is.EqualTo(new[] { id }));
    }

    [TestCaseSource(nameof(Vendors))]
    public async Task FindByPhoneAsync_DifferentFormatting_MatchesByDigits(ContactsVendor vendor)
    {
        var id = Bed.Fake(vendor).Seed(Draft("Ada Lovelace", "ada@example.com", phone: "+15550100001"));
        Bed.Fake(vendor).Seed(Draft("Grace Hopper", "grace@example.com", phone: "+15550100002"));

        var found = await Bed.Client(vendor).FindByPhoneAsync("+1 (555) 010-0001");

        Assert.That(found.Select(contact => contact.Id), Is.EqualTo(new[] { id }));
    }

    [Test]
    public async Task FindAsync_BadArguments_ThrowArgumentExceptionBeforeAnyRequest()
    {
        var client = Bed.Clara.Client;
        await Assert.ThrowsAsync<ArgumentException>(() => client.FindByEmailAsync("not-an-email"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.FindByPhoneAsync("12"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.UpsertAsync(new ContactDraft { Name = PersonName.FromFull("No Keys") }));
        Assert.That(Bed.Clara.Fake.Journal, Is.Empty);
    }

    [TestCaseSource(nameof(Vendors))]
    public async Task UpsertAsync_TwiceWithSameDraft_CreatesOnceThenWritesNothing(ContactsVendor vendor)
    {
        var client = Bed.Client(vendor);
        var draft = Draft("Ada Lovelace", "ada@example.com");

        var first = await client.UpsertAsync(draft);
        Bed.Fake(vendor).ClearJournal();
        var second = await client.UpsertAsync(draft with { Channels = [new ContactChannel(ChannelKind.Email, " ADA@example.com ")] });

        Assert.Multiple(() =>
        {
            Assert.That(first.Outcome, Is.EqualTo(ContactUpsertOutcome.Created));
            Assert.That(second.Outcome, Is.EqualTo(ContactUpsertOutcome.Unchanged));
            Assert.That(second.Contact.Id, Is.EqualTo(first.Contact.Id));
            Assert.That(SyncTestBed.Writes(Bed.Fake(vendor)), Is.Empty);
        });
    }

    [TestCase(ContactsVendor.Wix)]
    [TestCase(ContactsVendor.AgentClara)]
    public async Task UpsertAsync_ExistingByEmail_UpdatesNameAndAddsTagWithoutDuplicate(ContactsVendor vendor)
    {
        var id = Bed.Fake(vendor).Seed(Draft("Ada L", "ada@example.com"));
        var client = Bed.Client(vendor);

        var result = await client.UpsertAsync(Draft("Ada Lovelace", "ada@example.com") with { Tags = ["vip"] });

        var all = await SyncTestBed.AllAsync(client);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(ContactUpsertOutcome.Updated));
            Assert.That(result.Contact.Id, Is.EqualTo(id));
            Assert.That(all, Has.Count.EqualTo(1));
            Assert.That(all[0].Name.Full, Is.EqualTo("Ada Lovelace"));
            Assert.That(all[0].Tags, Does.Contain("vip"));
        });
    }

    [Test]
    public async Task UpsertAsync_MatchOnlyByPhone_UpdatesThatContact()
    {
        var id = Bed.Clara.Fake.Seed(new ContactDraft
        {
            Name = PersonName.FromFull("Phone Only"),
            Channels = [new ContactChannel(ChannelKind.Phone, "+15550100009")],
        });

        var result = await Bed.Clara.Client.UpsertAsync(new ContactDraft
        {
            Name = PersonName.FromFull("Phone Only"),
            Channels = [new ContactChannel(ChannelKind.Phone, "+1 555 010 0009")],
            Tags = ["caller"],
        });

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(ContactUpsertOutcome.Updated));
            Assert.That(result.Contact.Id, Is.EqualTo(id));
            Assert.That(Bed.Clara.Fake.ContactCount(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task UpsertAsync_UnsupportedFieldOnExisting_ThrowsUnsupported()
    {
        Bed.Ecwid.Fake.Seed(Draft("Ada Lovelace", "ada@example.com"));

        await Assert.ThrowsAsync<UnsupportedContactOperationException>(
            () => Bed.Ecwid.Client.UpsertAsync(Draft("Ada Lovelace", "ada@example.com") with { Tags = ["vip"] }));
    }

    internal static ContactDraft Draft(string name, string email, string? phone = null) => new()
    {
        Name = PersonName.FromFull(name),
        Channels = phone is null
            ? [new ContactChannel(ChannelKind.Email, email)]
            : [new ContactChannel(ChannelKind.Email, email), new ContactChannel(ChannelKind.Phone, phone)],
    };
}
