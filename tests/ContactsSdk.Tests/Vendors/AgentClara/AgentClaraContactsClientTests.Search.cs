using ContactsSdk.Redaction;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>SearchAsync: AgentClara's ranked search, one page of at most <c>limit</c> contacts.</summary>
public sealed partial class AgentClaraContactsClientTests
{
    [Test]
    public async Task SearchAsync_Email_SendsQAndLimitAndPutsExactEmailMatchFirst()
    {
        var exact = Fake.SeedContact("Ada Lovelace", "ada@example.com", createdAt: Day0);
        var substring = Fake.SeedContact("Ada Byron", "ada@example.com.au", createdAt: Day0.AddDays(1));
        Fake.SeedContact("Grace Hopper", "grace@example.com", createdAt: Day0.AddDays(2));

        var found = await Client.SearchAsync("ada@example.com").ToListAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found.Select(contact => contact.Id), Is.EqualTo(new[] { exact, substring }));
            Assert.That(found[0].PrimaryEmail, Is.EqualTo("ada@example.com"));
            JournalAssert.Calls(Fake.Journal, "GET /contacts/search");
            Assert.That(JournalAssert.QueryOf(Fake.Journal[0]), Is.EqualTo(new Dictionary<string, string> { ["q"] = "ada@example.com", ["limit"] = "10" }));
        }
    }

    [Test]
    public async Task SearchAsync_Limit_IsSentAndHonoured()
    {
        for (var i = 0; i < 4; i++)
        {
            Fake.SeedContact($"Ada {i}", createdAt: Day0.AddDays(i));
        }

        var found = await Client.SearchAsync("ada", limit: 3).ToListAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Has.Count.EqualTo(3));
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single())["limit"], Is.EqualTo("3"));
        }
    }

    [Test]
    public async Task SearchAsync_NoMatch_ReturnsEmpty()
    {
        Fake.SeedContact("Ada Lovelace");

        Assert.That(await Client.SearchAsync("nobody").ToListAsync(), Is.Empty);
    }
}
