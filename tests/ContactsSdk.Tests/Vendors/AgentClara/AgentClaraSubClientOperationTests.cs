using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>
/// AgentClara's sub-client and its pageable search go through the one operation path: one span per page fetched, named
/// after the operation, and the same name on a failure's <see cref="ContactsException.Operation"/>.
/// </summary>
[NonParallelizable]
public sealed class AgentClaraSubClientOperationTests
{
    private AgentClaraHarness _harness = null!;

    private AgentClaraFake Fake => _harness.Fake;

    [OneTimeSetUp]
    public void StartFake() => _harness = AgentClaraHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task ConversationsListAsync_OnePage_EmitsOneSpanNamedConversationsList()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.SeedConversation(id);
        using var spans = new OperationSpans();

        var listed = await _harness.Client.Conversations.ListAsync(id).ToListAsync();

        Assert.That(listed, Has.Count.EqualTo(1));
        Assert.That(spans.Operations, Is.EqualTo(new[] { ContactsOperations.ConversationsList }));
        Assert.That(spans.Names, Is.EqualTo(new[] { "ContactsSdk.Conversations.List" }));
    }

    [Test]
    public async Task ConversationsListAsync_TwoPages_EmitsOneSpanPerPage()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.SeedConversation(id);
        Fake.SeedConversation(id);
        Fake.SeedConversation(id);
        using var spans = new OperationSpans();

        var pages = await _harness.Client.Conversations.ListAsync(id).AsPages(pageSizeHint: 2).ToListAsync();

        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(spans.Operations, Is.EqualTo(new[] { ContactsOperations.ConversationsList, ContactsOperations.ConversationsList }));
    }

    [Test]
    public async Task ConversationsListAsync_UnknownContact_FailureNamesTheOperationOfItsOneSpan()
    {
        using var spans = new OperationSpans();

        var thrown = await Assert.ThrowsAsync<ContactNotFoundException>(async () => await _harness.Client.Conversations.ListAsync("cust_unknown1").ToListAsync());

        Assert.That(thrown!.Operation, Is.EqualTo(ContactsOperations.ConversationsList));
        Assert.That(thrown.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
        Assert.That(spans.Operations, Is.EqualTo(new[] { ContactsOperations.ConversationsList }));
    }

    [Test]
    public async Task SearchAsync_EmitsOneSpanNamedSearch_AndNoneBeforeIteration()
    {
        Fake.SeedContact("Ada Lovelace", "ada@example.com");
        using var spans = new OperationSpans();

        var search = _harness.Client.SearchAsync("ada");
        var before = spans.Operations.Count;
        var found = await search.ToListAsync();

        Assert.That(before, Is.Zero, "nothing is sent until the pageable is iterated");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(spans.Operations, Is.EqualTo(new[] { ContactsOperations.Search }));
    }
}
