using System.CommandLine;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Cli;

/// <summary>
/// What one invocation works with: the clients, built from configuration (a --config JSON file, then environment variables,
/// with the same option names as <c>AddContactsSdk</c>: <c>Contacts:Ecwid:AccessToken</c>, or <c>Contacts__Ecwid__AccessToken</c>
/// in the environment), or — with --demo — from the embedded fakes, seeded.
/// </summary>
internal sealed class CliSession : IAsyncDisposable
{
    public const string Section = "Contacts";

    private static readonly string[] VendorNames = ["ecwid", "wix", "agentclara"];

    private readonly List<VendorFake> _fakes;
    private readonly ContactsClients _clients;
    private readonly HashSet<string> _configured;

    private CliSession(ContactsClients clients, HashSet<string> configured, List<VendorFake> fakes, bool demo, IConfiguration configuration)
    {
        _clients = clients;
        _configured = configured;
        _fakes = fakes;
        IsDemo = demo;
        Configuration = configuration;
    }

    public bool IsDemo { get; }

    public IConfiguration Configuration { get; }

    public bool Json { get; private init; }

    public TextWriter Output { get; private init; } = TextWriter.Null;

    public TextWriter Error { get; private init; } = TextWriter.Null;

    public static CliSession Open(ParseResult parse, TextWriter output, TextWriter error)
    {
        var configuration = Load(parse.GetValue(CliOptions.Config));
        var demo = parse.GetValue(CliOptions.Demo);
        var fakes = demo ? DemoData.StartFakes() : [];
        var configured = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var clients = new ContactsClientBuilder().Configure(sdk =>
        {
            if (demo)
            {
                RegisterFakes(sdk, fakes, configured);
            }
            else
            {
                RegisterConfigured(sdk, configuration, configured);
            }
        }).Build();
        return new CliSession(clients, configured, fakes, demo, configuration)
        {
            Json = parse.GetValue(CliOptions.Json),
            Output = output,
            Error = error,
        };
    }

    /// <summary>Gets the client registered under a vendor name, or throws <see cref="CliUsageException"/> saying how to configure it.</summary>
    public IContactsClient Client(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        if (!VendorNames.Contains(key))
        {
            throw new CliUsageException($"Unknown vendor '{name}': use ecwid, wix or agentclara.");
        }

        if (!_configured.Contains(key))
        {
            throw new CliConfigurationException(
                $"No {key} credentials are configured. Set them in the environment (e.g. {Hint(key)}) or a --config file, or try --demo.");
        }

        return _clients.Get(key);
    }

    public async ValueTask DisposeAsync()
    {
        await _clients.DisposeAsync();
        _fakes.ForEach(fake => fake.Dispose());
    }

    private static IConfiguration Load(FileInfo? file)
    {
        var builder = new ConfigurationBuilder();
        if (file is not null)
        {
            if (!file.Exists)
            {
                throw new CliUsageException($"The settings file {file.FullName} does not exist.");
            }

            builder.AddJsonFile(file.FullName, optional: false);
        }

        return builder.AddEnvironmentVariables().Build();
    }

    private static void RegisterConfigured(ContactsSdkBuilder sdk, IConfiguration configuration, HashSet<string> configured)
    {
        var contacts = configuration.GetSection(Section);
        Register(contacts, "ecwid", "Ecwid", section => sdk.AddEcwid("ecwid", section));
        Register(contacts, "wix", "Wix", section => sdk.AddWix("wix", section));
        Register(contacts, "agentclara", "AgentClara", section => sdk.AddAgentClara("agentclara", section));

        void Register(IConfigurationSection parent, string name, string sectionName, Action<IConfigurationSection> add)
        {
            var section = parent.GetSection(sectionName);
            if (section.GetChildren().Any())
            {
                add(section);
                configured.Add(name);
            }
        }
    }

    private static void RegisterFakes(ContactsSdkBuilder sdk, List<VendorFake> fakes, HashSet<string> configured)
    {
        foreach (var fake in fakes)
        {
            _ = fake switch
            {
                EcwidFake ecwid => sdk.AddEcwid("ecwid", ecwid),
                WixFake wix => sdk.AddWix("wix", wix),
                AgentClaraFake clara => sdk.AddAgentClara("agentclara", clara),
                _ => sdk,
            };
        }

        configured.UnionWith(VendorNames);
    }

    private static string Hint(string vendor) => vendor switch
    {
        "ecwid" => "Contacts__Ecwid__StoreId and Contacts__Ecwid__AccessToken",
        "wix" => "Contacts__Wix__ApiKey and Contacts__Wix__SiteId",
        _ => "Contacts__AgentClara__ApiKey",
    };
}
