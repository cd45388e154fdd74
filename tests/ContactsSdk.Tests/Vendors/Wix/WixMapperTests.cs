using System.Text.Json;
using ContactsSdk.Internal;
using ContactsSdk.Vendors.Wix;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Tests.Vendors.Wix;

/// <summary>The mapper and error parser against every JSON example in the Wix spec, with no HTTP.</summary>
public sealed class WixMapperTests
{
    // Spec §3: the FULL contact example.
    private const string FullContact = """
        {"contact": {
          "id": "8046df3c-7575-4098-a5ab-c91ad8f33c47", "revision": 1,
          "source": {"sourceType": "WIX_APP", "appId": "9da8bff7-68c9-49d4-8cfd-ba534fd34d68"},
          "createdDate": "2019-10-30T17:22:10.299Z", "updatedDate": "2019-10-30T17:22:10.299Z",
          "lastActivity": {"activityDate": "2019-10-30T17:22:10.299Z", "activityType": "CONTACT_CREATED"},
          "primaryInfo": {"email": "email@example.com", "phone": "097495550"},
          "primaryEmail": {"email": "email@example.com", "subscriptionStatus": "NOT_SET", "deliverabilityStatus": "NOT_SET"},
          "primaryPhone": {"countryCode": "IL", "phone": "097495550", "e164Phone": "+97297495550", "formattedPhone": "09-749-5550", "subscriptionStatus": "NOT_SET"},
          "info": {
            "name": {"first": "Some", "last": "One"},
            "emails": {"items": [{"id": "d8f0d88c-af92-4237-833f-56aaaa2b5168", "tag": "MAIN", "email": "email@example.com", "primary": true}]},
            "phones": {"items": [{"id": "e5214c79-af80-4eff-87f2-408b0be4e710", "tag": "HOME", "countryCode": "IL", "phone": "097495550", "e164Phone": "+97297495550", "primary": true}]},
            "addresses": {"items": [{"id": "3f8bba59-150f-4ee7-9c58-632cbdae222c", "tag": "HOME",
               "address": {"country": "US", "subdivision": "US-ME", "city": "Richmond", "postalCode": "04357", "addressLine": "1772 Fantages Way", "addressLine2": "Apt 17"}}]},
            "company": "Wix", "jobTitle": "Developer", "birthdate": "1980-12-01", "locale": "en-us",
            "labelKeys": {"items": ["custom.label-a"]},
            "extendedFields": {"items": {"custom.color": "Blue", "custom.number": 12, "custom.date": "2020-01-01",
               "emailSubscriptions.subscriptionStatus": "NOT_SET", "contacts.displayByFirstName": "Some One"}}
          }}}
        """;

    [Test]
    public void ToContact_SpecFullExample_MapsEveryFacadeField()
    {
        var envelope = JsonSerializer.Deserialize(FullContact, WixJsonContext.Default.WixContactEnvelope)!;
        var contact = WixMapper.ToContact(envelope.Contact!, key => key == "custom.label-a" ? "Label A" : key, key => key == "custom.color" ? "Color" : key);

        Assert.That(contact.Id, Is.EqualTo("8046df3c-7575-4098-a5ab-c91ad8f33c47"));
        Assert.That(contact.Revision, Is.EqualTo("1"));
        Assert.That(contact.Name, Is.EqualTo(new PersonName("Some", "One", "Some One")));
        Assert.That(contact.CreatedAt, Is.EqualTo(new DateTimeOffset(2019, 10, 30, 17, 22, 10, 299, TimeSpan.Zero)));
        Assert.That((contact.Company, contact.JobTitle), Is.EqualTo(("Wix", "Developer")));
        Assert.That(contact.Tags, Is.EqualTo(new[] { "Label A" }));
        Assert.That(contact.PrimaryEmail, Is.EqualTo("email@example.com"));
        Assert.That(contact.PrimaryPhone, Is.EqualTo("097495550"), "a phone's value is Wix's phone, not e164Phone");
        var phone = contact.Channels.Single(c => c.Kind == ChannelKind.Phone);
        Assert.That((phone.Id, phone.Label, phone.IsPrimary), Is.EqualTo(("e5214c79-af80-4eff-87f2-408b0be4e710", "HOME", true)));
        var address = contact.Channels.Single(c => c.Kind == WixChannelKinds.Address);
        Assert.That(address.Value, Is.EqualTo("1772 Fantages Way, Apt 17, Richmond, US-ME 04357, US"));
        Assert.That((address.Id, address.Label), Is.EqualTo(("3f8bba59-150f-4ee7-9c58-632cbdae222c", "HOME")));
        Assert.That(contact.CustomFields["Color"].GetString(), Is.EqualTo("Blue"));
        Assert.That(contact.CustomFields["custom.number"].GetInt32(), Is.EqualTo(12), "a custom key with no known name reads back as its key");
        Assert.That(contact.CustomFields.Keys, Is.EquivalentTo(new[] { "Color", "custom.number", "custom.date" }), "system fields (contacts.*, emailSubscriptions.*) are not custom fields");
    }

