using System.Text.Json;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Vendors.Wix;

/// <summary>
/// Wix extended fields over HTTP against <see cref="WixFake"/>: field definitions through <see cref="IWixContactsClient.ExtendedFields"/>,
/// custom field values through the facade, system fields read-only, keys and display names checked before any request.
/// </summary>
public sealed class WixExtendedFieldsClientTests
{
    private const string SystemFieldKey = "contacts.displayByFirstName";

    private WixHarness _harness = null!;

    private IWixContactsClient Client => _harness.Client;

    [OneTimeSetUp]
    public void StartFake() => _harness = WixHarness.Start(fakeOptions: new WixFakeOptions { MaxCustomFields = 3 });

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task FindOrCreateAsync_NewName_CreatesCustomFieldThatGetAndQueryReturn()
    {
        var created = await Client.ExtendedFields.FindOrCreateAsync("Loyalty Tier", WixFieldDataType.Number);

        Assert.That(created.Key, Does.StartWith("custom."));
        Assert.That((created.DisplayName, created.Namespace, created.DataType, created.IsSystem),
            Is.EqualTo(("Loyalty Tier", "custom", WixFieldDataType.Number, false)));

        var fetched = await Client.ExtendedFields.GetAsync(created.Key);
        Assert.That((fetched.Key, fetched.DisplayName, fetched.DataType), Is.EqualTo((created.Key, "Loyalty Tier", WixFieldDataType.Number)));

        var custom = await ListAsync(WixFilter.Eq("namespace", "custom"));
        Assert.That(custom.Select(field => field.Key), Is.EqualTo(new[] { created.Key }));
    }

