using System.Text.Json;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Ecwid.Models;

namespace ContactsSdk.Tests.Vendors.Ecwid;

/// <summary>The wire records and the mapper against every JSON example in the Ecwid spec and seed pages.</summary>
public sealed class EcwidMapperTests
{
    // Spec §3.4: GET /customers/{id}, with the illustrative first/last name.
    private const string SpecCustomer = """
        {"id": 277137633, "name": "Ecwid test acc", "email": "ecwid.test@ecwid-test.com",
         "registered": "2024-08-21 07:52:09 +0000", "updated": "2024-08-21 07:52:09 +0000",
         "totalOrderCount": 0, "customerGroupId": 0, "customerGroupName": "General",
         "billingPerson": {"name": "Ecwid test acc", "firstName": "Ecwid", "lastName": "test acc"},
         "shippingAddresses": [{"id": 193416515, "name": "test", "companyName": "test", "street": "test", "city": "test",
           "countryCode": "GE", "countryName": "Georgia", "stateOrProvinceCode": "TB", "stateOrProvinceName": "Tbilisi",
           "phone": "00000000000", "createdDate": "2024-08-21 07:52:09 +0000", "defaultAddress": true, "orderBy": 0,
           "addressFormatted": "test, test, test Tbilisi, Georgia"}],
         "contacts": [
           {"id": 176135453, "contact": "00000000000", "type": "PHONE", "default": true, "orderBy": 0, "timestamp": "2024-08-21 07:52:09 +0000"},
           {"id": 176135452, "contact": "ecwid.test@ecwid-test.com", "type": "EMAIL", "default": true, "orderBy": 0, "timestamp": "2024-08-21 07:52:09 +0000"}],
         "taxExempt": false, "taxId": "", "taxIdValid": true, "b2b_b2c": "b2c", "fiscalCode": "",
         "electronicInvoicePecEmail": "", "electronicInvoiceSdiCode": "", "lang": "en",
         "stats": {"numberOfOrders": 1, "salesValue": 97, "averageOrderValue": 97,
                   "firstOrderDate": "2024-08-21 07:52:09 +0000", "lastOrderDate": "2024-08-21 07:52:09 +0000"},
         "privateAdminNotes": "", "favorites": []}
        """;

    private static readonly DateTimeOffset Registered = new(2024, 8, 21, 7, 52, 9, TimeSpan.Zero);