    [Test]
    public void ToInfo_Draft_WritesTheSpecCreateRequestShape()
    {
        // Spec §4.1 request example.
        var draft = new ContactDraft
        {
            Name = PersonName.FromParts("Some", "One"),
            Channels = [new ContactChannel(ChannelKind.Email, "email@example.com") { Label = "main" }, new ContactChannel(ChannelKind.Phone, "6465676359") { Label = "MOBILE" }],
        };
        var info = WixMapper.ToInfo(draft, ["custom.label-a"], new Dictionary<string, JsonElement> { ["custom.color"] = JsonSerializer.SerializeToElement("Blue") });

        Assert.That(info.ToJsonString(), Is.EqualTo(
            """{"name":{"first":"Some","last":"One"},"emails":{"items":[{"tag":"MAIN","email":"email@example.com","primary":false}]},"phones":{"items":[{"tag":"MOBILE","phone":"6465676359","primary":false}]},"labelKeys":{"items":["custom.label-a"]},"extendedFields":{"items":{"custom.color":"Blue"}}}"""));
    }

    [Test]
    public void ToPatchInfo_NullCustomField_AssumesNullRemovesTheKey()
    {
        Assert.That(WixAssumptions.NullRemovesExtendedField, Is.True);
        var info = WixMapper.ToPatchInfo(new ContactPatch { Name = PersonName.FromFull("Ada King Byron") }, new Dictionary<string, JsonElement?> { ["custom.tier"] = null });
        Assert.That(info.ToJsonString(), Is.EqualTo("""{"name":{"first":"Ada","last":"King Byron"},"extendedFields":{"items":{"custom.tier":null}}}"""));
    }

    [Test]
    public void QueryPage_SpecExample_ReadsContactsAndPagingMetadata()
    {
        // Spec §4.5 response example (BASIC fieldset).
        const string Body = """
            {"contacts": [{"id": "0d6f4c1e-94a5-4f3a-8d5e-4a1f3c2b1a00", "revision": 1, "primaryInfo": {"email": "a@example.com"},
                           "info": {"name": {"first": "Jane", "last": "Smith"}}}],
             "pagingMetadata": {"count": 1, "offset": 30, "total": 31}}
            """;
        var page = JsonSerializer.Deserialize(Body, WixJsonContext.Default.WixContactsPage)!;
        Assert.That(page.PagingMetadata, Is.EqualTo(new WixPagingMetadata(1, 30, 31, null)));
        Assert.That(WixMapper.ToContact(page.Contacts![0], k => k, k => k).Name.Full, Is.EqualTo("Jane Smith"));
    }

