using System.Globalization;

namespace ContactsSdk.Testing.Host;

/// <summary>What <c>contacts-fakes</c> runs: which fakes, on which ports, seeded or not, and how it stops.</summary>
public sealed record FakesServerOptions
{
    /// <summary>The command-line help.</summary>
    public const string Usage = """
        Usage: contacts-fakes [options]
        Runs the ContactsSdk fakes on loopback and prints KEY=VALUE lines (base address + credentials) on stdout.
          --vendors <list>         Comma-separated: agentclara, wix, ecwid (default: all three)
          --agentclara-port <n>    Fixed port for the AgentClara fake (default: a free one)
          --wix-port <n>           Fixed port for the Wix fake
          --ecwid-port <n>         Fixed port for the Ecwid fake
          --seed                   Create three demo contacts in each fake
          --agentclara-rate-limit <perMinute>,<perTenSeconds>
                                   Answer 429 past these rates per key, as AgentClara does (e.g. 1000,100)
          --exit-on-stdin-close    Also stop when standard input closes (for scripts that hold a pipe)
          -h, --help               Show this help
        Stops on Ctrl+C or SIGTERM.
        """;

    /// <summary>Gets the vendors whose fakes run, in the order their lines are printed.</summary>
    /// <value>Defaults to all three.</value>
    public IReadOnlyList<ContactsVendor> Vendors { get; init; } = [ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid];

    /// <summary>Gets the fixed port per vendor; a vendor not listed gets a free port.</summary>
    public IReadOnlyDictionary<ContactsVendor, int> Ports { get; init; } = new Dictionary<ContactsVendor, int>();

    /// <summary>Gets whether each fake starts with three demo contacts.</summary>
    public bool Seed { get; init; }

    /// <summary>Gets whether the server also stops when its standard input closes.</summary>
    public bool StopWhenInputCloses { get; init; }

    /// <summary>Gets the rate limit the AgentClara fake enforces per key, or null for none (the default).</summary>
    public (int PerMinute, int PerTenSeconds)? AgentClaraRateLimit { get; init; }

    /// <summary>Gets whether only the help was asked for.</summary>
    public bool ShowHelp { get; init; }

    /// <summary>Reads the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="options">The options read, when the arguments are valid.</param>
    /// <param name="error">What is wrong, when they are not.</param>
    /// <returns>Whether the arguments are valid.</returns>
    public static bool TryParse(IReadOnlyList<string> args, out FakesServerOptions options, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = new FakesServerOptions();
        error = null;
        var ports = new Dictionary<ContactsVendor, int>();
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "-h" or "--help":
                    options = options with { ShowHelp = true };
                    break;
                case "--seed":
                    options = options with { Seed = true };
                    break;
                case "--exit-on-stdin-close":
                    options = options with { StopWhenInputCloses = true };
                    break;
                case "--vendors":
                    i++;
                    error = TryParseVendors(value, out var vendors);
                    options = options with { Vendors = vendors };
                    break;
                case "--agentclara-rate-limit":
                    i++;
                    error = TryParseRateLimit(value, out var rateLimit);
                    options = options with { AgentClaraRateLimit = rateLimit };
                    break;
                case "--agentclara-port" or "--wix-port" or "--ecwid-port":
                    i++;
                    error = TryParsePort(args[i - 1], value, out var port);
                    ports[VendorOf(args[i - 1]["--".Length..^"-port".Length])!.Value] = port;
                    break;
                default:
                    error = $"Unknown option '{args[i]}'.";
                    break;
            }
        }

        options = options with { Ports = ports };
        return error is null;
    }

    private static string? TryParseVendors(string? value, out IReadOnlyList<ContactsVendor> vendors)
    {
        var names = (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = names.Select(VendorOf).ToList();
        vendors = [.. parsed.OfType<ContactsVendor>().Distinct()];
        return names.Length == 0 || parsed.Contains(null)
            ? $"--vendors takes a comma-separated list of agentclara, wix, ecwid; got '{value}'."
            : null;
    }

    private static string? TryParsePort(string option, string? value, out int port)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is > 0 and <= 65535
            ? null
            : $"{option} takes a port between 1 and 65535; got '{value}'.";

    private static string? TryParseRateLimit(string? value, out (int PerMinute, int PerTenSeconds)? limit)
    {
        var parts = (value ?? string.Empty).Split(',');
        limit = null;
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var perMinute) && perMinute > 0
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var perTenSeconds) && perTenSeconds > 0)
        {
            limit = (perMinute, perTenSeconds);
            return null;
        }

        return $"--agentclara-rate-limit takes two positive numbers, per minute and per ten seconds (e.g. 1000,100); got '{value}'.";
    }

    private static ContactsVendor? VendorOf(string name) => name.ToUpperInvariant() switch
    {
        "AGENTCLARA" => ContactsVendor.AgentClara,
        "WIX" => ContactsVendor.Wix,
        "ECWID" => ContactsVendor.Ecwid,
        _ => null,
    };
}
