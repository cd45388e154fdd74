using ContactsSdk.Errors;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>What the strict fake refuses reaches the caller as a validation error, never as a stored contact.</summary>
public sealed partial class AgentClaraContactsClientTests
{
    [Test]
    public async Task CreateAsync_MoreTagsThanTheFakeAllows_ThrowsContactValidationNamingTags()
    {
        var draft = new ContactDraft { Name = PersonName.FromFull("Many Tags"), Tags = [.. Enumerable.Range(0, 10_000).Select(i => $"t{i}")] };

        var error = await Assert.ThrowsAsync<ContactValidationException>(() => Client.CreateAsync(draft));

        Assert.That(error!.Violations.Select(v => v.Field), Does.Contain("tags"));
        Assert.That(await CollectAsync(Client.ListAsync(new ContactQuery { Search = "Many Tags" })), Is.Empty);
    }

    [Test]
    public async Task UpdateAsync_NameWithLineBreak_ThrowsContactValidationAndKeepsTheName()
    {
        var created = await Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Plain Name") });

        await Assert.ThrowsAsync<ContactValidationException>(() => Client.UpdateAsync(created.Id, new ContactPatch { Name = PersonName.FromFull("Plain\r\nName") }));

        Assert.That((await Client.GetAsync(created.Id)).Name.Full, Is.EqualTo("Plain Name"));
    }
}
