namespace ContactsSdk.Tests.Contract;

/// <summary>
/// Tags that differ only by Unicode normal form ("café" composed or decomposed) are one tag, on every vendor that has
/// tags; written in normal form C. Generated only for vendors whose capabilities say they support tags.
/// </summary>
[TestFixtureSource(nameof(Vendors))]
public sealed class TagNormalFormContractTests(ContactsVendor vendor)
{
    private const string Composed = "caf\u00e9";
    private const string Decomposed = "cafe\u0301";

    private ContractTarget _target = null!;

    public static IEnumerable<ContactsVendor> Vendors() => [ContactsVendor.AgentClara, ContactsVendor.Wix];

    private IContactsClient Client => _target.Client;

    [OneTimeSetUp]
    public void StartFake()
    {
        _target = ContractTarget.Start(vendor);
        Assert.That(Client.Capabilities.SupportsTags, Is.True, "only vendors with tags run this fixture");
    }

    [OneTimeTearDown]
    public async Task StopFake() => await _target.DisposeAsync();

    [SetUp]
    public void ResetFake() => _target.Reset();

    [Test]
    public async Task AddTagsThenRemoveTags_SameTagInTwoNormalForms_IsOneTag()
    {
        var id = (await Client.CreateAsync(_target.NewDraft("nfc") with { Tags = [Decomposed] })).Id;
        var added = await Client.AddTagsAsync(id, [Composed]);

        Assert.That(added.Tags, Has.Count.EqualTo(1), "café typed two ways is one tag");
        Assert.That(added.Tags[0], Is.EqualTo(Composed), "tags are written in normal form C");

        var removed = await Client.RemoveTagsAsync(id, [Decomposed]);
        Assert.That(removed.Tags, Is.Empty);
        Assert.That((await Client.GetAsync(id)).Tags, Is.Empty);
    }

    [Test]
    public async Task CreateAsync_TagInBothNormalForms_WritesOneComposedTag()
    {
        var created = await Client.CreateAsync(_target.NewDraft("nfc2") with { Tags = [Decomposed, Composed.ToUpperInvariant()] });

        Assert.That(created.Tags, Is.EqualTo(new[] { Composed }));
    }
}
