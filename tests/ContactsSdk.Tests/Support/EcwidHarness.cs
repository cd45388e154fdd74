using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.Ecwid;

namespace ContactsSdk.Tests.Support;

/// <summary>An <see cref="EcwidFake"/> and an Ecwid client for its default store, registered as <c>shop</c>.</summary>
public sealed class EcwidHarness : VendorHarness<EcwidFake, IEcwidContactsClient>
{
    private EcwidHarness(EcwidFake fake, Action<EcwidOptions>? configure, TimeProvider? timeProvider)
        : base(fake, "shop", sdk => sdk.AddEcwid("shop", fake, options =>
        {
            ForTests(options.Resilience);
            configure?.Invoke(options);
        }), timeProvider)
    {
    }

    /// <summary>Starts a fake and a client; retries, pacing and the breaker are off unless <paramref name="configure"/> turns them on.</summary>
    public static EcwidHarness Start(Action<EcwidOptions>? configure = null, EcwidFakeOptions? fakeOptions = null, TimeProvider? timeProvider = null)
        => new(EcwidFake.Start(fakeOptions), configure, timeProvider);
}
