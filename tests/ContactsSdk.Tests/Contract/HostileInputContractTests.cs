using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace ContactsSdk.Tests.Contract;

/// <summary>
/// Input an attacker or a careless caller passes to the facade, on every vendor, over HTTP against the fakes: it is refused
/// with an <see cref="ArgumentException"/> naming the parameter before any request reaches the fake, and the message
/// repeats no id, email or unbounded text.
/// </summary>
[TestFixtureSource(nameof(Vendors))]
public sealed class HostileInputContractTests(ContactsVendor vendor)
{
    private ContractTarget _target = null!;

    public static IEnumerable<ContactsVendor> Vendors() => [ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid];

    private IContactsClient Client => _target.Client;

    [OneTimeSetUp]
    public void StartFake() => _target = ContractTarget.Start(vendor);

    [OneTimeTearDown]
    public async Task StopFake() => await _target.DisposeAsync();

    [SetUp]
    public void ResetFake() => _target.Reset();

    [Test]
    public async Task EveryContactIdOperation_IdWithTrailingNewline_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        var id = (await Client.CreateAsync(_target.NewDraft("newline"))).Id + "\n";
        var sent = _target.RequestCount;
        var channel = new ContactChannel(ChannelKind.Email, "x@example.com");

        var calls = new (string Name, Func<Task> Call)[]
        {
            ("Get", () => Client.GetAsync(id)),
            ("TryGet", () => Client.TryGetAsync(id)),
            ("Update", () => Client.UpdateAsync(id, new ContactPatch { Name = PersonName.FromFull("X") })),
            ("Delete", () => Client.DeleteAsync(id)),
            ("AddTags", () => Client.AddTagsAsync(id, ["t"])),
            ("RemoveTags", () => Client.RemoveTagsAsync(id, ["t"])),
            ("AddChannel", () => Client.AddChannelAsync(id, channel)),
            ("UpdateChannel", () => Client.UpdateChannelAsync(id, "1", channel)),
            ("RemoveChannel", () => Client.RemoveChannelAsync(id, "1")),
        };
        foreach (var (name, call) in calls)
        {
            var ex = await Assert.ThrowsAsync<ArgumentException>(() => call(), name);
            Assert.That(ex!.ParamName, Is.EqualTo("contactId"), name);
        }

        Assert.That(_target.RequestCount, Is.EqualTo(sent), "no request carries an id ending in a line feed");
    }

    [TestCase("a@example.com\n")]
    [TestCase("a@example.com\r")]
    [TestCase("a\u0000b@example.com")]
    public async Task CreateAsync_EmailWithControlCharacter_ThrowsArgumentExceptionNamingDraft(string email)
    {
        var draft = _target.NewDraft("ctl") with { Channels = [new ContactChannel(ChannelKind.Email, email)] };

        var ex = (await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => Client.CreateAsync(draft))) as ArgumentException;

        Assert.That(ex!.ParamName, Is.EqualTo("draft"));
        Assert.That(_target.RequestCount, Is.Zero);
    }

    [Test]
    public async Task GetAsync_TenThousandCharacterId_MessageIsShortAndDoesNotEchoIt()
    {
        var id = new string('7', 10_000);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.GetAsync(id));

        Assert.That(ex!.Message, Has.Length.LessThan(300));
        Assert.That(ex.Message, Does.Not.Contain("7777"));
        Assert.That(_target.RequestCount, Is.Zero);
    }

    [Test]
    public async Task GetAsync_EmailPassedAsId_MessageDoesNotCarryTheEmail()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.GetAsync("jane.doe@example.com"));

        Assert.That(ex!.ParamName, Is.EqualTo("contactId"));
        Assert.That(ex.Message, Does.Not.Contain("jane.doe"));
        Assert.That(_target.RequestCount, Is.Zero);
    }

    [Test]
    public async Task ChannelOperations_ForeignChannelId_MessageDoesNotEchoIt()
    {
        var ex = await Assert.CatchAsync(() => Client.RemoveChannelAsync(ValidLookingId(), "jane.doe@example.com"));

        Assert.That(ex!.Message, Does.Not.Contain("jane.doe"));
    }

    [Test]
    public async Task CreateAsync_NullTags_BehavesAsNoTags()
    {
        var created = await Client.CreateAsync(_target.NewDraft("nulltags") with { Tags = null! });

        Assert.That(created.Tags, Is.Empty);
    }

    [Test]
    public async Task CreateAsync_NullChannels_BehavesAsNoChannels()
    {
        var draft = _target.NewDraft("nullchannels") with { Channels = null! };

        if (vendor == ContactsVendor.Ecwid)
        {
            // Ecwid needs an email: no channels is refused as such, naming the draft, not as a NullReferenceException.
            var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.CreateAsync(draft));
            Assert.That(ex!.ParamName, Is.EqualTo("draft"));
            Assert.That(_target.RequestCount, Is.Zero);
            return;
        }

        var created = await Client.CreateAsync(draft);
        Assert.That(created.Channels, Is.Empty);
    }

    [Test]
    public async Task CreateAsync_NullChannelInList_ThrowsArgumentExceptionNamingDraft()
    {
        var draft = _target.NewDraft("nullitem") with { Channels = [null!] };

        var ex = (await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => Client.CreateAsync(draft))) as ArgumentException;

        Assert.That(ex!.ParamName, Is.EqualTo("draft"));
        Assert.That(_target.RequestCount, Is.Zero);
    }

    [TestCase("-1")]
    [TestCase("abc")]
    [TestCase("1.5")]
    [TestCase("k|not-a-time|x")]
    [TestCase("k1:2:3:4")]
    [TestCase("k1:2:0")]
    [TestCase("k1700000000:1:notanid")]
    [TestCase("99999999999999999999")]
    public async Task AsPages_TokenWithForgedPosition_ThrowsArgumentExceptionAtAsPagesBeforeAnyRequest(string forged)
    {
        foreach (var sort in new[] { ContactSortField.Created, ContactSortField.Name })
        {
            _target.Reset();
            await Client.CreateAsync(_target.NewDraft("token1"));
            await Client.CreateAsync(_target.NewDraft("token2"));
            var query = new ContactQuery { SortBy = sort, PageSizeHint = 1 };
            var token = await FirstTokenAsync(Client.ListAsync(query));
            var sent = _target.RequestCount;

            var ex = Assert.Throws<ArgumentException>(() => Client.ListAsync(query).AsPages(WithPosition(token, forged)), $"{sort}");

            Assert.That(ex!.ParamName, Is.EqualTo("continuationToken"), $"{sort}");
            Assert.That(_target.RequestCount, Is.EqualTo(sent), $"{sort}");
        }
    }

    private string ValidLookingId()
        => vendor switch
        {
            ContactsVendor.AgentClara => "cust_missing",
            ContactsVendor.Wix => Guid.NewGuid().ToString(),
            _ => "123",
        };

    private static async Task<string> FirstTokenAsync(ContactsSdk.Paging.Pageable<Contact> pageable)
    {
        await foreach (var page in pageable.AsPages())
        {
            return page.ContinuationToken ?? throw new InvalidOperationException("The first page of two has no token.");
        }

        throw new InvalidOperationException("No page.");
    }

    // What an attacker can do without our types: the token is base64url JSON, so edit its position and encode it again.
    private static string WithPosition(string token, string position)
    {
        var json = JsonNode.Parse(Base64Url.DecodeFromChars(token))!.AsObject();
        json["position"] = position;
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }
}
