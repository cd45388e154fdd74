using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>AddTagsAsync and RemoveTagsAsync: AgentClara rewrites the whole tag list, so the client reads, merges ignoring case, and writes only a change.</summary>
public sealed partial class AgentClaraContactsClientTests
{
    [Test]
    public async Task AddTagsAsync_NewTags_ReadsThenWritesTheUnionWithoutCaseDuplicates()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip", "Math"]);

        var contact = await Client.AddTagsAsync(id, ["VIP", "new", " NEW ", "math", "frequent"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.EqualTo(new[] { "vip", "Math", "new", "frequent" }));
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}", $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[1].Body, """{"tags":["vip","Math","new","frequent"]}""");
        }
    }

    [Test]
    public async Task AddTagsAsync_TagsAlreadyPresentInAnotherCase_DoesNotPatch()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip", "math"]);

        var contact = await Client.AddTagsAsync(id, ["VIP", "Math"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.EqualTo(new[] { "vip", "math" }));
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task RemoveTagsAsync_TagsInAnotherCase_RemovesThemAndKeepsOrder()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip", "frequent", "new"]);

        var contact = await Client.RemoveTagsAsync(id, ["FREQUENT", "absent"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.EqualTo(new[] { "vip", "new" }));
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}", $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[1].Body, """{"tags":["vip","new"]}""");
        }
    }

    [Test]
    public async Task RemoveTagsAsync_LastTag_SendsEmptyArray()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip"]);

        var contact = await Client.RemoveTagsAsync(id, ["Vip"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.Empty);
            AssertSameJson(Fake.Journal[1].Body, """{"tags":[]}""");
        }
    }

    [Test]
    public async Task RemoveTagsAsync_NoneOfTheTags_DoesNotPatch()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip"]);

        var contact = await Client.RemoveTagsAsync(id, ["absent"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.EqualTo(new[] { "vip" }));
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task AddTagsAsync_UnknownContact_ThrowsNotFoundWithoutPatching()
    {
        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.AddTagsAsync(UnknownId, ["vip"]));

        JournalAssert.Calls(Fake.Journal, $"GET /contacts/{UnknownId}");
    }
}
