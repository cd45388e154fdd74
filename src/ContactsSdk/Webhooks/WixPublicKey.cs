using System.Security.Cryptography;
using System.Text;

namespace ContactsSdk.Webhooks;

/// <summary>
/// A Wix app's webhook public key (RSA, SPKI PEM), as the app dashboard's "Get public key" gives it — the PEM text, or
/// the PEM base64-encoded on one line (the two forms <c>@wix/sdk</c> accepts).
/// </summary>
public sealed class WixPublicKey
{
    private const string PemMarker = "-----BEGIN";

    /// <summary>Reads a public key.</summary>
    /// <param name="pemOrBase64Pem">The PEM (<c>-----BEGIN PUBLIC KEY-----</c> …) or the PEM base64-encoded on one line.</param>
    /// <param name="label">An optional name for logs and diagnostics, such as <c>current</c> or <c>2026-rotation</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="pemOrBase64Pem"/> is empty or holds no RSA public key.</exception>
    public WixPublicKey(string pemOrBase64Pem, string? label = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pemOrBase64Pem);
        Label = label;
        Parameters = Read(pemOrBase64Pem);
    }

    /// <summary>Gets the key's optional name.</summary>
    public string? Label { get; }

    /// <summary>Gets the public modulus and exponent.</summary>
    internal RSAParameters Parameters { get; }

    /// <summary>Names the key by its label only.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Label is null ? "WixPublicKey" : $"WixPublicKey {{ Label = {Label} }}";

    private static RSAParameters Read(string text)
    {
        var pem = text.Contains(PemMarker, StringComparison.Ordinal) ? text : FromBase64(text.Trim());
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return rsa.ExportParameters(includePrivateParameters: false);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            throw new ArgumentException("The text holds no RSA public key in PEM form (or base64-encoded PEM).", nameof(text), ex);
        }
    }

    private static string FromBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written)
            ? Encoding.UTF8.GetString(buffer, 0, written)
            : throw new ArgumentException("The text is neither a PEM public key nor a base64-encoded one.", nameof(text));
    }
}
