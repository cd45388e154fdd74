using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>AddChannelAsync, UpdateChannelAsync and RemoveChannelAsync: one email and one phone per contact, channel ids <c>email</c> and <c>phone</c>.</summary>
public sealed partial class AgentClaraContactsClientTests
{
    [Test]
    public async Task AddChannelAsync_EmailToContactWithout_PatchesEmailAndReturnsTheChannel()
    {
        var id = Fake.SeedContact("Ada Lovelace", phone: "+15551234567");

        var channel = await Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, "ada@example.com"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel, Is.EqualTo(new ContactChannel(ChannelKind.Email, "ada@example.com") { Id = "email", IsPrimary = true }));
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}", $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[1].Body, """{"email":"ada@example.com"}""");
        }

        Assert.That((await Client.GetAsync(id)).PrimaryPhone, Is.EqualTo("+15551234567"), "the phone is untouched");
    }

    [Test]
    public async Task AddChannelAsync_PhoneToContactWithout_PatchesPhone()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var channel = await Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+442071234567"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel, Is.EqualTo(new ContactChannel(ChannelKind.Phone, "+442071234567") { Id = "phone", IsPrimary = true }));
            AssertSameJson(Fake.Journal[1].Body, """{"phone":"+442071234567"}""");
        }
    }

    [Test]
    public async Task AddChannelAsync_SecondEmail_ThrowsConflictWithoutPatching()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var ex = (await Assert.ThrowsAsync<ContactConflictException>(
            () => Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, "other@example.com"))))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
            Assert.That(ex.Operation, Is.EqualTo("AddChannel"));
            Assert.That(ex.Message, Does.Not.Contain("ada@example.com").And.Not.Contain("other@example.com"), "no personal data in messages");
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task AddChannelAsync_SameEmailInAnotherCase_ReturnsTheExistingChannelWithoutPatching()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var channel = await Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, "ADA@example.com"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel, Is.EqualTo(new ContactChannel(ChannelKind.Email, "ada@example.com") { Id = "email", IsPrimary = true }));
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task AddChannelAsync_WhatsApp_ThrowsUnsupportedBeforeAnyRequest()
    {
        var id = Fake.SeedContact("Ada Lovelace");

        var ex = (await Assert.ThrowsAsync<UnsupportedContactOperationException>(
            () => Client.AddChannelAsync(id, new ContactChannel(ChannelKind.WhatsApp, "+15551234567"))))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
            Assert.That(Fake.Journal, Is.Empty);
        }
    }

    [Test]
    public async Task UpdateChannelAsync_Phone_PatchesThePhone()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com", "+15551234567");

        var channel = await Client.UpdateChannelAsync(id, "phone", new ContactChannel(ChannelKind.Phone, "+442071234567"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel, Is.EqualTo(new ContactChannel(ChannelKind.Phone, "+442071234567") { Id = "phone", IsPrimary = true }));
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}", $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[1].Body, """{"phone":"+442071234567"}""");
        }
    }

    [Test]
    public async Task UpdateChannelAsync_Email_PatchesTheEmail()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var channel = await Client.UpdateChannelAsync(id, "email", new ContactChannel(ChannelKind.Email, "ada@lovelace.org"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel.Value, Is.EqualTo("ada@lovelace.org"));
            AssertSameJson(Fake.Journal[1].Body, """{"email":"ada@lovelace.org"}""");
        }
    }

    [Test]
    public async Task UpdateChannelAsync_ChannelTheContactLacks_ThrowsNotFoundWithoutPatching()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        await Assert.ThrowsAsync<ContactNotFoundException>(
            () => Client.UpdateChannelAsync(id, "phone", new ContactChannel(ChannelKind.Phone, "+442071234567")));

        JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}");
    }

    [Test]
    public async Task RemoveChannelAsync_Email_PatchesNullAndClearsIt()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com", "+15551234567");

        await Client.RemoveChannelAsync(id, "email");

        using (Assert.EnterMultipleScope())
        {
            JournalAssert.Calls(Fake.Journal, $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[0].Body, """{"email":null}""");
        }

        var contact = await Client.GetAsync(id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.PrimaryEmail, Is.Null);
            Assert.That(contact.PrimaryPhone, Is.EqualTo("+15551234567"));
        }
    }

    [Test]
    public async Task RemoveChannelAsync_PhoneTheContactLacks_DoesNotThrow()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        await Client.RemoveChannelAsync(id, "phone");

        using (Assert.EnterMultipleScope())
        {
            AssertSameJson(Fake.Journal.Single().Body, """{"phone":null}""");
            Assert.That(Fake.Journal[0].StatusCode, Is.EqualTo(200));
        }
    }
}
