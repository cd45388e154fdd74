using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.AgentClara.Models;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>
/// Unit tests of <see cref="AgentClaraMapper"/> (and <see cref="AgentClaraErrorParser"/>) from the JSON examples of the
/// AgentClara spec (shared/specs/agentclara.md §1.3, §1.5, §1.6, §2.2).
/// </summary>
[TestFixture]
public sealed class AgentClaraMapperTests
{
    // §1.5 "Get response [DOC]", verbatim.
    private const string GetResponse = """
        {"success": true, "data": {"id": "cust_abc123", "name": "John Smith", "email": "john@example.com",
          "phone": "+15551234567", "tags": ["vip"], "custom_fields": {"company": "Acme Corp", "industry": "Technology"},
          "created_at": "2024-01-15T10:30:00Z", "updated_at": "2024-03-15T14:20:00Z",
          "conversation_count": 12, "last_conversation": "2024-03-15T10:30:00Z"}}
        """;

    // §1.5 "List item example [DOC]": the Get fields minus custom_fields and conversation_count, in the bare §1.3 list envelope.
    private const string BareListResponse = """
        {"success": true, "data": [{"id": "cust_abc123", "name": "John Smith", "email": "john@example.com",
          "phone": "+15551234567", "tags": ["vip"],
          "created_at": "2024-01-15T10:30:00Z", "updated_at": "2024-03-15T14:20:00Z",
          "last_conversation": "2024-03-15T10:30:00Z"}]}
        """;

    // §2.2 list envelope with the proposed pagination block.
    private const string PagedListResponse = """
        {"success": true, "data": [], "pagination": {"limit": 25, "offset": 0, "total": 57, "has_more": true}}
        """;

    // §1.6 conversation list item fields, plus tags from §2.4's full object.
    private const string ConversationListResponse = """
        {"success": true, "data": [{"id": "conv_123", "customer_id": "cust_abc123", "customer_name": "John Smith",
          "customer_email": "john@example.com", "customer_phone": "+15551234567", "channel": "sms",
          "subject": "Booking", "last_message": "See you then", "timestamp": "2024-03-15T10:30:00Z",
          "status": "open", "unread": true, "tags": ["callback"]}]}
        """;

    // §1.3 envelope example, as a one-item list: a conversation with only some fields.
    private const string MinimalConversationListResponse = """
        {"success": true, "data": [{ "id": "conv_123", "customer_name": "John", "channel": "sms" }]}
        """;

    // §2.2 delete answer.
    private const string DeleteResponse = """{"success": true, "data": {"id": "cust_abc123", "deleted": true}}""";

    // §1.3 documented error, and §2.2 proposed error with code and param.
    private const string DocumentedError = """{"success": false, "error": "Invalid API key"}""";
    private const string ProposedError = """{"success": false, "error": "name is required", "code": "invalid_request", "param": "name"}""";

    [Test]
    public void ToContact_SpecGetResponse_MapsEveryField()
    {
        var envelope = JsonSerializer.Deserialize(GetResponse, AgentClaraJsonContext.Default.AgentClaraEnvelopeAgentClaraContactResource)!;

        var contact = AgentClaraMapper.ToContact(envelope.Data!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(envelope.Success, Is.True);
            Assert.That(envelope.Pagination, Is.Null);
            Assert.That(contact.Id, Is.EqualTo("cust_abc123"));
            Assert.That(contact.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
            Assert.That(contact.Name, Is.EqualTo(new PersonName(null, null, "John Smith")));
            Assert.That(contact.Channels, Has.Count.EqualTo(2));
            Assert.That(contact.Channels[0], Is.EqualTo(new ContactChannel(ChannelKind.Email, "john@example.com") { Id = "email", IsPrimary = true }));
            Assert.That(contact.Channels[1], Is.EqualTo(new ContactChannel(ChannelKind.Phone, "+15551234567") { Id = "phone", IsPrimary = true }));
            Assert.That(contact.PrimaryEmail, Is.EqualTo("john@example.com"));
            Assert.That(contact.PrimaryPhone, Is.EqualTo("+15551234567"));
            Assert.That(contact.Tags, Is.EqualTo(Strings("vip")));
            Assert.That(contact.CustomFields.Keys, Is.EquivalentTo(Strings("company", "industry")));
            Assert.That(contact.CustomFields["company"].GetString(), Is.EqualTo("Acme Corp"));
            Assert.That(contact.CustomFields["industry"].GetString(), Is.EqualTo("Technology"));
            Assert.That(contact.CreatedAt, Is.EqualTo(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero)));
            Assert.That(contact.UpdatedAt, Is.EqualTo(new DateTimeOffset(2024, 3, 15, 14, 20, 0, TimeSpan.Zero)));
            Assert.That(contact.Company, Is.Null);
            Assert.That(contact.JobTitle, Is.Null);
            Assert.That(contact.Revision, Is.Null);
            Assert.That(contact.Raw, Is.Null);
        }
    }