    [Test]
    public void ToLabel_SpecFindOrCreateExample_MapsTheLabel()
    {
        // Spec §5 example.
        const string Body = """
            {"label": {"namespace": "custom", "key": "custom.my-label", "displayName": "My Label", "labelType": "USER_DEFINED",
                       "createdDate": "2020-04-20T14:02:20Z", "updatedDate": "2020-04-20T14:02:20Z"}, "newLabel": true}
            """;
        var envelope = JsonSerializer.Deserialize(Body, WixJsonContext.Default.WixLabelEnvelope)!;
        var label = WixMapper.ToLabel(envelope.Label!);
        Assert.That(envelope.NewLabel, Is.True);
        Assert.That((label.Key, label.DisplayName, label.LabelType), Is.EqualTo(("custom.my-label", "My Label", "USER_DEFINED")));
        Assert.That(label.CreatedAt, Is.EqualTo(new DateTimeOffset(2020, 4, 20, 14, 2, 20, TimeSpan.Zero)));
    }

    [Test]
    public void Parse_SpecDuplicateErrorBody_IsConflictWithDuplicateId()
    {
        // Spec §8 example.
        const string Body = """
            {"message": "Duplicate contact exists",
             "details": {"applicationError": {"code": "DUPLICATE_CONTACT_EXISTS", "description": "…",
                         "data": {"duplicateContactId": "1e1b-…", "duplicateEmail": "email@example.com"}}}}
            """;
        var error = WixErrorParser.Instance.Parse(409, Body);
        Assert.That((error.Code, error.IsConflict, error.DuplicateContactId, error.Message), Is.EqualTo(("DUPLICATE_CONTACT_EXISTS", true, "1e1b-…", "Duplicate contact exists")));
    }

    [Test]
    public void Parse_ValidationErrorBody_ReadsFieldViolations()
    {
        const string Body = """{"message":"bad","details":{"validationError":{"fieldViolations":[{"field":"info.name.first","description":"too long","violatedRule":"MAX_LENGTH","ruleName":"OUT_OF_RANGE"}]}}}""";
        Assert.That(WixErrorParser.Instance.Parse(400, Body).Violations, Is.EqualTo(new[] { new FieldViolation("info.name.first", "too long", "OUT_OF_RANGE") }));
        Assert.That(WixErrorParser.Instance.Parse(500, "").Code, Is.Null, "5xx bodies may be empty");
    }

    [Test]
    public void Parse_RevisionMismatch_IsConflict_AssumingCodeContactAlreadyChanged()
    {
        var error = WixErrorParser.Instance.Parse(409, """{"message":"Contact has been updated since the requested revision.","details":{"applicationError":{"code":"CONTACT_ALREADY_CHANGED"}}}""");
        Assert.That(error.IsConflict, Is.True);
        Assert.That(WixErrorParser.Instance.RequestIdHeaders, Is.EqualTo(new[] { "x-wix-request-id" }), "Assumption §10.8: the request-id header name");
    }

    [TestCase(12, "NUMBER")]
    [TestCase("2020-01-01", "DATE")]
    [TestCase("https://example.com", "URL")]
    [TestCase("Blue", "TEXT")]
    public void InferDataType_Value_PicksTheWixType(object value, string expected)
    {
        var element = value is int number ? JsonSerializer.SerializeToElement(number) : JsonSerializer.SerializeToElement((string)value);
        Assert.That(WixMapper.InferDataType(element), Is.EqualTo(expected));
    }

    [Test]
    public void WixFilter_Builder_WritesTheSpecQueryFilter()
    {
        var filter = WixFilter.And(WixFilter.Eq(WixContactFields.LastName, "Smith"), WixFilter.HasSome(WixContactFields.LabelKeys, "custom.vip"));
        Assert.That(filter.ToJson(), Is.EqualTo("""{"$and":[{"info.name.last":{"$eq":"Smith"}},{"info.labelKeys":{"$hasSome":["custom.vip"]}}]}"""));
        Assert.Throws<ArgumentException>(() => WixFilter.Raw("[1]"));
        Assert.Throws<ArgumentException>(() => WixFilter.In("id"));
    }
}
