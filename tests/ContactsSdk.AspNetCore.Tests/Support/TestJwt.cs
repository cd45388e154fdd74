using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ContactsSdk.AspNetCore.Tests.Support;

/// <summary>Signs Wix-shaped webhook tokens by hand with a key pair made for the test run.</summary>
internal sealed class TestJwt : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);

    public string PublicPem => _key.ExportSubjectPublicKeyInfoPem();

    public string Sign(string eventType, string eventId, string contactId, string? sequence = "1", string? originatedFrom = null)
    {
        var domainEvent = new JsonObject
        {
            ["id"] = eventId,
            ["entityFqdn"] = "wix.contacts.v4.contact",
            ["slug"] = "updated",
            ["entityId"] = contactId,
            ["eventTime"] = "2026-12-04T10:00:00.000Z",
            ["entityEventSequence"] = sequence,
            ["updatedEvent"] = new JsonObject { ["currentEntity"] = new JsonObject { ["id"] = contactId, ["info"] = new JsonObject { ["name"] = new JsonObject { ["first"] = "Zoë" } } } },
        };
        if (originatedFrom is not null)
        {
            domainEvent["originatedFrom"] = originatedFrom;
        }

        var envelope = new JsonObject { ["eventType"] = eventType, ["instanceId"] = "instance-1", ["data"] = domainEvent.ToJsonString() };
        var header = Segment("""{"alg":"RS256","typ":"JWT"}""");
        var payload = Segment(new JsonObject { ["data"] = envelope.ToJsonString() }.ToJsonString());
        var signature = _key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    public void Dispose() => _key.Dispose();

    private static string Segment(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