    [Test]
    public void ToContact_SpecCustomer_MapsNameChannelsAndDates()
    {
        var contact = EcwidMapper.ToContact(Read(SpecCustomer, EcwidJsonContext.Default.EcwidCustomerResource));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Is.EqualTo("277137633"));
            Assert.That(contact.Vendor, Is.EqualTo(ContactsVendor.Ecwid));
            Assert.That(contact.Name, Is.EqualTo(new PersonName("Ecwid", "test acc", "Ecwid test acc")));
            Assert.That(contact.CreatedAt, Is.EqualTo(Registered));
            Assert.That(contact.UpdatedAt, Is.EqualTo(Registered));
            Assert.That(contact.PrimaryEmail, Is.EqualTo("ecwid.test@ecwid-test.com"));
            Assert.That(contact.PrimaryPhone, Is.EqualTo("00000000000"));
            Assert.That(contact.Channels.Select(c => (c.Kind, c.Id, c.IsPrimary)), Is.EqualTo(new[]
            {
                (ChannelKind.Phone, "176135453", true),
                (ChannelKind.Email, "176135452", true),
            }));
            Assert.That(contact.Tags, Is.Empty);
        }
    }

    [Test]
    public void ToCustomer_SpecCustomer_KeepsEveryEcwidField()
    {
        var customer = EcwidMapper.ToCustomer(Read(SpecCustomer, EcwidJsonContext.Default.EcwidCustomerResource));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(customer.B2BOrB2C, Is.EqualTo("b2c"));
            Assert.That(customer.TaxIdValid, Is.True);
            Assert.That(customer.Lang, Is.EqualTo("en"));
            Assert.That(customer.CustomerGroupName, Is.EqualTo("General"));
            Assert.That(customer.ShippingAddresses.Single().Id, Is.EqualTo(193416515));
            Assert.That(customer.ShippingAddresses.Single().IsDefault, Is.True);
            Assert.That(customer.ShippingAddresses.Single().StateOrProvinceName, Is.EqualTo("Tbilisi"));
            Assert.That(customer.Stats!.SalesValue, Is.EqualTo(97m));
            Assert.That(customer.Stats.LastOrderDate, Is.EqualTo(Registered));
            Assert.That(customer.Contacts.Select(c => (c.Id, c.Type, c.IsDefault, c.OrderBy)), Is.EqualTo(new[]
            {
                (176135453L, "PHONE", true, 0),
                (176135452L, "EMAIL", true, 0),
            }));
            Assert.That(customer.ToString(), Does.Not.Contain("ecwid.test"));
        }
    }

    [Test]
    public void ContactSearch_SpecExample_ReadsOrderByAsNumberAndDefault()
    {
        // Spec §5.6: the contact search answers only {"items": [...]}.
        const string json = """
            {"items": [
              {"id": 113861381, "contact": "ec.apps@lightspeedhq.com", "type": "EMAIL", "default": true,  "orderBy": 0, "timestamp": "2025-03-26 11:07:12 +0000"},
              {"id": 199463289, "contact": "+01231231231",            "type": "PHONE", "default": false, "orderBy": 5, "timestamp": "2025-03-26 11:07:12 +0000"}]}
            """;
        var result = Read(json, EcwidJsonContext.Default.EcwidSearchResultEcwidContactResource);

        Assert.That(result.Total, Is.Null);
        Assert.That(result.Items!.Select(EcwidMapper.ToChannel).Select(c => (c.Kind, c.Value, c.IsPrimary)), Is.EqualTo(new[]
        {
            (ChannelKind.Email, "ec.apps@lightspeedhq.com", true),
            (ChannelKind.Phone, "+01231231231", false),
        }));
        Assert.That(result.Items![1].OrderBy, Is.EqualTo(5));
        Assert.That(result.Items[1].Timestamp, Is.EqualTo(new DateTimeOffset(2025, 3, 26, 11, 7, 12, TimeSpan.Zero)));
    }

    [Test]
    public void CreateContactSeedExample_IsARequestBody_SerializesDefaultExplicitly()
    {
        // Seed 001: the page's "Response" example is really the request body; its response table is {"createCount": 1}.
        const string example = """{"contact": "additional_email@example.com", "type": "EMAIL", "default": false, "orderBy": 1}""";
        var read = Read(example, EcwidJsonContext.Default.EcwidContactRequest);
        var written = JsonSerializer.Serialize(read, EcwidJsonContext.Default.EcwidContactRequest);
        var created = Read("""{"createCount": 1}""", EcwidJsonContext.Default.EcwidMutationResult);

        Assert.That(written, Is.EqualTo("""{"contact":"additional_email@example.com","type":"EMAIL","default":false,"orderBy":1}"""));
        Assert.That(created.CreateCount, Is.EqualTo(1));
        Assert.That(created.Id, Is.Null, "UNCONFIRMED §10.1: no id in the create-contact answer, so the client re-lists");
    }

    [TestCase("""{"id": 188278629}""", 188278629L, null, null)]
    [TestCase("""{"updateCount": 1}""", null, 1, null)]
    [TestCase("""{"deleteCount": 1, "success": true}""", null, null, 1)]
    public void MutationResults_SpecExamples_Read(string json, long? id, int? updateCount, int? deleteCount)
    {
        var result = Read(json, EcwidJsonContext.Default.EcwidMutationResult);
        Assert.That((result.Id, result.UpdateCount, result.DeleteCount), Is.EqualTo((id, updateCount, deleteCount)));
    }

    [Test]
    public void SearchEnvelope_AndGroup_SpecExamples_Read()
    {
        var envelope = Read("""{"total": 2, "count": 2, "offset": 0, "limit": 100, "items": [{"id": 0, "name": "General"}, {"id": 9367001, "name": "VIP"}]}""",
            EcwidJsonContext.Default.EcwidSearchResultEcwidGroupResource);

        Assert.That((envelope.Total, envelope.Count, envelope.Offset, envelope.Limit), Is.EqualTo((2, 2, 0, 100)));
        Assert.That(envelope.Items!.Select(EcwidMapper.ToGroup), Is.EqualTo(new[] { new EcwidCustomerGroup(0, "General", null), new EcwidCustomerGroup(9367001, "VIP", null) }));
    }

    [Test]
    public void ErrorParser_SpecBodyEmptyAndGarbage_NeverThrows()
    {
        var parsed = EcwidErrorParser.Instance.Parse(404, """{"errorMessage": "Customer #123 not found", "errorCode": "CUSTOMER_NOT_FOUND"}""");
        Assert.That((parsed.Message, parsed.Code), Is.EqualTo(("Customer #123 not found", "CUSTOMER_NOT_FOUND")));
        Assert.That(EcwidErrorParser.Instance.Parse(500, "").Message, Is.Null);
        Assert.That(EcwidErrorParser.Instance.Parse(400, "Wrong parameter 'inStock'").Code, Is.Null);
    }

    [TestCase("2024-06-04 21:15:10 +0000", "2024-06-04T21:15:10+00:00")]
    [TestCase("2014-06-06 18:57:19 +0400", "2014-06-06T18:57:19+04:00")]
    [TestCase("2014-06-06 18:57:19 -0530", "2014-06-06T18:57:19-05:30")]
    public void DateConverter_AnyOffset_Reads(string wire, string expected)
    {
        Assert.That(EcwidDateTimeConverter.TryParse(wire, out var value), Is.True);
        Assert.That(value, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(EcwidDateTimeConverter.Format(value), Does.EndWith(" +0000"));
    }

    // The JSON read path parses on the stack: escaped characters, padding and either offset form must read as the text does.
    [TestCase(@"2024-06-04 21:15:10 +0000", "2024-06-04T21:15:10+00:00")]
    [TestCase(@"2014-06-06 18:57:19 +0400", "2014-06-06T18:57:19+04:00")]
    [TestCase(@"2014-06-06 18:57:19 -05:30", "2014-06-06T18:57:19-05:30")]
    [TestCase(@" 2014-06-06 18:57:19 ", "2014-06-06T18:57:19+00:00")]
    [TestCase(@"\u0032014-06-06 18:57:19 \u002B0400", "2014-06-06T18:57:19+04:00")]
    public void DateConverter_FromJson_ReadsAsText(string wire, string expected)
    {
        var customer = Read($$"""{"id": 1, "registered": "{{wire}}"}""", EcwidJsonContext.Default.EcwidCustomerResource);
        Assert.That(customer!.Registered, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void DateConverter_NotEcwidFormat_ThrowsJsonException()
        => Assert.Throws<JsonException>(() => Read("""{"id": 1, "registered": "2024-06-04T21:15:10Z"}""", EcwidJsonContext.Default.EcwidCustomerResource));

    [TestCase("EMAIL", "Email")]
    [TestCase("PHONE", "Phone")]
    [TestCase("FACEBOOK", "Facebook")]
    [TestCase("INSTAGRAM", "Instagram")]
    [TestCase("TWITTER", "Twitter")]
    [TestCase("YOUTUBE", "YouTube")]
    [TestCase("TIKTOK", "TikTok")]
    [TestCase("PINTEREST", "Pinterest")]
    [TestCase("VK", "VK")]
    [TestCase("FB_MESSENGER", "FacebookMessenger")]
    [TestCase("WHATSAPP", "WhatsApp")]
    [TestCase("TELEGRAM", "Telegram")]
    [TestCase("VIBER", "Viber")]
    [TestCase("URL", "Url")]
    [TestCase("OTHER", "Other")]
    public void ContactTypes_EveryEcwidType_MapsBothWays(string type, string kind)
    {
        Assert.That(EcwidContactTypes.KindOf(type), Is.EqualTo(new ChannelKind(kind)));
        Assert.That(EcwidContactTypes.KindOf(type).IsWellKnown, Is.True);
        Assert.That(EcwidContactTypes.TypeOf(new ChannelKind(kind)), Is.EqualTo(type));
    }

    [Test]
    public void ContactTypes_UnknownType_KeptRawBothWays()
    {
        var kind = EcwidContactTypes.KindOf("SIGNAL");
        Assert.That(kind.Value, Is.EqualTo("SIGNAL"));
        Assert.That(kind.IsWellKnown, Is.False);
        Assert.That(EcwidContactTypes.TypeOf(kind), Is.EqualTo("SIGNAL"));
        Assert.That(EcwidContactTypes.TypeOf(new ChannelKind("not a type")), Is.Null);
    }

    [Test]
    public void ToUpdateRequest_NamePatch_KeepsBillingAddressAndNeverHasContacts()
    {
        var current = new EcwidBillingPersonResource { Name = "Ada Lovelace", FirstName = "Ada", Street = "1 Main St", City = "London", CompanyName = "Analytical" };
        var request = EcwidMapper.ToUpdateRequest(new ContactPatch { Name = PersonName.FromFull("Ada Byron") }, current);
        var json = JsonSerializer.Serialize(request, EcwidJsonContext.Default.EcwidCustomerUpdateRequest);

        Assert.That(json, Is.EqualTo("""{"billingPerson":{"name":"Ada Byron","companyName":"Analytical","street":"1 Main St","city":"London"}}"""));
        Assert.That(typeof(EcwidCustomerUpdateRequest).GetProperties().Select(p => p.Name), Does.Not.Contain("Contacts"));
        Assert.That(typeof(EcwidCustomerCreateRequest).GetProperties().Select(p => p.Name), Does.Not.Contain("Contacts"));
    }

    [Test]
    public void ToContact_NoContactsButEmail_EmailIsPrimaryChannel()
    {
        var contact = EcwidMapper.ToContact(Read("""{"id": 5, "email": "x@example.com", "name": "Solo"}""", EcwidJsonContext.Default.EcwidCustomerResource));
        Assert.That(contact.Channels.Single(), Is.EqualTo(new ContactChannel(ChannelKind.Email, "x@example.com") { IsPrimary = true }));
        Assert.That(contact.Name, Is.EqualTo(PersonName.FromFull("Solo")));
    }

    private static T Read<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) => JsonSerializer.Deserialize(json, info)!;
}
