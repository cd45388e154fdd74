using System.Text.Json;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Vendors.Wix;

/// <summary>The Wix client over HTTP against <see cref="WixFake"/>, through the real DI registration.</summary>
public sealed partial class WixContactsClientTests
{
    private WixHarness _harness = null!;

    private IWixContactsClient Client => _harness.Client;

    [OneTimeSetUp]
    public void StartFake() => _harness = WixHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task CreateAsync_Draft_MapsChannelsTagsFieldsAndRevision()
    {
        var contact = await Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Lovelace"),
            Channels =
            [
                new ContactChannel(ChannelKind.Email, "ada@example.com") { Label = "work" },
                new ContactChannel(ChannelKind.Phone, "+15551234567") { Label = "MOBILE" },
            ],
            Tags = ["VIP Customer"],
            CustomFields = new Dictionary<string, JsonElement> { ["tier"] = Json("gold"), ["points"] = Json(12), ["since"] = Json("2020-01-01") },
            Company = "Analytical Engines",
            JobTitle = "Programmer",
        });

        Assert.That(contact.Revision, Is.EqualTo("1"));
        Assert.That(contact.Name.Full, Is.EqualTo("Ada Lovelace"));
        Assert.That(contact.PrimaryEmail, Is.EqualTo("ada@example.com"));
        var email = contact.Channels.Single(c => c.Kind == ChannelKind.Email);
        Assert.That((email.Label, email.IsPrimary, email.Id), Is.EqualTo(("WORK", true, email.Id)));
        Assert.That(email.Id, Is.Not.Null.And.Not.Empty);
        Assert.That(contact.Tags, Is.EqualTo(new[] { "VIP Customer" }));
        Assert.That(contact.CustomFields["tier"].GetString(), Is.EqualTo("gold"));
        Assert.That(contact.CustomFields["points"].GetInt32(), Is.EqualTo(12));
        Assert.That(contact.CustomFields.Keys, Is.EquivalentTo(new[] { "tier", "points", "since" }), "system fields are not custom fields");
        Assert.That((contact.Company, contact.JobTitle), Is.EqualTo(("Analytical Engines", "Programmer")));

        var fields = new List<WixExtendedField>();
        await foreach (var field in Client.ExtendedFields.ListAsync(WixFilter.Eq("namespace", "custom")))
        {
            fields.Add(field);
        }

        Assert.That(fields.ToDictionary(f => f.DisplayName, f => f.DataType), Is.EquivalentTo(new Dictionary<string, WixFieldDataType>
        {
            ["tier"] = WixFieldDataType.Text,
            ["points"] = WixFieldDataType.Number,
            ["since"] = WixFieldDataType.Date,
        }), "an unknown custom field is created with the data type inferred from its value");
    }

    [Test]
    public async Task CreateAsync_DuplicateEmail_ThrowsConflictWithDuplicateId()
    {
        var first = await Client.CreateAsync(Draft("dup@example.com"));

        var ex = await Assert.ThrowsAsync<ContactConflictException>(() => Client.CreateAsync(Draft("DUP@example.com")));

        Assert.That(ex!.DuplicateContactId, Is.EqualTo(first.Id));
        Assert.That(ex.VendorErrorCode, Is.EqualTo("DUPLICATE_CONTACT_EXISTS"));
        Assert.That(ex.StatusCode, Is.EqualTo(409));
    }

    [Test]
    public async Task UpdateAsync_StaleExpectedRevision_ThrowsConflictCarryingContactAlreadyChanged()
    {
        var contact = await Client.CreateAsync(Draft("rev@example.com"));
        await Client.UpdateAsync(contact.Id, new ContactPatch { Company = "First" });

        var ex = await Assert.ThrowsAsync<ContactConflictException>(
            () => Client.UpdateAsync(contact.Id, new ContactPatch { Company = "Second", ExpectedRevision = contact.Revision }));

        Assert.That(ex!.VendorErrorCode, Is.EqualTo("CONTACT_ALREADY_CHANGED"));
        Assert.That((await Client.GetAsync(contact.Id)).Company, Is.EqualTo("First"));
    }

    [Test]
    public async Task UpdateAsync_NoExpectedRevision_SendsTheRevisionItRead()
    {
        var contact = await Client.CreateAsync(Draft("read@example.com"));
        _harness.Fake.ClearJournal();

        var updated = await Client.UpdateAsync(contact.Id, new ContactPatch { JobTitle = "Engineer" });

        Assert.That(updated.Revision, Is.EqualTo("2"));
        var patch = _harness.Fake.Journal.Single(r => r.Method == "PATCH");
        Assert.That(JsonDocument.Parse(patch.Body!).RootElement.GetProperty("revision").GetInt32(), Is.EqualTo(1));
        Assert.That(_harness.Fake.Journal[0].Method, Is.EqualTo("GET"));
    }

    [Test]
    public async Task UpdateAsync_SystemField_ThrowsArgumentExceptionBeforeHttp()
    {
        var before = _harness.Fake.Journal.Count;
        await Assert.ThrowsAsync<ArgumentException>(() => Client.UpdateAsync(
            Guid.NewGuid().ToString(),
            new ContactPatch { CustomFields = new Dictionary<string, JsonElement?> { ["contacts.displayByFirstName"] = Json("x") } }));
        Assert.That(_harness.Fake.Journal.Count, Is.EqualTo(before));
    }

    [Test]
    public async Task ListAsync_ManyContactsWithLabels_ResolvesLabelNamesWithoutARequestPerContact()
    {
        for (var i = 0; i < 6; i++)
        {
            await Client.CreateAsync(Draft($"list{i}@example.com") with { Tags = ["shared"] });
        }

        // The same site through a new registration: the name cache starts empty.
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddWix("other", o =>
        {
            o.ApiKey = WixFake.DefaultCredential;
            o.SiteId = WixFake.DefaultSiteId;
            o.BaseAddress = _harness.Fake.BaseAddress;
        })).Build();
        _harness.Fake.ClearJournal();
        var listed = new List<Contact>();
        await foreach (var contact in clients.Get<IWixContactsClient>("other").ListAsync(new ContactQuery { PageSizeHint = 2 }))
        {
            listed.Add(contact);
        }

        Assert.That(listed, Has.Count.EqualTo(6));
        Assert.That(listed.All(c => c.Tags.SequenceEqual(["shared"])), Is.True);
        Assert.That(_harness.Fake.Journal.Count(r => r.Path.StartsWith("/contacts/v4/labels", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task AddTagsAsync_EightConcurrentWriters_AllEightTagsSurvive()
    {
        var contact = await Client.CreateAsync(Draft("tags8@example.com"));
        var tags = Enumerable.Range(1, 8).Select(i => $"tag {i}").ToList();

        await Task.WhenAll(tags.Select(tag => Client.AddTagsAsync(contact.Id, [tag])));

        Assert.That((await Client.GetAsync(contact.Id)).Tags, Is.EquivalentTo(tags));
    }

    [Test]
    public async Task AddChannelAsync_FourConcurrentWriters_RetryOnRevisionConflictAndKeepAll()
    {
        var contact = await Client.CreateAsync(Draft("chan@example.com"));
        var emails = Enumerable.Range(1, 4).Select(i => $"extra{i}@example.com").ToList();

        await Task.WhenAll(emails.Select(email => Client.AddChannelAsync(contact.Id, new ContactChannel(ChannelKind.Email, email))));

        var reread = await Client.GetAsync(contact.Id);
        Assert.That(reread.Channels.Where(c => c.Kind == ChannelKind.Email).Select(c => c.Value), Is.SupersetOf(emails));
        Assert.That(reread.PrimaryEmail, Is.EqualTo("chan@example.com"));
    }

    [Test]
    public async Task ListAsync_WhileAnotherTaskInsertsAndDeletes_YieldsEachSurvivorExactlyOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add((await Client.CreateAsync(Draft($"page{i}@example.com"))).Id);
        }

        var deleted = new HashSet<string>(ids.Where((_, i) => i % 3 == 1));
        var seen = new List<string>();
        var pages = 0;
        await foreach (var page in Client.ListAsync().AsPages(pageSizeHint: 4))
        {
            seen.AddRange(page.Items.Select(c => c.Id));
            if (pages++ == 1)
            {
                // Between pages, another writer deletes some already-listed and some not-yet-listed contacts and adds new ones.
                await Task.WhenAll(deleted.Select(id => Client.DeleteAsync(id)).Append(Task.Run(async () =>
                {
                    for (var i = 0; i < 5; i++)
                    {
                        await Client.CreateAsync(Draft($"late{i}@example.com"));
                    }
                })));
            }
        }

        Assert.That(seen, Is.Unique);
        var survivors = ids.Where(id => !deleted.Contains(id));
        Assert.That(seen, Is.SupersetOf(survivors));
    }

    [Test]
    public async Task ListAsync_FiltersByTagEmailAndCreatedSince()
    {
        var vip = await Client.CreateAsync(Draft("vip@example.com") with { Tags = ["vip"] });
        await Client.CreateAsync(Draft("plain@example.com"));

        Assert.That(await Ids(Client.ListAsync(new ContactQuery { Tag = "VIP" })), Is.EqualTo(new[] { vip.Id }));
        Assert.That(await Ids(Client.ListAsync(new ContactQuery { Email = "plain@example.com" })), Has.Count.EqualTo(1));
        Assert.That(await Ids(Client.ListAsync(new ContactQuery { Tag = "no such label" })), Is.Empty);
        Assert.That(await Ids(Client.ListAsync(new ContactQuery { CreatedSince = DateTimeOffset.UtcNow.AddDays(1) })), Is.Empty);
        Assert.That(await Ids(Client.ListAsync(new ContactQuery { Search = "vip@example.com" })), Is.EqualTo(new[] { vip.Id }));
    }

    [Test]
    public void ListAsync_SortByUpdated_ThrowsUnsupportedBeforeHttp()
    {
        Assert.Throws<UnsupportedContactOperationException>(() => Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Updated }));
        Assert.That(_harness.Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task QueryAsync_TypedAndRawFilters_MatchTheSameContacts()
    {
        await Client.CreateAsync(new ContactDraft { Name = PersonName.FromParts("Jane", "Smith"), Tags = ["vip"] });
        await Client.CreateAsync(new ContactDraft { Name = PersonName.FromParts("John", "Smith") });
        var key = (await Client.Labels.FindOrCreateAsync("vip")).Key;

        var typed = WixFilter.And(WixFilter.Eq(WixContactFields.LastName, "Smith"), WixFilter.HasSome(WixContactFields.LabelKeys, key));
        var raw = WixFilter.Raw($$$"""{"$and":[{"info.name.last":"Smith"},{"info.labelKeys":{"$hasSome":["{{{key}}}"]}}]}""");

        var byTyped = await Names(Client.ListAsync(new WixContactQuery { Filter = typed, SortField = WixContactFields.FirstName }));
        var byRaw = await Names(Client.ListAsync(new WixContactQuery { Filter = raw, Fieldsets = ["BASIC"] }));
        Assert.That(byTyped, Is.EqualTo(new[] { "Jane Smith" }));
        Assert.That(byRaw, Is.EqualTo(byTyped));
    }

    [Test]
    public async Task QueryAsync_UnsupportedOperator_ThrowsValidationWithWixCode()
    {
        var ex = await Assert.ThrowsAsync<ContactValidationException>(
            () => Names(Client.ListAsync(new WixContactQuery { Filter = WixFilter.StartsWith(WixContactFields.CreatedDate, "2020") })));
        Assert.That(ex!.VendorErrorCode, Is.EqualTo("UNSUPPORTED_FILTER_OPERATOR"));
    }

    [Test]
    public async Task MergeAsync_ThenGetByMergedId_ReturnsTheTarget()
    {
        var target = await Client.CreateAsync(Draft("target@example.com") with { Tags = ["a"] });
        var source = await Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Source", "Person"),
            Channels = [new ContactChannel(ChannelKind.Email, "source@example.com"), new ContactChannel(ChannelKind.Phone, "+15550002222")],
            Tags = ["b"],
            Company = "Source Co",
        });

        var preview = await Client.PreviewMergeAsync(target.Id, [source.Id]);
        Assert.That(await Client.TryGetAsync(source.Id), Is.Not.Null, "a preview changes nothing");

        var merged = await Client.MergeAsync(target.Id, [source.Id]);

        Assert.That(merged.Channels.Select(c => c.Value), Is.EquivalentTo(preview.Channels.Select(c => c.Value)));
        Assert.That(merged.Channels.Select(c => c.Value), Is.SupersetOf(new[] { "target@example.com", "source@example.com", "+15550002222" }));
        Assert.That(merged.Tags, Is.EquivalentTo(new[] { "a", "b" }));
        Assert.That(merged.PrimaryEmail, Is.EqualTo("target@example.com"), "no target data is overwritten");
        Assert.That(merged.Company, Is.EqualTo("Source Co"), "empty target fields are filled");
        var viaOldId = await Client.GetAsync(source.Id);
        Assert.That(viaOldId.Id, Is.EqualTo(target.Id));
        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.DeleteAsync(source.Id));
    }

    [Test]
    public async Task MergeAsync_StaleTargetRevision_ThrowsConflictAssumingContactAlreadyChanged()
    {
        var target = await Client.CreateAsync(Draft("t2@example.com"));
        var source = await Client.CreateAsync(Draft("s2@example.com"));
        await Client.UpdateAsync(target.Id, new ContactPatch { Company = "changed" });

        var ex = await Assert.ThrowsAsync<ContactConflictException>(() => Client.MergeAsync(target.Id, [source.Id], target.Revision));
        Assert.That(ex!.VendorErrorCode, Is.EqualTo(WixAssumptions.RevisionConflictCode));
    }

    [Test]
    public async Task Bulk_Endpoints_ReturnJobIdsAndApply()
    {
        await Client.CreateAsync(new ContactDraft { Name = PersonName.FromParts("Bulk", "One") });
        await Client.CreateAsync(new ContactDraft { Name = PersonName.FromParts("Bulk", "Two") });
        var key = (await Client.Labels.FindOrCreateAsync("bulk")).Key;
        var filter = WixFilter.Eq(WixContactFields.FirstName, "Bulk");

        Assert.That((await Client.Bulk.UpdateLabelsAsync(filter, null, [key], [])).Id, Is.Not.Empty);
        Assert.That(await Ids(Client.ListAsync(new ContactQuery { Tag = "bulk" })), Has.Count.EqualTo(2));
        Assert.That((await Client.Bulk.UpdateAsync(filter, null, new ContactPatch { Company = "Bulk Co" })).Id, Is.Not.Empty);
        Assert.That((await Client.Bulk.DeleteAsync(filter)).Id, Is.Not.Empty);
        Assert.That(_harness.Fake.ContactCount(), Is.Zero);
        await Assert.ThrowsAsync<ArgumentException>(() => Client.Bulk.DeleteAsync(null));
    }

    [Test]
    public async Task TokenRefresh_TwentyConcurrentCalls_FetchOneTokenPerExpiry()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var fake = WixFake.Start(new WixFakeOptions { TimeProvider = time });
        await using var clients = new ContactsClientBuilder().WithTimeProvider(time).Configure(sdk => sdk.AddWix("oauth", o =>
        {
            o.AppId = WixFake.DefaultAppId;
            o.AppSecret = WixFake.DefaultAppSecret;
            o.InstanceId = WixFake.DefaultInstanceId;
            o.BaseAddress = fake.BaseAddress;
        })).Build();
        var client = clients.Get<IWixContactsClient>("oauth");
        var id = fake.SeedContact("Token", "User");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync(id)));
        Assert.That(TokenRequests(fake), Is.EqualTo(1));

        time.Advance(TimeSpan.FromHours(4) - WixAssumptions.TokenRefreshMargin + TimeSpan.FromSeconds(1));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync(id)));
        Assert.That(TokenRequests(fake), Is.EqualTo(2), "refreshed before expiry, once");
        Assert.That(fake.Journal.Where(r => r.Path != "/oauth2/token").All(r => r.StatusCode == 200), Is.True);
        Assert.That(fake.Journal.Where(r => r.Path != "/oauth2/token").All(r => r.Authorization?.StartsWith("OAUTH2.", StringComparison.Ordinal) == true), Is.True,
            "Assumption §10.7: the token is sent raw in Authorization, without a Bearer prefix");
    }

    [Test]
    public async Task TokenRequest_WrongSecret_ThrowsAuthenticationWithoutTheSecret()
    {
        using var fake = WixFake.Start();
        const string Secret = "a-wrong-secret-value-123";
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddWix("oauth", o =>
        {
            o.AppId = WixFake.DefaultAppId;
            o.AppSecret = Secret;
            o.InstanceId = WixFake.DefaultInstanceId;
            o.BaseAddress = fake.BaseAddress;
        })).Build();

        var ex = await Assert.ThrowsAsync<ContactsAuthenticationException>(() => clients.Get<IWixContactsClient>("oauth").GetAsync(Guid.NewGuid().ToString()));
        Assert.That(ex!.ToString() + ex.RawBody, Does.Not.Contain(Secret));
    }

    [Test]
    public async Task Errors_CarryTheWixRequestIdHeader_AssumingXWixRequestId()
    {
        var ex = await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.GetAsync(Guid.NewGuid().ToString()));
        Assert.That(ex!.VendorErrorCode, Is.EqualTo("CONTACT_NOT_FOUND"));
        Assert.That(ex.RequestId, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task RemoveChannelAsync_LastChannelOfANamelessContact_ThrowsValidationFromWix()
    {
        var contact = await Client.CreateAsync(new ContactDraft { Channels = [new ContactChannel(ChannelKind.Email, "only@example.com")] });
        var ex = await Assert.ThrowsAsync<ContactValidationException>(() => Client.RemoveChannelAsync(contact.Id, contact.Channels[0].Id!));
        Assert.That(ex!.VendorErrorCode, Is.EqualTo("INSUFFICIENT_CONTACT_DATA"));
    }

    private static ContactDraft Draft(string email)
        => new() { Name = PersonName.FromFull("Test " + email.Split('@')[0]), Channels = [new ContactChannel(ChannelKind.Email, email)] };

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);

    private static int TokenRequests(WixFake fake) => fake.Journal.Count(r => r.Path == "/oauth2/token");

    private static async Task<List<string>> Ids(IAsyncEnumerable<Contact> contacts)
    {
        var ids = new List<string>();
        await foreach (var contact in contacts)
        {
            ids.Add(contact.Id);
        }

        return ids;
    }

    private static async Task<List<string?>> Names(IAsyncEnumerable<Contact> contacts)
    {
        var names = new List<string?>();
        await foreach (var contact in contacts)
        {
            names.Add(contact.Name.Full);
        }

        return names;
    }
}
