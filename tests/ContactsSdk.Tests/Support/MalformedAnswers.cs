using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// Builds each vendor's answer to any request as a valid "universal" body (every envelope part a method might read, so
/// the same answer serves every endpoint of the vendor), then mis-shapes it one way.
/// </summary>
public static partial class MalformedAnswers
{
    private const string Stamp = "2024-01-01T00:00:00Z";
    private const string EcwidStamp = "2024-01-01 00:00:00 +0000";

    public static ScriptedAnswer For(ContactsVendor vendor, MalformedShape shape, ScriptedRequest request)
        => shape switch
        {
            MalformedShape.EmptyObject => ScriptedAnswer.Json("{}"),
            MalformedShape.JsonNull => ScriptedAnswer.Json("null"),
            MalformedShape.TopLevelArray => ScriptedAnswer.Json("[]"),
            MalformedShape.NotJson => ScriptedAnswer.Json("<html>gateway</html>"),
            MalformedShape.EmptyBody => ScriptedAnswer.Json(string.Empty),
            MalformedShape.DuplicateKeys => ScriptedAnswer.Json(DuplicateIds(Valid(vendor, request).ToJsonString())),
            _ => ScriptedAnswer.Json(Mutate(vendor, shape, Valid(vendor, request)).ToJsonString()),
        };

    /// <summary>The vendor's valid universal answer to <paramref name="request"/>.</summary>
    public static JsonObject Valid(ContactsVendor vendor, ScriptedRequest request)
        => vendor switch
        {
            ContactsVendor.AgentClara => AgentClara(request),
            ContactsVendor.Wix => Wix(),
            ContactsVendor.Ecwid => Ecwid(),
            _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
        };

    private static JsonObject AgentClara(ScriptedRequest request)
    {
        var path = request.PathOnly;
        var isList = request.Method == "GET" && (path.EndsWith("/contacts", StringComparison.Ordinal) || path.EndsWith("/search", StringComparison.Ordinal));
        var isConversations = path.EndsWith("/conversations", StringComparison.Ordinal);
        JsonNode data = isConversations ? new JsonArray(ClaraConversation()) : isList ? new JsonArray(ClaraContact()) : ClaraContact();
        return new JsonObject
        {
            ["success"] = true,
            ["data"] = data,
            ["pagination"] = new JsonObject { ["limit"] = 100, ["offset"] = 0, ["total"] = 1, ["has_more"] = false },
        };
    }

    private static JsonObject ClaraContact()
        => new()
        {
            ["id"] = PublicClientMethods.AgentClaraId,
            ["name"] = "Ada Lovelace",
            ["email"] = "ada@example.com",
            ["phone"] = "+15551234567",
            ["tags"] = new JsonArray("vip"),
            ["custom_fields"] = new JsonObject { ["tier"] = "gold" },
            ["created_at"] = Stamp,
            ["updated_at"] = Stamp,
        };

    private static JsonObject ClaraConversation()
        => new() { ["id"] = "conv_1", ["customer_id"] = PublicClientMethods.AgentClaraId, ["channel"] = "sms", ["tags"] = new JsonArray("open") };

    private static JsonObject Wix()
        => new()
        {
            ["contact"] = WixContact(),
            ["label"] = WixLabel(),
            ["field"] = WixField(),
            ["contacts"] = new JsonArray(WixContact()),
            ["labels"] = new JsonArray(WixLabel()),
            ["fields"] = new JsonArray(WixField()),
            ["jobId"] = "job-1",
            ["pagingMetadata"] = new JsonObject { ["count"] = 1, ["offset"] = 0, ["total"] = 1, ["tooManyToCount"] = false },
        };

    private static JsonObject WixContact()
        => new()
        {
            ["id"] = PublicClientMethods.WixId,
            ["revision"] = 1,
            ["createdDate"] = Stamp,
            ["updatedDate"] = Stamp,
            ["primaryInfo"] = new JsonObject { ["email"] = "ada@example.com" },
            ["info"] = new JsonObject
            {
                ["name"] = new JsonObject { ["first"] = "Ada", ["last"] = "Lovelace" },
                ["emails"] = new JsonObject
                {
                    ["items"] = new JsonArray(new JsonObject { ["id"] = PublicClientMethods.WixOtherId, ["tag"] = "MAIN", ["email"] = "ada@example.com", ["primary"] = true }),
                },
                ["phones"] = new JsonObject
                {
                    ["items"] = new JsonArray(new JsonObject { ["id"] = "7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d", ["tag"] = "MOBILE", ["phone"] = "5551234567", ["primary"] = true }),
                },
                ["labelKeys"] = new JsonObject { ["items"] = new JsonArray("custom.vip") },
                ["extendedFields"] = new JsonObject { ["items"] = new JsonObject { ["custom.tier"] = "gold" } },
            },
        };

    private static JsonObject WixLabel() => new() { ["key"] = "custom.vip", ["displayName"] = "VIP", ["labelType"] = "USER_DEFINED" };