    [Test]
    public void Deserialize_SpecGetResponse_ReadsCountAndLastConversation()
    {
        var resource = JsonSerializer.Deserialize(GetResponse, AgentClaraJsonContext.Default.AgentClaraEnvelopeAgentClaraContactResource)!.Data!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resource.ConversationCount, Is.EqualTo(12));
            Assert.That(resource.LastConversation, Is.EqualTo(new DateTimeOffset(2024, 3, 15, 10, 30, 0, TimeSpan.Zero)));
        }
    }

    [Test]
    public void ToContact_WithRaw_KeepsThePayload()
    {
        using var document = JsonDocument.Parse("""{"id": "cust_abc123", "name": "John Smith", "extra": 1}""");
        var resource = document.RootElement.Deserialize(AgentClaraJsonContext.Default.AgentClaraContactResource)!;

        var contact = AgentClaraMapper.ToContact(resource, document.RootElement);

        Assert.That(contact.Raw?.GetProperty("extra").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void ToContact_SpecListItemWithoutCustomFieldsOrCount_MapsWithEmptyCustomFields()
    {
        var envelope = JsonSerializer.Deserialize(BareListResponse, AgentClaraJsonContext.Default.AgentClaraEnvelopeListAgentClaraContactResource)!;

        Assert.That(envelope.Data, Has.Count.EqualTo(1));
        var resource = envelope.Data![0];
        var contact = AgentClaraMapper.ToContact(resource);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(envelope.Success, Is.True);
            Assert.That(envelope.Pagination, Is.Null, "the documented list has no pagination block");
            Assert.That(resource.CustomFields, Is.Null);
            Assert.That(resource.ConversationCount, Is.Null);
            Assert.That(resource.LastConversation, Is.EqualTo(new DateTimeOffset(2024, 3, 15, 10, 30, 0, TimeSpan.Zero)));
            Assert.That(contact.Id, Is.EqualTo("cust_abc123"));
            Assert.That(contact.Name.Full, Is.EqualTo("John Smith"));
            Assert.That(contact.PrimaryEmail, Is.EqualTo("john@example.com"));
            Assert.That(contact.PrimaryPhone, Is.EqualTo("+15551234567"));
            Assert.That(contact.Tags, Is.EqualTo(Strings("vip")));
            Assert.That(contact.CustomFields, Is.Empty);
            Assert.That(contact.CreatedAt, Is.EqualTo(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero)));
            Assert.That(contact.UpdatedAt, Is.EqualTo(new DateTimeOffset(2024, 3, 15, 14, 20, 0, TimeSpan.Zero)));
        }
    }

    [Test]
    public void Deserialize_ProposedPaginationBlock_ReadsEveryField()
    {
        var envelope = JsonSerializer.Deserialize(PagedListResponse, AgentClaraJsonContext.Default.AgentClaraEnvelopeListAgentClaraContactResource)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(envelope.Data, Is.Empty);
            Assert.That(envelope.Pagination, Is.EqualTo(new AgentClaraPagination(25, 0, 57, true)));
        }
    }

    [Test]
    public void ToContact_NullEmailAndPhoneAndNoTags_HasNoChannelsAndNoTags()
    {
        const string Json = """
            {"id": "cust_x1", "name": "No Reach", "email": null, "phone": null, "tags": [], "custom_fields": {},
             "created_at": "2024-01-15T10:30:00Z", "updated_at": "2024-01-15T10:30:00Z", "conversation_count": 0, "last_conversation": null}
            """;
        var resource = JsonSerializer.Deserialize(Json, AgentClaraJsonContext.Default.AgentClaraContactResource)!;

        var contact = AgentClaraMapper.ToContact(resource);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Channels, Is.Empty);
            Assert.That(contact.PrimaryEmail, Is.Null);
            Assert.That(contact.PrimaryPhone, Is.Null);
            Assert.That(contact.Tags, Is.Empty);
            Assert.That(contact.CustomFields, Is.Empty);
            Assert.That(resource.LastConversation, Is.Null);
        }
    }

    [Test]
    public void ToContact_EmptyEmailAndOnlyPhone_HasOnlyThePhoneChannel()
    {
        var resource = new AgentClaraContactResource { Id = "cust_x2", Name = "Phone Only", Email = string.Empty, Phone = "+442071234567" };

        var contact = AgentClaraMapper.ToContact(resource);

        Assert.That(contact.Channels, Is.EqualTo(new List<ContactChannel> { new(ChannelKind.Phone, "+442071234567") { Id = "phone", IsPrimary = true } }));
    }

    [Test]
    public void ToContact_MissingOptionalFields_UsesEmptyDefaults()
    {
        var resource = JsonSerializer.Deserialize("""{"id": "cust_bare"}""", AgentClaraJsonContext.Default.AgentClaraContactResource)!;

        var contact = AgentClaraMapper.ToContact(resource);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Is.EqualTo("cust_bare"));
            Assert.That(contact.Name.Full, Is.Null);
            Assert.That(contact.Channels, Is.Empty);
            Assert.That(contact.Tags, Is.Empty);
            Assert.That(contact.CustomFields, Is.Empty);
            Assert.That(contact.CreatedAt, Is.Null);
            Assert.That(contact.UpdatedAt, Is.Null);
        }
    }

    [Test]
    public void Deserialize_UnknownFields_AreIgnored()
    {
        const string Json = """{"id": "cust_u1", "name": "Future", "loyalty_tier": "gold", "nested": {"a": [1, 2]}}""";

        var resource = JsonSerializer.Deserialize(Json, AgentClaraJsonContext.Default.AgentClaraContactResource)!;

        Assert.That(AgentClaraMapper.ToContact(resource).Name.Full, Is.EqualTo("Future"));
    }

    [TestCase("2024-01-15T10:30:00.5Z", 5_000_000L)]
    [TestCase("2024-01-15T10:30:00.123Z", 1_230_000L)]
    [TestCase("2024-01-15T10:30:00.1234567Z", 1_234_567L)]
    public void ToContact_FractionalSecondTimestamps_KeepTheFraction(string timestamp, long fractionTicks)
    {
        var json = $$"""{"id": "cust_t1", "created_at": "{{timestamp}}", "updated_at": "{{timestamp}}"}""";
        var resource = JsonSerializer.Deserialize(json, AgentClaraJsonContext.Default.AgentClaraContactResource)!;

        var contact = AgentClaraMapper.ToContact(resource);

        var expected = new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero).AddTicks(fractionTicks);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.CreatedAt, Is.EqualTo(expected));
            Assert.That(contact.UpdatedAt, Is.EqualTo(expected));
            Assert.That(contact.CreatedAt!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }

    [Test]
    public void ToContact_CustomFieldsOfEveryFlatKind_KeepTheirJsonKinds()
    {
        const string Json = """{"id": "cust_c1", "custom_fields": {"s": "text", "n": 42.5, "t": true, "f": false, "z": null}}""";
        var resource = JsonSerializer.Deserialize(Json, AgentClaraJsonContext.Default.AgentClaraContactResource)!;

        var fields = AgentClaraMapper.ToContact(resource).CustomFields;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fields["s"].GetString(), Is.EqualTo("text"));
            Assert.That(fields["n"].GetDecimal(), Is.EqualTo(42.5m));
            Assert.That(fields["t"].ValueKind, Is.EqualTo(JsonValueKind.True));
            Assert.That(fields["f"].ValueKind, Is.EqualTo(JsonValueKind.False));
            Assert.That(fields["z"].ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public void ToConversation_SpecListItem_MapsEveryField()
    {
        var envelope = JsonSerializer.Deserialize(
            ConversationListResponse, AgentClaraJsonContext.Default.AgentClaraEnvelopeListAgentClaraConversationResource)!;
        var resource = envelope.Data![0];

        var conversation = AgentClaraMapper.ToConversation(resource);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(conversation.Id, Is.EqualTo("conv_123"));
            Assert.That(conversation.ContactId, Is.EqualTo("cust_abc123"));
            Assert.That(conversation.Channel, Is.EqualTo("sms"));
            Assert.That(conversation.Subject, Is.EqualTo("Booking"));
            Assert.That(conversation.LastMessage, Is.EqualTo("See you then"));
            Assert.That(conversation.Timestamp, Is.EqualTo(new DateTimeOffset(2024, 3, 15, 10, 30, 0, TimeSpan.Zero)));
            Assert.That(conversation.Status, Is.EqualTo("open"));
            Assert.That(conversation.Unread, Is.True);
            Assert.That(conversation.Tags, Is.EqualTo(Strings("callback")));
            Assert.That(resource.CustomerName, Is.EqualTo("John Smith"));
            Assert.That(resource.CustomerEmail, Is.EqualTo("john@example.com"));
            Assert.That(resource.CustomerPhone, Is.EqualTo("+15551234567"));
            Assert.That(conversation.ToString(), Does.Not.Contain("See you then").And.Not.Contain("Booking"));
        }
    }

    [Test]
    public void ToConversation_SpecEnvelopeExampleWithFewFields_UsesDefaults()
    {
        var envelope = JsonSerializer.Deserialize(
            MinimalConversationListResponse, AgentClaraJsonContext.Default.AgentClaraEnvelopeListAgentClaraConversationResource)!;

        var conversation = AgentClaraMapper.ToConversation(envelope.Data![0]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(conversation.Id, Is.EqualTo("conv_123"));
            Assert.That(conversation.Channel, Is.EqualTo("sms"));
            Assert.That(conversation.ContactId, Is.Null);
            Assert.That(conversation.Status, Is.Null);
            Assert.That(conversation.Timestamp, Is.Null);
            Assert.That(conversation.Unread, Is.False);
            Assert.That(conversation.Tags, Is.Empty);
        }
    }

    [Test]
    public void Deserialize_SpecDeleteResponse_ReadsIdAndIgnoresDeletedFlag()
    {
        var envelope = JsonSerializer.Deserialize(DeleteResponse, AgentClaraJsonContext.Default.AgentClaraEnvelopeAgentClaraContactResource)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(envelope.Success, Is.True);
            Assert.That(envelope.Data?.Id, Is.EqualTo("cust_abc123"));
        }
    }

    [Test]
    public void Parse_SpecDocumentedErrorWithoutCode_GivesMessageOnly()
    {
        var error = AgentClaraErrorParser.Instance.Parse(401, DocumentedError);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Is.EqualTo("Invalid API key"));
            Assert.That(error.Code, Is.Null);
            Assert.That(error.Violations, Is.Empty);
            Assert.That(error.IsConflict, Is.False);
        }
    }

    [Test]
    public void Parse_SpecProposedErrorWithCodeAndParam_GivesAFieldViolation()
    {
        var error = AgentClaraErrorParser.Instance.Parse(400, ProposedError);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Is.EqualTo("name is required"));
            Assert.That(error.Code, Is.EqualTo("invalid_request"));
            Assert.That(error.Violations, Is.EqualTo(new List<FieldViolation> { new("name", "name is required", "invalid_request") }));
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("<html>502 Bad Gateway</html>")]
    [TestCase("""{"success": false, "error": """)]
    public void Parse_BodyThatIsNotAnErrorObject_GivesNothing(string? body)
    {
        var error = AgentClaraErrorParser.Instance.Parse(502, body);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Is.Null);
            Assert.That(error.Code, Is.Null);
            Assert.That(error.Violations, Is.Empty);
        }
    }

    [Test]
    public void RequestIdHeaders_IsXRequestId()
        => Assert.That(AgentClaraErrorParser.Instance.RequestIdHeaders, Is.EqualTo(Strings("X-Request-Id")));

    [Test]
    public void ToUpdateBody_EmptyPatch_IsAnEmptyObject()
        => Assert.That(AgentClaraMapper.ToUpdateBody(new ContactPatch()).ToJsonString(), Is.EqualTo("{}"));

    [Test]
    public void ToUpdateBody_RevisionOnly_SendsNothing()
        => Assert.That(AgentClaraMapper.ToUpdateBody(new ContactPatch { ExpectedRevision = "7" }).ToJsonString(), Is.EqualTo("{}"));

    [Test]
    public void ToUpdateBody_NameOnly_SendsOnlyTheTrimmedName()
    {
        var body = AgentClaraMapper.ToUpdateBody(new ContactPatch { Name = PersonName.FromFull("  Jane Doe ") });

        AssertSameJson(body.ToJsonString(), """{"name":"Jane Doe"}""");
    }

    [Test]
    public void ToUpdateBody_NameFromParts_SendsTheJoinedName()
    {
        var body = AgentClaraMapper.ToUpdateBody(new ContactPatch { Name = new PersonName("Jane", "Doe", null) });

        AssertSameJson(body.ToJsonString(), """{"name":"Jane Doe"}""");
    }

    [Test]
    public void ToUpdateBody_CustomFields_SendsValuesAndNullsForRemovals()
    {
        var patch = new ContactPatch
        {
            CustomFields = new Dictionary<string, JsonElement?>
            {
                ["plan"] = Json("\"gold\""),
                ["seats"] = Json("5"),
                ["active"] = Json("true"),
                ["dropped"] = null,
                ["cleared"] = Json("null"),
            },
        };

        var body = AgentClaraMapper.ToUpdateBody(patch);

        var custom = body["custom_fields"]!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.Select(pair => pair.Key), Is.EqualTo(Strings("custom_fields")), "only set keys are sent");
            Assert.That(custom["plan"]!.GetValue<string>(), Is.EqualTo("gold"));
            Assert.That(custom["seats"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
            Assert.That(custom["seats"]!.ToJsonString(), Is.EqualTo("5"));
            Assert.That(custom["active"]!.GetValueKind(), Is.EqualTo(JsonValueKind.True));
            Assert.That(custom.ContainsKey("dropped"), Is.True);
            Assert.That(custom["dropped"], Is.Null, "a removed field is sent as JSON null");
            Assert.That(custom.ContainsKey("cleared"), Is.True);
            Assert.That(custom["cleared"], Is.Null);
            AssertSameJson(body.ToJsonString(), """{"custom_fields":{"plan":"gold","seats":5,"active":true,"dropped":null,"cleared":null}}""");
        }
    }

    [Test]
    public void ToUpdateBody_NameAndCustomFields_SendsBoth()
    {
        var patch = new ContactPatch
        {
            Name = PersonName.FromFull("Jane"),
            CustomFields = new Dictionary<string, JsonElement?> { ["company"] = Json("\"Acme\"") },
        };

        AssertSameJson(AgentClaraMapper.ToUpdateBody(patch).ToJsonString(), """{"name":"Jane","custom_fields":{"company":"Acme"}}""");
    }

    [Test]
    public void ToCreateRequest_FullDraft_SerializesSnakeCaseWithoutNulls()
    {
        var draft = new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Lovelace"),
            Channels = [new ContactChannel(ChannelKind.Phone, "+15551234567"), new ContactChannel(ChannelKind.Email, "ada@example.com")],
            CustomFields = new Dictionary<string, JsonElement> { ["company"] = Json("\"Acme\"") },
        };

        var request = AgentClaraMapper.ToCreateRequest(draft, ["vip", "frequent"]);
        var json = JsonSerializer.Serialize(request, AgentClaraJsonContext.Default.AgentClaraCreateContactRequest);

        AssertSameJson(json, """{"name":"Ada Lovelace","email":"ada@example.com","phone":"+15551234567","tags":["vip","frequent"],"custom_fields":{"company":"Acme"}}""");
    }

    [Test]
    public void ToCreateRequest_NameOnly_SendsOnlyTheName()
    {
        var request = AgentClaraMapper.ToCreateRequest(new ContactDraft { Name = PersonName.FromFull("Ada") }, []);

        AssertSameJson(JsonSerializer.Serialize(request, AgentClaraJsonContext.Default.AgentClaraCreateContactRequest), """{"name":"Ada"}""");
    }

    [Test]
    public void ToTagsBody_Tags_SendsTheWholeArray()
        => AssertSameJson(AgentClaraMapper.ToTagsBody(["vip", "new"]).ToJsonString(), """{"tags":["vip","new"]}""");

    [Test]
    public void ToChannelBody_ValueAndNull_SetOrClearTheField()
    {
        using (Assert.EnterMultipleScope())
        {
            AssertSameJson(AgentClaraMapper.ToChannelBody(ChannelKind.Email, "a@example.com").ToJsonString(), """{"email":"a@example.com"}""");
            AssertSameJson(AgentClaraMapper.ToChannelBody(ChannelKind.Phone, null).ToJsonString(), """{"phone":null}""");
        }
    }

    [Test]
    public void ToChannel_Kind_UsesFieldNameAsIdAndIsPrimary()
    {
        var channel = AgentClaraMapper.ToChannel(ChannelKind.Phone, "+15551234567");

        Assert.That(channel, Is.EqualTo(new ContactChannel(ChannelKind.Phone, "+15551234567") { Id = "phone", IsPrimary = true }));
    }

    [TestCase(ContactSortField.Created, "created")]
    [TestCase(ContactSortField.Updated, "updated")]
    [TestCase(ContactSortField.Name, "name")]
    public void ToSort_Field_GivesTheWireValue(ContactSortField field, string expected)
        => Assert.That(AgentClaraMapper.ToSort(field), Is.EqualTo(expected));

    [TestCase(ContactSortField.Created, null, true)]
    [TestCase(ContactSortField.Created, true, true)]
    [TestCase(ContactSortField.Created, false, false)]
    [TestCase(ContactSortField.Updated, null, true)]
    [TestCase(ContactSortField.Updated, true, true)]
    [TestCase(ContactSortField.Updated, false, false)]
    [TestCase(ContactSortField.Name, null, true)]
    [TestCase(ContactSortField.Name, false, true)]
    [TestCase(ContactSortField.Name, true, false)]
    public void IsNaturalDirection_FieldAndDirection_TimesNewestFirstNamesAToZ(ContactSortField field, bool? descending, bool expected)
        => Assert.That(AgentClaraMapper.IsNaturalDirection(field, descending), Is.EqualTo(expected));

    private static void AssertSameJson(string actual, string expected)
        => Assert.That(JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)), Is.True, $"expected {expected} but was {actual}");

    private static string[] Strings(params string[] values) => values;

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
