using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Tests.Support;

/// <summary>An <see cref="AgentClaraFake"/> and an AgentClara client registered as <c>clara</c>.</summary>
public sealed class AgentClaraHarness : VendorHarness<AgentClaraFake, IAgentClaraContactsClient>
{
    private AgentClaraHarness(AgentClaraFake fake, Action<AgentClaraOptions>? configure, TimeProvider? timeProvider)
        : base(fake, "clara", sdk => sdk.AddAgentClara("clara", fake, options =>
        {
            ForTests(options.Resilience);
            configure?.Invoke(options);
        }), timeProvider)
    {
    }

    /// <summary>Starts a fake and a client; retries, pacing and the breaker are off unless <paramref name="configure"/> turns them on.</summary>
    public static AgentClaraHarness Start(
        Action<AgentClaraOptions>? configure = null, AgentClaraFakeOptions? fakeOptions = null, TimeProvider? timeProvider = null)
        => new(AgentClaraFake.Start(fakeOptions), configure, timeProvider);
}
