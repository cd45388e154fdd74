using ContactsSdk.Samples;

// `serve` hosts the three fakes for out-of-process clients (the contacts-fakes tool, see FakesHost); it prints KEY=VALUE lines.
if (args is ["serve"])
{
    return await FakesHost.ServeAsync(Console.Out);
}

// Runs the walk-throughs by name (default: all of them). Without credentials each runs against its embedded fake.
var samples = new Dictionary<string, Func<TextWriter, CancellationToken, Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["agentclara"] = AgentClaraSample.RunFromEnvironmentAsync,
    ["wix"] = WixSample.RunFromEnvironmentAsync,
    ["ecwid"] = EcwidSample.RunFromEnvironmentAsync,
};
var selected = args.Length == 0 ? [.. samples.Keys] : args;
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
foreach (var name in selected)
{
    if (!samples.TryGetValue(name, out var run))
    {
        Console.Error.WriteLine($"Unknown sample '{name}'. Available: {string.Join(", ", samples.Keys)}");
        return 2;
    }

    Console.WriteLine($"=== {name} ===");
    try
    {
        await run(Console.Out, cancellation.Token);
    }
    catch (SampleConfigurationException refused)
    {
        // The environment holds a fake's credential without its base address (see SampleEnvironment): nothing was sent.
        Console.Error.WriteLine(refused.Message);
        return 2;
    }

    Console.WriteLine();
}

return 0;
