using System.Globalization;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Wix;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ContactsSdk.Tests.Vendors.Wix;

/// <summary>Input the Wix client refuses before any request, and labels that differ only by Unicode normal form.</summary>
public sealed class WixContactsClientInputTests
{
    private WixHarness _harness = null!;

    private IWixContactsClient Client => _harness.Client;

    [OneTimeSetUp]
    public void StartFake() => _harness = WixHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    // sv-SE and fa-IR write the minus sign as U+2212 (and fa-IR has its own digits); a revision is parsed the same everywhere.
    [TestCase("sv-SE", "\u22121")]
    [TestCase("fa-IR", "\u22121")]
    [TestCase("sv-SE", "-1")]
    [TestCase("en-US", "-1")]
    [TestCase("en-US", " 1")]
    [TestCase("en-US", "1,000")]
    [TestCase("fa-IR", "\u06f1")]
    [TestCase("en-US", "99999999999")]
    public async Task UpdateAsync_RevisionNotAsciiDigits_ThrowsArgumentExceptionNamingPatchInAnyCulture(string culture, string revision)
    {
        var id = _harness.Fake.SeedContact("Rev");
        _harness.Fake.ClearJournal();
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var ex = await Assert.ThrowsAsync<ArgumentException>(
                () => Client.UpdateAsync(id, new ContactPatch { Company = "X", ExpectedRevision = revision }));
            Assert.That(ex!.ParamName, Is.EqualTo("patch"));
            await Assert.ThrowsAsync<ArgumentException>(() => Client.MergeAsync(id, [_harness.Fake.SeedContact("Other")], revision));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.That(_harness.Fake.Journal, Is.Empty);
    }

    [TestCase("sv-SE")]
    [TestCase("fa-IR")]
    public async Task UpdateAsync_ValidRevisionUnderAnyCulture_IsSentAsANumber(string culture)
    {
        var created = await Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Culture Proof") });
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var updated = await Client.UpdateAsync(created.Id, new ContactPatch { Company = "Accepted", ExpectedRevision = created.Revision });
            Assert.That(updated.Company, Is.EqualTo("Accepted"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public async Task AddTagsAsync_LabelCreatedElsewhereDecomposed_ReusesItInsteadOfCreatingATwin()
    {
        var id = (await Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Label Twin") })).Id;
        var elsewhere = await Client.Labels.FindOrCreateAsync("Cafe\u0301 regulars");
        await Client.Labels.AddToContactAsync(id, [elsewhere.Key]);

        var added = await Client.AddTagsAsync(id, ["Caf\u00e9 regulars"]);

        Assert.That(added.Tags, Has.Count.EqualTo(1));
        var labels = new List<WixLabel>();
        await foreach (var label in Client.Labels.ListAsync())
        {
            labels.Add(label);
        }

        Assert.That(labels.Count(label => label.DisplayName.StartsWith("Caf", StringComparison.Ordinal)), Is.EqualTo(1), "no second café label");

        var removed = await Client.RemoveTagsAsync(id, ["CAF\u00c9 REGULARS"]);
        Assert.That(removed.Tags, Is.Empty);
        Assert.That(await Client.Labels.GetKeysForContactAsync(id), Is.Empty);
    }

    [Test]
    public async Task ListAsync_TagInOtherNormalForm_FindsTheLabel()
    {
        var id = (await Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Tagged"), Tags = ["Caf\u00e9"] })).Id;
        await Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Untagged") });

        var listed = new List<string>();
        await foreach (var contact in Client.ListAsync(new ContactQuery { Tag = "Cafe\u0301" }))
        {
            listed.Add(contact.Id);
        }

        Assert.That(listed, Is.EqualTo(new[] { id }));
    }

    [TestCase("custom.vip\n")]
    [TestCase("custom.vip\r\nX-Injected: yes")]
    [TestCase("custom vip")]
    public async Task LabelKeyOperations_KeyWithControlOrSpace_ThrowArgumentExceptionBeforeAnyRequest(string key)
    {
        var id = _harness.Fake.SeedContact("Keys");
        _harness.Fake.ClearJournal();

        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.Labels.GetAsync(key)))!.ParamName, Is.EqualTo("key"));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.Labels.DeleteAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.ExtendedFields.GetAsync(key));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.Labels.AddToContactAsync(id, [key])))!.ParamName, Is.EqualTo("keys"));
        Assert.That(_harness.Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task OAuth_TokenAnswerWithLineBreak_IsNeverPutInAHeader()
    {
        // A server of the test's own: the Wix fake never mints such a token.
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/oauth2/token").UsingPost()).AtPriority(1).RespondWith(Response.Create()
            .WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody("""{"access_token":"tok\r\nX-Injected: yes","expires_in":14400}"""));
        server.Given(Request.Create().UsingAnyMethod()).AtPriority(2).RespondWith(Response.Create().WithStatusCode(404));
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddWix("oauth", o =>
        {
            (o.AppId, o.AppSecret, o.InstanceId) = ("app", "app-secret", "instance");
            o.BaseAddress = new Uri(server.Url! + "/");
            (o.Resilience.MaxRetryAttempts, o.Resilience.PaceRequests) = (0, false);
        })).Build();

        await Assert.ThrowsAsync(Is.InstanceOf<ContactsException>(), () => clients.Get("oauth").TryGetAsync(Guid.NewGuid().ToString()));

        Assert.That(server.LogEntries.Select(entry => entry.RequestMessage?.Path), Is.EqualTo(new[] { "/oauth2/token" }));
    }

    [Test]
    public async Task AddChannelAsync_PhoneWithLineFeed_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        var id = _harness.Fake.SeedContact("Phone");
        _harness.Fake.ClearJournal();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+15551234567\n")));

        Assert.That(ex!.ParamName, Is.EqualTo("channel"));
        Assert.That(_harness.Fake.Journal, Is.Empty);
    }
}
