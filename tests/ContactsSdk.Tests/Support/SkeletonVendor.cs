using ContactsSdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Support;

/// <summary>What the cross-vendor skeleton tests need to know about one fake: how to start it, call it and read its errors.</summary>
/// <remarks><see cref="NotEmulatedCode"/> is null for Wix, whose 5xx bodies carry a message but no application code.</remarks>
public sealed record SkeletonVendor(
    ContactsVendor Vendor,
    Func<FakeTimeProvider, int?, VendorFake> Start,
    string ListPath,
    Func<string, (string Name, string Value)[]> Credentials,
    string DefaultCredential,
    Action<VendorFake, string> AddCredential,
    Func<VendorFake, int> ContactCount,
    Func<string, string> GetPath,
    int AuthStatus,
    string AuthCode,
    string QuotaCode,
    string? NotEmulatedCode)
{
    /// <summary>Gets the three fakes' profiles.</summary>
    public static IEnumerable<SkeletonVendor> All { get; } =
    [
        new(
            ContactsVendor.AgentClara,
            (clock, perMinute) => AgentClaraFake.Start(new AgentClaraFakeOptions { TimeProvider = clock, RateLimitPerMinute = perMinute }),
            "/contacts",
            credential => [("Authorization", $"Bearer {credential}")],
            AgentClaraFake.DefaultCredential,
            (fake, credential) => ((AgentClaraFake)fake).AddCredential(credential, "default"),
            fake => ((AgentClaraFake)fake).ContactCount(),
            id => $"/contacts/{id}",
            401,
            "unauthorized",
            "rate_limited",
            "not_emulated"),
        new(
            ContactsVendor.Wix,
            (clock, perMinute) => WixFake.Start(new WixFakeOptions { TimeProvider = clock, RateLimitPerMinute = perMinute }),
            "/contacts/v4/contacts",
            credential => [("Authorization", credential), ("wix-site-id", WixFake.DefaultSiteId)],
            WixFake.DefaultCredential,
            (fake, credential) => ((WixFake)fake).AddCredential(credential),
            fake => ((WixFake)fake).ContactCount(),
            id => $"/contacts/v4/contacts/{id}",
            401,
            "UNAUTHENTICATED",
            "RESOURCE_EXHAUSTED",
            null),
        new(
            ContactsVendor.Ecwid,
            (clock, perMinute) => EcwidFake.Start(new EcwidFakeOptions { TimeProvider = clock, RateLimitPerMinute = perMinute }),
            $"/api/v3/{EcwidFake.DefaultStoreId}/customers",
            credential => [("Authorization", $"Bearer {credential}")],
            EcwidFake.DefaultCredential,
            (fake, credential) => ((EcwidFake)fake).AddCredential(credential, EcwidFake.DefaultStoreId),
            fake => ((EcwidFake)fake).ContactCount(),
            id => $"/api/v3/{EcwidFake.DefaultStoreId}/customers/{id}",
            403,
            "INVALID_API_TOKEN",
            "RATE_LIMITED",
            "NOT_EMULATED"),
    ];

    /// <inheritdoc />
    public override string ToString() => Vendor.ToString();
}
