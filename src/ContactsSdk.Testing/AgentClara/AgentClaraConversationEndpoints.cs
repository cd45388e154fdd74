using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Handles the conversation operations of the proposed contract (§1.6, §2.4).
/// </summary>
internal static class AgentClaraConversationEndpoints
{
    private const int ListDefaultLimit = 25;
    private static readonly HashSet<string> PhoneChannels = new HashSet<string>(["sms", "voice", "whatsapp"], StringComparer.Ordinal);
    private static readonly HashSet<string> PhoneRequiredChannels = new HashSet<string>(["sms", "voice"], StringComparer.Ordinal);

    /// <summary>Handles <c>GET /conversations</c>: filter by channel, status and customer, newest first.</summary>
    public static FakeHttpResponse List(AgentClaraCall call)
    {
        var limit = AgentClaraRules.ReadLimit(call.Query, ListDefaultLimit);
        var offset = AgentClaraRules.ReadOffset(call.Query);
        var conversations = NewestFirst(Filter(call.Store.Conversations, call.Query)).ToList();
        return Page(call, conversations, limit, offset);
    }

    /// <summary>Handles <c>GET /conversations/{id}</c>: the detail view with messages.</summary>
    public static FakeHttpResponse Get(AgentClaraCall call) => Detail(200, FindOrThrow(call));

    /// <summary>Handles <c>POST /conversations</c>: finds or creates the contact, then 201 with the detail view.</summary>
    public static FakeHttpResponse Create(AgentClaraCall call)
    {
        var body = call.ReadBody("channel", "customer_phone", "customer_email", "customer_name", "subject", "message");
        var channel = AgentClaraRules.ReadChoice(body["channel"], "channel", AgentClaraRules.Channels);
        var phone = AgentClaraRules.ReadPhone(body["customer_phone"], "customer_phone");
        var email = AgentClaraRules.ReadEmail(body["customer_email"], "customer_email");
        var name = AgentClaraRules.ReadName(body["customer_name"], "customer_name");
        var subject = AgentClaraRules.ReadString(body["subject"], "subject");
        var message = AgentClaraRules.ReadString(body["message"], "message");
        RequireChannelAddress(channel, phone, email);

        var contact = FindContact(call.Store, channel, phone, email)
            ?? CreateContact(call, string.IsNullOrEmpty(name) ? phone ?? email : name, phone, email);
        var conversation = call.Store.Add(new AgentClaraConversation
        {
            Id = FakeIds.Create("conv_"),
            CustomerId = contact.Id,
            CustomerName = string.IsNullOrEmpty(name) ? contact.Name : name,
            CustomerEmail = email ?? contact.Email,
            CustomerPhone = phone ?? contact.Phone,
            Channel = channel,
            Subject = subject,
            Status = "open",
            Timestamp = call.Now,
        });
        if (!string.IsNullOrWhiteSpace(message))
        {
            AddMessage(conversation, "assistant", message, call.Now);
        }

        return Detail(201, conversation);
    }

    /// <summary>Handles <c>POST /conversations/{id}/messages</c>: 201 with the new message.</summary>
    public static FakeHttpResponse SendMessage(AgentClaraCall call)
    {
        var conversation = FindOrThrow(call);
        var body = call.ReadBody("content", "sender");
        var content = AgentClaraRules.ReadString(body["content"], "content");
        if (string.IsNullOrWhiteSpace(content))
        {
            throw AgentClaraErrors.Invalid("content is required", "content");
        }

        var sender = AgentClaraRules.ReadChoice(body["sender"], "sender", AgentClaraRules.Senders, fallback: "assistant");
        var message = AddMessage(conversation, sender, content, call.Now);
        return FakeHttpResponse.Json(201, AgentClaraJson.Success(AgentClaraJson.Message(message)));
    }

    /// <summary>Handles <c>PATCH /conversations/{id}</c>: sets status, customer name or tags (tags replace).</summary>
    public static FakeHttpResponse Update(AgentClaraCall call)
    {
        var conversation = FindOrThrow(call);
        var body = call.ReadBody("status", "customer_name", "tags");
        var status = body.TryGetPropertyValue("status", out var statusNode)
            ? AgentClaraRules.ReadChoice(statusNode, "status", AgentClaraRules.Statuses)
            : conversation.Status;
        var name = body.TryGetPropertyValue("customer_name", out var nameNode)
            ? AgentClaraRules.RequireName(nameNode, "customer_name")
            : conversation.CustomerName;
        var tags = body.TryGetPropertyValue("tags", out var tagsNode)
            ? AgentClaraRules.ReadTags(tagsNode)
            : conversation.Tags;

        (conversation.Status, conversation.CustomerName, conversation.Tags) = (status, name, tags);
        return Detail(200, conversation);
    }

