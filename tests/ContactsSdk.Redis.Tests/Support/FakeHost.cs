namespace ContactsSdk.Redis.Tests.Support;

/// <summary>The AgentClara fake hosted out of process by the <c>contacts-fakes</c> tool (src/ContactsSdk.Testing.Host).</summary>
public sealed class FakeHost : IDisposable
{
    private readonly ChildProcess _process;

    private FakeHost(ChildProcess process, Uri baseAddress, string apiKey)
    {
        _process = process;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
    }

    public Uri BaseAddress { get; }

    public string ApiKey { get; }

    /// <summary>Starts an AgentClara fake; with <paramref name="rateLimit"/> it answers 429 past those rates per key, as AgentClara does.</summary>
    public static async Task<FakeHost> StartAsync(string? rateLimit = null)
    {
        string[] args = rateLimit is null
            ? ["--vendors", "agentclara", "--exit-on-stdin-close"]
            : ["--vendors", "agentclara", "--agentclara-rate-limit", rateLimit, "--exit-on-stdin-close"];
        var process = ChildProcess.Start("ContactsSdk.Testing.Host", args);
        await process.WaitForLineAsync("READY=1", TimeSpan.FromSeconds(30));
        string Value(string key) => process.Lines.First(line => line.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..];
        return new FakeHost(process, new Uri(Value("AGENTCLARA_BASE_URL")), Value("AGENTCLARA_API_KEY"));
    }

    public void Dispose()
    {
        _process.CloseInput();
        _process.Dispose();
    }
}
