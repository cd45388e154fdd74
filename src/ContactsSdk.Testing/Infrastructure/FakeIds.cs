using System.Security.Cryptography;

namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Creates random, prefixed identifiers in the style vendors use (for example <c>cust_</c> + 12 base-36 characters).
/// </summary>
internal static class FakeIds
{
    private const string Base36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Creates <paramref name="prefix"/> followed by <paramref name="length"/> random base-36 characters.</summary>
    public static string Create(string prefix, int length = 12) =>
        prefix + RandomNumberGenerator.GetString(Base36, length);
}
