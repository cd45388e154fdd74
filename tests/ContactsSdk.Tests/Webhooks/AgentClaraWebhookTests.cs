using System.Security.Cryptography;
using ContactsSdk.Changes;
using ContactsSdk.Tests.Support;
using ContactsSdk.Webhooks;

namespace ContactsSdk.Tests.Webhooks;

/// <summary>AgentClara's unsigned events: the four documented samples, an unknown event and a missing <c>data</c>, all hints.</summary>
public sealed class AgentClaraWebhookTests
{
    [TestCase("conversation.created", "cust_456")]
    [TestCase("appointment.booked", "cust_456")]
    [TestCase("conversation.updated", null)]
    [TestCase("message.received", null)]
    [TestCase("unknown.event", null)]
    [TestCase("missing-data", null)]
    public void Parse_DocumentedAndOddSamples_YieldAHintOnlyWhenACustomerIsNamed(string name, string? customerId)
    {
        var body = WebhookFixtures.Bytes("agentclara", name + ".json");

        var parsed = AgentClaraWebhook.Parse(body);

        Assert.That(parsed.Changes.Select(change => (change.Kind, change.ContactId)), Is.EqualTo(customerId is null ? [] : new[] { (ContactChangeKind.Updated, customerId) }));
        Assert.That((parsed.IsHint, parsed.SignatureVerified, parsed.PayloadAuthenticated), Is.EqualTo((true, false, false)));
        Assert.That(parsed.EventId, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(body))), "no id on the wire: the body's hash de-duplicates resends");
    }

    [TestCase("")]
    [TestCase("{\"timestamp\":\"2024-03-15T10:30:00Z\"}")]
    [TestCase("not json")]
    public void Parse_NotAnAgentClaraEvent_ThrowsBadFormat(string body)
        => Assert.That(Assert.Throws<WebhookVerificationException>(() => AgentClaraWebhook.Parse(System.Text.Encoding.UTF8.GetBytes(body)))?.Reason, Is.EqualTo(WebhookFailureReason.BadFormat));

    [Test]
    public void ToString_NeverShowsTheCustomersNameOrPhone()
        => Assert.That(AgentClaraWebhook.Parse(WebhookFixtures.Bytes("agentclara", "appointment.booked.json")).ToString(), Does.Not.Contain("John").And.Not.Contain("+1234567890"));
}
