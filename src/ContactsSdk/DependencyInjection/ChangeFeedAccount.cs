using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContactsSdk.Configuration;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.DependencyInjection;

/// <summary>
/// Names the account a change-feed checkpoint is bound to, so a checkpoint cannot resume another account's feed: the
/// Ecwid store id, the Wix site (or app instance) id, and for AgentClara — whose key is the only account it names — a
/// non-reversible fingerprint of the key, never the key itself (checkpoints are stored in plain sight).
/// </summary>
internal static class ChangeFeedAccount
{
    public static string Of(ContactsClientOptions options) => options switch
    {
        EcwidOptions ecwid => "store:" + ecwid.StoreId.ToString(CultureInfo.InvariantCulture),
        WixOptions { SiteId: { Length: > 0 } site } => "site:" + site,
        WixOptions wix => "instance:" + wix.InstanceId,
        AgentClaraOptions clara => "key:" + Fingerprint(clara.ApiKey ?? string.Empty),
        _ => string.Empty,
    };

    // 64 bits of SHA-256 tell keys apart and cannot be turned back into the key.
    private static string Fingerprint(string secret)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)).AsSpan(0, 8));
}
