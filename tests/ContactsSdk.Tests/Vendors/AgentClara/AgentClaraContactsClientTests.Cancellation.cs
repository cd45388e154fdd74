namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>A token already cancelled stops every operation before any request.</summary>
public sealed partial class AgentClaraContactsClientTests
{
    [Test]
    public async Task Operations_PreCancelledToken_ThrowOperationCanceledWithoutAnyRequest()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var token = cts.Token;

        using (Assert.EnterMultipleScope())
        {
            await Assert.CatchAsync<OperationCanceledException>(() => Client.GetAsync(id, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.TryGetAsync(id, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") }, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.UpdateAsync(id, new ContactPatch { Name = PersonName.FromFull("B") }, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.DeleteAsync(id, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.AddTagsAsync(id, ["vip"], token));
            await Assert.CatchAsync<OperationCanceledException>(() => CollectAsync(Client.SearchAsync("ada", cancellationToken: token)));
            await Assert.CatchAsync<OperationCanceledException>(() => CollectAsync(Client.ListAsync(null, token)));
            await Assert.CatchAsync<OperationCanceledException>(() => CollectAsync(Client.Conversations.ListAsync(id, token)));
            Assert.That(Fake.Journal, Is.Empty);
            Assert.That(Fake.ContactCount(), Is.EqualTo(1));
        }
    }
}
