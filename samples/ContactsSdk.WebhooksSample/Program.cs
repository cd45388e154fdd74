using ContactsSdk.WebhooksSample;

// Receives all three vendors' webhooks from the embedded fakes and prints them; see WebhooksDemo.
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
return await WebhooksDemo.RunAsync(Console.Out, stop.Token);
