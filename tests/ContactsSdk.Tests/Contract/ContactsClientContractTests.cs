using System.Text.Json;
using ContactsSdk.Errors;

namespace ContactsSdk.Tests.Contract;

/// <summary>
/// Runs every facade operation against each vendor's fake over HTTP, and checks that <see cref="ContactsCapabilities"/>
/// tells the truth: what it denies throws <see cref="UnsupportedContactOperationException"/> and sends no request.
/// </summary>
[TestFixtureSource(nameof(Vendors))]
public sealed class ContactsClientContractTests(ContactsVendor vendor)
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
    public void Vendor_MatchesTarget() => Assert.That(Client.Vendor, Is.EqualTo(vendor));

    [Test]
    public async Task CreateGetUpdateDelete_RoundTrip_Persists()
    {
        var created = await Client.CreateAsync(_target.NewDraft("crud"));
        Assert.That(created.Id, Is.Not.Empty);
        Assert.That(created.Vendor, Is.EqualTo(vendor));
        Assert.That(created.PrimaryEmail, Is.EqualTo("crud@example.com"));

        var fetched = await Client.GetAsync(created.Id);
        Assert.That(fetched.Name.Full, Is.EqualTo(created.Name.Full));

        var updated = await Client.UpdateAsync(created.Id, new ContactPatch { Name = PersonName.FromFull("Contract renamed") });
        Assert.That(updated.Name.Full, Is.EqualTo("Contract renamed"));
        Assert.That((await Client.GetAsync(created.Id)).Name.Full, Is.EqualTo("Contract renamed"));

        await Client.DeleteAsync(created.Id);
        Assert.That(await Client.TryGetAsync(created.Id), Is.Null);
        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.GetAsync(created.Id));
    }

    [Test]
    public async Task ListAsync_AllPages_YieldsEveryCreatedContactOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await Client.CreateAsync(_target.NewDraft($"list{i}"))).Id);
        }

        var listed = new List<string>();
        await foreach (var contact in Client.ListAsync(new ContactQuery { PageSizeHint = 2 }))
        {
            listed.Add(contact.Id);
        }

        Assert.That(listed, Is.EquivalentTo(ids));
    }

    [Test]
    public async Task Tags_WhenSupported_AddAndRemoveReadBackIdentically()
    {
        var contact = await Client.CreateAsync(_target.NewDraft("tags"));
        if (!Client.Capabilities.SupportsTags)
        {
            var before = _target.RequestCount;
            await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.AddTagsAsync(contact.Id, ["vip"]));
            await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.RemoveTagsAsync(contact.Id, ["vip"]));
            Assert.That(_target.RequestCount, Is.EqualTo(before), "an unsupported operation sent a request");
            return;
        }

        var tagged = await Client.AddTagsAsync(contact.Id, ["VIP Customer", "newsletter"]);
        Assert.That(tagged.Tags, Is.EquivalentTo(new[] { "VIP Customer", "newsletter" }));
        Assert.That((await Client.GetAsync(contact.Id)).Tags, Is.EquivalentTo(new[] { "VIP Customer", "newsletter" }));

        var untagged = await Client.RemoveTagsAsync(contact.Id, ["vip customer"]);
        Assert.That(untagged.Tags, Is.EqualTo(new[] { "newsletter" }));
    }

    [Test]
    public async Task CustomFields_WhenSupported_MergeAndRemove()
    {
        var contact = await Client.CreateAsync(_target.NewDraft("fields"));
        var patch = new ContactPatch
        {
            CustomFields = new Dictionary<string, JsonElement?> { ["tier"] = JsonSerializer.SerializeToElement("gold") },
        };
        if (!Client.Capabilities.SupportsCustomFields)
        {
            var before = _target.RequestCount;
            await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.UpdateAsync(contact.Id, patch));
            Assert.That(_target.RequestCount, Is.EqualTo(before));
            return;
        }

        var updated = await Client.UpdateAsync(contact.Id, patch);
        Assert.That(updated.CustomFields["tier"].GetString(), Is.EqualTo("gold"));

        var cleared = await Client.UpdateAsync(contact.Id, new ContactPatch { CustomFields = new Dictionary<string, JsonElement?> { ["tier"] = null } });
        Assert.That(cleared.CustomFields.ContainsKey("tier"), Is.False);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task UpdateAsync_CustomFieldsNullOrEmpty_MeansNoChange_OnEveryVendor(bool empty)
    {
        var contact = await Client.CreateAsync(_target.NewDraft(empty ? "nofields-empty" : "nofields-null"));
        if (Client.Capabilities.SupportsCustomFields)
        {
            contact = await Client.UpdateAsync(
                contact.Id, new ContactPatch { CustomFields = new Dictionary<string, JsonElement?> { ["tier"] = JsonSerializer.SerializeToElement("gold") } });
        }

        var fields = empty ? new Dictionary<string, JsonElement?>() : null;
        var onlyFields = new ContactPatch { CustomFields = fields };
        Assert.That(onlyFields.IsEmpty, Is.True, "no custom field to change: the patch changes nothing");

        var unchanged = await Client.UpdateAsync(contact.Id, onlyFields);
        var renamed = await Client.UpdateAsync(contact.Id, new ContactPatch { Name = PersonName.FromFull("Ada Renamed"), CustomFields = fields });

        Assert.Multiple(() =>
        {
            Assert.That(unchanged.Name.Full, Is.EqualTo(contact.Name.Full));
            Assert.That(renamed.Name.Full, Is.EqualTo("Ada Renamed"));
            if (Client.Capabilities.SupportsCustomFields)
            {
                Assert.That(unchanged.CustomFields["tier"].GetString(), Is.EqualTo("gold"));
                Assert.That(renamed.CustomFields["tier"].GetString(), Is.EqualTo("gold"), "null or empty keeps every custom field");
            }
        });
    }

    [Test]
    public async Task Company_WhenUnsupported_ThrowsBeforeHttp()
    {
        var contact = await Client.CreateAsync(_target.NewDraft("company"));
        if (Client.Capabilities.SupportsCompany)
        {
            var updated = await Client.UpdateAsync(contact.Id, new ContactPatch { Company = "Acme" });
            Assert.That(updated.Company, Is.EqualTo("Acme"));
            return;
        }

        var before = _target.RequestCount;
        await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.UpdateAsync(contact.Id, new ContactPatch { Company = "Acme" }));
        Assert.That(_target.RequestCount, Is.EqualTo(before));
    }

    [TestCaseSource(nameof(WellKnownKinds))]
    public async Task AddChannel_MatchesCapabilities(ChannelKind kind)
    {
        var contact = await Client.CreateAsync(_target.NewBareDraft($"chan{kind}".ToLowerInvariant()));
        var channel = new ContactChannel(kind, _target.SampleValue(kind, $"chan{kind}".ToLowerInvariant()));
        var before = _target.RequestCount;
        if (!Client.Capabilities.SupportsChannel(kind))
        {
            await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.AddChannelAsync(contact.Id, channel));
            Assert.That(_target.RequestCount, Is.EqualTo(before), "an unsupported channel kind sent a request");
            return;
        }

        var added = await Client.AddChannelAsync(contact.Id, channel);
        Assert.That(added.Kind, Is.EqualTo(kind));
        Assert.That(added.Id, Is.Not.Null);
        var reread = await Client.GetAsync(contact.Id);
        Assert.That(reread.Channels.Select(c => c.Value), Does.Contain(channel.Value));

        var replacement = channel with { Value = _target.SampleValue(kind, $"new{kind}".ToLowerInvariant()).Replace("1111", "2222", StringComparison.Ordinal) };
        var changed = await Client.UpdateChannelAsync(contact.Id, added.Id!, replacement);
        Assert.That(changed.Value, Is.EqualTo(replacement.Value));

        await Client.RemoveChannelAsync(contact.Id, added.Id!);
        Assert.That((await Client.GetAsync(contact.Id)).Channels.Where(c => c.Kind == kind && c.Id == added.Id), Is.Empty);
    }

    [Test]
    public void Capabilities_AreStableAndConsistent()
    {
        var capabilities = Client.Capabilities;
        Assert.That(capabilities, Is.SameAs(Client.Capabilities));
        Assert.That(capabilities.MaxPageSize, Is.GreaterThan(0));
        Assert.That(capabilities.ChannelKinds, Is.Not.Empty);
    }

    [Test]
    public async Task InvalidArguments_ThrowBeforeHttp()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Client.GetAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetAsync(" "));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Client.CreateAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.DeleteAsync(string.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => Client.ListAsync(new ContactQuery { MaxItems = -1 }));
        Assert.That(_target.RequestCount, Is.Zero);
    }

    private static IEnumerable<ChannelKind> WellKnownKinds()
        =>
        [
            ChannelKind.Email, ChannelKind.Phone, ChannelKind.Facebook, ChannelKind.Instagram, ChannelKind.Twitter,
            ChannelKind.YouTube, ChannelKind.TikTok, ChannelKind.Pinterest, ChannelKind.VK, ChannelKind.FacebookMessenger,
            ChannelKind.WhatsApp, ChannelKind.Telegram, ChannelKind.Viber, ChannelKind.Url, ChannelKind.Other,
        ];
}