    /// <summary>Handles <c>POST /conversations/{id}/close</c>: sets the status to <c>closed</c>.</summary>
    public static FakeHttpResponse Close(AgentClaraCall call)
    {
        var conversation = FindOrThrow(call);
        conversation.Status = "closed";
        return Detail(200, conversation);
    }

    /// <summary>Orders conversations newest <c>timestamp</c> first, ties on id.</summary>
    public static IEnumerable<AgentClaraConversation> NewestFirst(IEnumerable<AgentClaraConversation> conversations) =>
        conversations
            .OrderByDescending(conversation => conversation.Timestamp)
            .ThenBy(conversation => conversation.Id, StringComparer.Ordinal);

    /// <summary>Answers one page of conversation list items.</summary>
    public static FakeHttpResponse Page(AgentClaraCall call, List<AgentClaraConversation> matches, int limit, int offset)
    {
        var items = matches.Skip(offset).Take(limit).Select(conversation => AgentClaraJson.Conversation(conversation, withMessages: false)).ToList();
        var body = AgentClaraJson.Page(items, new AgentClaraPage(limit, offset, matches.Count), call.EmitPagination);
        return FakeHttpResponse.Json(200, body);
    }

    /// <summary>Appends a message and moves the conversation's latest activity to it.</summary>
    public static AgentClaraMessage AddMessage(AgentClaraConversation conversation, string sender, string content, DateTimeOffset now)
    {
        var message = new AgentClaraMessage(FakeIds.Create("msg_"), sender, content, now);
        conversation.Messages.Add(message);
        conversation.LastMessage = content;
        conversation.Timestamp = now;
        if (sender == "customer")
        {
            conversation.Unread = true;
        }

        return message;
    }

    private static IEnumerable<AgentClaraConversation> Filter(IEnumerable<AgentClaraConversation> conversations, FakeQuery query)
    {
        if (query.Get("channel") is { } channel)
        {
            AgentClaraRules.CheckChoice(channel, "channel", AgentClaraRules.Channels);
            conversations = conversations.Where(conversation => conversation.Channel == channel);
        }

        if (query.Get("status") is { } status)
        {
            AgentClaraRules.CheckChoice(status, "status", AgentClaraRules.Statuses);
            conversations = conversations.Where(conversation => conversation.Status == status);
        }

        if (query.Get("customer_id") is { } customerId)
        {
            conversations = conversations.Where(conversation => conversation.CustomerId == customerId);
        }

        return conversations;
    }

    private static void RequireChannelAddress(string channel, string? phone, string? email)
    {
        if (PhoneRequiredChannels.Contains(channel) && phone is null)
        {
            throw AgentClaraErrors.Invalid($"customer_phone is required for channel {channel}", "customer_phone");
        }

        if (channel == "email" && email is null)
        {
            throw AgentClaraErrors.Invalid("customer_email is required for channel email", "customer_email");
        }
    }

    private static AgentClaraContact? FindContact(AgentClaraStore store, string channel, string? phone, string? email)
    {
        // The channel decides which address identifies the customer; other channels use whatever was given.
        var byPhone = phone is not null && (PhoneChannels.Contains(channel) || email is null);
        return store.Contacts
            .OrderBy(contact => contact.CreatedAt)
            .ThenBy(contact => contact.Id, StringComparer.Ordinal)
            .FirstOrDefault(contact => byPhone
                ? contact.Phone == phone
                : email is not null && string.Equals(contact.Email, email, StringComparison.OrdinalIgnoreCase));
    }

    private static AgentClaraContact CreateContact(AgentClaraCall call, string? name, string? phone, string? email)
    {
        if (name is null)
        {
            throw AgentClaraErrors.Invalid("customer_name, customer_phone or customer_email is required", "customer_name");
        }

        return call.Store.Add(new AgentClaraContact
        {
            Id = FakeIds.Create("cust_"),
            Name = name,
            Email = email,
            Phone = phone,
            CreatedAt = call.Now,
            UpdatedAt = call.Now,
        });
    }

    private static AgentClaraConversation FindOrThrow(AgentClaraCall call) =>
        call.Store.FindConversation(call.Id) ?? throw AgentClaraErrors.ConversationNotFound();

    private static FakeHttpResponse Detail(int statusCode, AgentClaraConversation conversation) =>
        FakeHttpResponse.Json(statusCode, AgentClaraJson.Success(AgentClaraJson.Conversation(conversation, withMessages: true)));
}