    [Test]
    public async Task FindOrCreateAsync_ExistingNameInAnotherCase_ReturnsTheFieldAndKeepsItsDataType()
    {
        var first = await Client.ExtendedFields.FindOrCreateAsync("Since", WixFieldDataType.Date);

        var second = await Client.ExtendedFields.FindOrCreateAsync("since", WixFieldDataType.Text);

        Assert.That((second.Key, second.DataType), Is.EqualTo((first.Key, WixFieldDataType.Date)), "an existing field wins; the requested type is ignored");
        Assert.That(await ListAsync(WixFilter.Eq("namespace", "custom")), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task FindOrCreateAsync_PastTheSiteQuota_ThrowsValidationExceptionWithWixCode()
    {
        for (var i = 0; i < 3; i++)
        {
            await Client.ExtendedFields.FindOrCreateAsync($"Field {i}");
        }

        var error = await Assert.ThrowsAsync<ContactValidationException>(() => Client.ExtendedFields.FindOrCreateAsync("One too many"));

        Assert.That(error!.VendorErrorCode, Is.EqualTo("FIELDS_QUOTA_EXCEEDED"));
        Assert.That(await ListAsync(WixFilter.Eq("namespace", "custom")), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task ListAsync_NoFilter_ListsSystemFieldsMarkedAsSystem()
    {
        await Client.ExtendedFields.FindOrCreateAsync("Tier");

        var all = await ListAsync(null);

        var system = all.Single(field => field.Key == SystemFieldKey);
        Assert.That((system.IsSystem, system.Namespace), Is.EqualTo((true, "contacts")));
        Assert.That(all.Single(field => field.DisplayName == "Tier").IsSystem, Is.False);
        Assert.That(all.Select(field => field.DisplayName), Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase), "listed by display name");
    }

    [Test]
    public async Task UpdateAsync_CustomField_KeepsKeyAndRenamesCustomFieldOnContacts()
    {
        var contact = await Client.CreateAsync(Draft(("tier", Json("gold"))));
        var field = (await ListAsync(WixFilter.Eq("namespace", "custom"))).Single();

        var renamed = await Client.ExtendedFields.UpdateAsync(field.Key, "  Level  ");

        Assert.That((renamed.Key, renamed.DisplayName), Is.EqualTo((field.Key, "Level")));
        Assert.That((await Client.ExtendedFields.GetAsync(field.Key)).DisplayName, Is.EqualTo("Level"));
        var reread = await Client.GetAsync(contact.Id);
        Assert.That(reread.CustomFields.Keys, Is.EqualTo(new[] { "Level" }), "the facade names a value by its field's current display name");
        Assert.That(reread.CustomFields["Level"].GetString(), Is.EqualTo("gold"));
    }

    [Test]
    public async Task DeleteAsync_CustomField_RemovesDefinitionAndValuesOnEveryContact()
    {
        var first = await Client.CreateAsync(Draft(("tier", Json("gold"))));
        var second = await Client.CreateAsync(Draft(("tier", Json("silver"))));
        var key = (await ListAsync(WixFilter.Eq("namespace", "custom"))).Single().Key;

        await Client.ExtendedFields.DeleteAsync(key);

        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.ExtendedFields.GetAsync(key));
        Assert.That((await Client.GetAsync(first.Id)).CustomFields, Is.Empty);
        Assert.That((await Client.ExtendedFields.GetValuesForContactAsync(second.Id)).Keys, Has.No.Member(key));
    }

    [Test]
    public async Task GetAsync_UnknownKey_ThrowsContactNotFoundException()
        => await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.ExtendedFields.GetAsync("custom.never-made"));

    [Test]
    public async Task CustomFields_SetReadAndClearThroughTheFacade_LandOnTheFieldKey()
    {
        var contact = await Client.CreateAsync(Draft(("tier", Json("gold")), ("points", Json(12))));
        var keys = (await ListAsync(WixFilter.Eq("namespace", "custom"))).ToDictionary(field => field.DisplayName, field => field.Key);

        Assert.That(contact.CustomFields["tier"].GetString(), Is.EqualTo("gold"));
        var stored = await Client.ExtendedFields.GetValuesForContactAsync(contact.Id);
        Assert.That(stored[keys["tier"]].GetString(), Is.EqualTo("gold"));
        Assert.That(stored[keys["points"]].GetInt32(), Is.EqualTo(12));

        var changed = await Client.UpdateAsync(contact.Id, new ContactPatch
        {
            CustomFields = new Dictionary<string, JsonElement?> { ["tier"] = Json("silver") },
        });
        Assert.That(changed.CustomFields["tier"].GetString(), Is.EqualTo("silver"));
        Assert.That(changed.CustomFields["points"].GetInt32(), Is.EqualTo(12), "a field the patch leaves out keeps its value");

        var cleared = await Client.UpdateAsync(contact.Id, new ContactPatch
        {
            CustomFields = new Dictionary<string, JsonElement?> { ["tier"] = null },
        });
        Assert.That(cleared.CustomFields.Keys, Is.EqualTo(new[] { "points" }));
        Assert.That((await Client.ExtendedFields.GetValuesForContactAsync(contact.Id)).Keys, Has.No.Member(keys["tier"]));
        Assert.That((await Client.GetAsync(contact.Id)).CustomFields.Keys, Is.EqualTo(new[] { "points" }));
    }

    [Test]
    public async Task CustomFields_AFieldMadeThroughTheClient_IsWrittenUnderItsDisplayName()
    {
        var field = await Client.ExtendedFields.FindOrCreateAsync("Score", WixFieldDataType.Number);

        var contact = await Client.CreateAsync(Draft(("Score", Json(7))));

        Assert.That(contact.CustomFields["Score"].GetInt32(), Is.EqualTo(7));
        Assert.That((await Client.ExtendedFields.GetValuesForContactAsync(contact.Id))[field.Key].GetInt32(), Is.EqualTo(7));
        Assert.That(await ListAsync(WixFilter.Eq("namespace", "custom")), Has.Count.EqualTo(1), "the existing field is reused, not duplicated");
    }

    [Test]
    public async Task SystemFields_CannotBeRenamedOrDeleted_AndStayOutOfCustomFields()
    {
        var rename = await Assert.ThrowsAsync<ContactValidationException>(() => Client.ExtendedFields.UpdateAsync(SystemFieldKey, "Mine"));
        Assert.That(rename!.VendorErrorCode, Is.EqualTo("CANNOT_UPDATE_SYSTEM_FIELD"));

        var delete = await Assert.ThrowsAsync<ContactValidationException>(() => Client.ExtendedFields.DeleteAsync(SystemFieldKey));
        Assert.That(delete!.VendorErrorCode, Is.EqualTo("CANNOT_DELETE_SYSTEM_FIELD"));

        var system = await Client.ExtendedFields.GetAsync(SystemFieldKey);
        Assert.That((system.IsSystem, system.DisplayName), Is.EqualTo((true, "Display Name (First, Last)")));

        var contact = await Client.CreateAsync(Draft());
        Assert.That(contact.CustomFields.Keys, Has.None.StartWith("contacts."));
    }

    [TestCase(SystemFieldKey)]
    [TestCase("emailSubscriptions.effectiveEmail")]
    public async Task CustomFields_SystemFieldName_ThrowsArgumentExceptionBeforeAnyRequest(string name)
    {
        _harness.Fake.ClearJournal();

        await Assert.ThrowsAsync<ArgumentException>(() => Client.CreateAsync(Draft((name, Json("x")))));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.UpdateAsync(
            Guid.NewGuid().ToString(), new ContactPatch { CustomFields = new Dictionary<string, JsonElement?> { [name] = Json("x") } }));

        Assert.That(_harness.Fake.Journal, Is.Empty);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("custom.tier\n")]
    [TestCase("custom tier")]
    public async Task FieldKeyOperations_BadKey_ThrowArgumentExceptionNamingKeyBeforeAnyRequest(string key)
    {
        _harness.Fake.ClearJournal();

        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.ExtendedFields.GetAsync(key)))!.ParamName, Is.EqualTo("key"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.ExtendedFields.UpdateAsync(key, "Name")))!.ParamName, Is.EqualTo("key"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.ExtendedFields.DeleteAsync(key)))!.ParamName, Is.EqualTo("key"));
        Assert.That(_harness.Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task FieldDisplayNames_BlankOrTooLong_ThrowArgumentExceptionNamingDisplayNameBeforeAnyRequest()
    {
        _harness.Fake.ClearJournal();
        var tooLong = new string('a', 151);

        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.ExtendedFields.FindOrCreateAsync(" ")))!.ParamName, Is.EqualTo("displayName"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.ExtendedFields.FindOrCreateAsync(tooLong)))!.ParamName, Is.EqualTo("displayName"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(() => Client.ExtendedFields.UpdateAsync("custom.tier", tooLong)))!.ParamName, Is.EqualTo("displayName"));
        Assert.That((await Assert.ThrowsAsync<ArgumentException>(
            () => Client.ExtendedFields.FindOrCreateAsync("Tier", WixFieldDataType.Unknown)))!.ParamName, Is.EqualTo("dataType"));
        Assert.That(_harness.Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task FindOrCreateAsync_NameOf150Characters_IsAccepted()
    {
        var name = new string('b', 150);

        var field = await Client.ExtendedFields.FindOrCreateAsync(name);

        Assert.That(field.DisplayName, Is.EqualTo(name));
    }

    private async Task<List<WixExtendedField>> ListAsync(WixFilter? filter)
    {
        var fields = new List<WixExtendedField>();
        await foreach (var field in Client.ExtendedFields.ListAsync(filter))
        {
            fields.Add(field);
        }

        return fields;
    }

    [Test]
    public async Task UpdateAndDeleteAsync_UnknownKey_ThrowContactNotFoundNamingTheOperation()
    {
        var rename = await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.ExtendedFields.UpdateAsync("custom.never-made", "Name"));
        var delete = await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.ExtendedFields.DeleteAsync("custom.never-made"));

        Assert.That(rename!.Operation, Is.EqualTo("ExtendedFields.Update"));
        Assert.That(delete!.Operation, Is.EqualTo("ExtendedFields.Delete"));
    }

    [Test]
    public async Task ListAsync_FilterByDataType_YieldsOnlyThoseFieldsByDisplayName()
    {
        await Client.ExtendedFields.FindOrCreateAsync("Zeta Score", WixFieldDataType.Number);
        await Client.ExtendedFields.FindOrCreateAsync("Alpha Score", WixFieldDataType.Number);
        await Client.ExtendedFields.FindOrCreateAsync("Notes", WixFieldDataType.Text);

        var numbers = new List<string>();
        await foreach (var field in Client.ExtendedFields.ListAsync(WixFilter.And(WixFilter.Eq("namespace", "custom"), WixFilter.Eq("dataType", "NUMBER"))))
        {
            numbers.Add(field.DisplayName);
        }

        Assert.That(numbers, Is.EqualTo(new[] { "Alpha Score", "Zeta Score" }));
    }

    [Test]
    public async Task GetValuesForContactAsync_ContactWithoutCustomFields_HoldsOnlyWixSystemFields()
    {
        var contact = await Client.CreateAsync(new ContactDraft { Name = PersonName.FromParts("Sys", "Only") });

        var values = await Client.ExtendedFields.GetValuesForContactAsync(contact.Id);

        Assert.That(values.Keys, Has.None.StartsWith("custom."));
    }

    private static ContactDraft Draft(params (string Name, JsonElement Value)[] fields)
        => new()
        {
            Name = PersonName.FromParts("Field", "Tester"),
            Channels = [new ContactChannel(ChannelKind.Email, $"fields-{Guid.NewGuid():N}@example.com")],
            CustomFields = fields.ToDictionary(field => field.Name, field => field.Value),
        };

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);
}