    private static JsonObject WixField()
        => new() { ["key"] = "custom.tier", ["displayName"] = "Tier", ["dataType"] = "TEXT", ["fieldType"] = "USER_DEFINED" };

    // One object that reads as a customer, a customer contact, a group, a deleted customer and a mutation result, with
    // the search envelope around a list of the same.
    private static JsonObject Ecwid()
    {
        var top = EcwidEntity();
        top["items"] = new JsonArray(EcwidEntity());
        top["total"] = 1;
        top["count"] = 1;
        top["offset"] = 0;
        top["limit"] = 100;
        top["createCount"] = 1;
        top["updateCount"] = 1;
        top["deleteCount"] = 1;
        return top;
    }

    private static JsonObject EcwidEntity()
        => new()
        {
            ["id"] = 123,
            ["email"] = "ada@example.com",
            ["name"] = "Ada Lovelace",
            ["registered"] = EcwidStamp,
            ["updated"] = EcwidStamp,
            ["date"] = EcwidStamp,
            ["billingPerson"] = new JsonObject { ["name"] = "Ada Lovelace", ["phone"] = "+15551234567" },
            ["contacts"] = new JsonArray(new JsonObject { ["id"] = 5, ["contact"] = "ada@example.com", ["type"] = "EMAIL", ["default"] = true }),
            ["shippingAddresses"] = new JsonArray(new JsonObject { ["id"] = 7, ["name"] = "Ada Lovelace", ["city"] = "London" }),
            ["contact"] = "+15551234567",
            ["type"] = "PHONE",
        };

    private static JsonObject Mutate(ContactsVendor vendor, MalformedShape shape, JsonObject body)
    {
        switch (shape)
        {
            case MalformedShape.NullData:
                foreach (var name in TopParts(vendor))
                {
                    body[name] = null;
                }

                return body;
            case MalformedShape.NullItems:
                Walk(body, (parent, name, node) => node is JsonArray ? (true, new JsonArray((JsonNode?)null)) : (false, null));
                return body;
            case MalformedShape.NullNestedItems:
                Walk(body, (parent, name, node) => node is JsonArray && !(parent == body && TopLists(vendor).Contains(name)) ? (true, new JsonArray((JsonNode?)null)) : (false, null));
                return body;
            case MalformedShape.MissingId:
                Walk(body, (parent, name, node) =>
                {
                    if (name is "id" or "key")
                    {
                        ((JsonObject)parent).Remove(name);
                    }

                    return (false, null);
                });
                return body;
            case MalformedShape.NullId:
                Walk(body, (parent, name, node) => name is "id" or "key" ? (true, null) : (false, null));
                return body;
            case MalformedShape.EmptyId:
                Walk(body, (parent, name, node) => name is "id" or "key" ? (true, JsonValue.Create(string.Empty)) : (false, null));
                return body;
            case MalformedShape.WrongTypes:
                Walk(body, (parent, name, node) => name switch
                {
                    "id" or "key" => (true, node?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? JsonValue.Create("x") : JsonValue.Create(42)),
                    "success" or "email" or "revision" or "registered" or "createdDate" => (true, new JsonArray()),
                    _ => (false, null),
                });
                return body;
            case MalformedShape.WrongEnvelopeTypes:
                foreach (var name in TopParts(vendor))
                {
                    body[name] = body[name] is JsonArray ? new JsonObject() : JsonValue.Create("text");
                }

                return body;
            default:
                throw new ArgumentOutOfRangeException(nameof(shape));
        }
    }

    private static string[] TopParts(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => ["data"],
            ContactsVendor.Wix => ["contact", "label", "field", "contacts", "labels", "fields", "jobId"],
            _ => ["items", "contacts", "billingPerson"],
        };

    private static string[] TopLists(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => ["data"],
            ContactsVendor.Wix => ["contacts", "labels", "fields"],
            _ => ["items"],
        };

    /// <summary>Visits every property and array item; <paramref name="visit"/> may replace the node it is given.</summary>
    private static void Walk(JsonNode node, Func<JsonNode, string, JsonNode?, (bool Replace, JsonNode? With)> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    var (replace, with) = visit(obj, name, child);
                    if (replace)
                    {
                        obj[name] = with;
                    }
                    else if (obj.ContainsKey(name) && child is not null)
                    {
                        Walk(child, visit);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.ToList())
                {
                    if (item is not null)
                    {
                        Walk(item, visit);
                    }
                }

                break;
        }
    }

    // Writes every "id"/"key" twice, the second time with another value of the same type: the last one must not win.
    private static string DuplicateIds(string json)
        => IdProperty().Replace(json, match => match.Groups["value"].Value.StartsWith('"')
            ? $"{match.Value},\"{match.Groups["name"].Value}\":\"other-{match.Groups["name"].Value}\""
            : $"{match.Value},\"{match.Groups["name"].Value}\":999");

    [GeneratedRegex("\"(?<name>id|key)\":(?<value>\"[^\"]*\"|\\d+)")]
    private static partial Regex IdProperty();
}
