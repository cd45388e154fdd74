using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Support;

/// <summary>A <see cref="WixFake"/> and an API-key Wix client registered as <c>wix</c>.</summary>
public sealed class WixHarness : VendorHarness<WixFake, IWixContactsClient>
{
    private WixHarness(WixFake fake, Action<WixOptions>? configure, TimeProvider? timeProvider)
        : base(fake, "wix", sdk => sdk.AddWix("wix", fake, options =>
        {
            ForTests(options.Resilience);
            configure?.Invoke(options);
        }), timeProvider)
    {
    }

    /// <summary>Starts a fake and an API-key client; retries, pacing and the breaker are off unless <paramref name="configure"/> turns them on.</summary>
    public static WixHarness Start(Action<WixOptions>? configure = null, WixFakeOptions? fakeOptions = null, TimeProvider? timeProvider = null)
        => new(WixFake.Start(fakeOptions), configure, timeProvider);
}
