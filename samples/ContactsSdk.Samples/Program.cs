using ContactsSdk.Samples;

// Runs a walk-through by name (default: agentclara). Without credentials it runs against the embedded fake.
var name = args.Length > 0 ? args[0].ToLowerInvariant() : "agentclara";
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
switch (name)
{
    case "agentclara":
        await AgentClaraSample.RunFromEnvironmentAsync(Console.Out, cancellation.Token);
        return 0;
    case "wix":
        await WixSample.RunFromEnvironmentAsync(Console.Out, cancellation.Token);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown sample '{name}'. Available: agentclara, wix");
        return 2;
}
