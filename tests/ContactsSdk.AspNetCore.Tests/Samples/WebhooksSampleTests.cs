using ContactsSdk.WebhooksSample;

namespace ContactsSdk.AspNetCore.Tests.Samples;

/// <summary>The webhooks sample, run as a user runs it: every vendor's events arrive, and no contact data is printed.</summary>
public sealed class WebhooksSampleTests
{
    [Test]
    public async Task RunAsync_ReceivesEveryVendorsEvents_AndPrintsNoContactData()
    {
        using var output = new StringWriter();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var exitCode = await WebhooksDemo.RunAsync(output, guard.Token);

        var printed = output.ToString();
        Assert.That(exitCode, Is.Zero, printed);
        Assert.That(printed, Does.Contain("customer.created").And.Contain("contact_merged").And.Contain("conversation.created").And.Contain("merge fan-out, already handled"));
        Assert.That(printed, Does.Not.Contain("Ada").And.Not.Contain("ada@example.com").And.Not.Contain("Grace").And.Not.Contain("Turing").And.Not.Contain("+1415"));
    }
}
