namespace ContactsSdk.Samples;

/// <summary>
/// Reads a walk-through's vendor settings from the environment: the credentials and the vendor's <c>*_BASE_URL</c> go
/// together, so the lines <c>-- serve</c> prints point every walk-through at the served fakes, never at the real vendor.
/// </summary>
public static class SampleEnvironment
{
    /// <summary>Gets an environment variable, or <see langword="null"/> when it is unset or empty.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// Gets the base address from <paramref name="variable"/>, else the vendor's public API; refuses to send a fake's
    /// well-known credential anywhere but loopback, which would mean only part of the <c>-- serve</c> lines were exported.
    /// </summary>
    /// <param name="variable">The base-address variable, e.g. <c>WIX_BASE_URL</c>.</param>
    /// <param name="vendorDefault">The vendor's public API root.</param>
    /// <param name="credentialIsTheFakes">Whether the credential in the environment is the fakes' well-known one.</param>
    /// <returns>The base address to use.</returns>
    /// <exception cref="SampleConfigurationException">A fake's credential would go to a non-loopback address.</exception>
    public static Uri BaseAddress(string variable, Uri vendorDefault, bool credentialIsTheFakes)
    {
        ArgumentNullException.ThrowIfNull(vendorDefault);
        var address = Get(variable) is { } text ? new Uri(text, UriKind.Absolute) : vendorDefault;
        if (credentialIsTheFakes && !address.IsLoopback)
        {
            throw new SampleConfigurationException(
                $"The credentials in the environment are the local fakes' (printed by `-- serve`), but {variable} is not a loopback " +
                $"address, so they would go to {address.Host}. Export every line `-- serve` prints, or unset them to use the embedded fake.");
        }

        return address;
    }

    /// <summary>Describes where a walk-through runs, naming the variable when it points elsewhere than the vendor.</summary>
    /// <param name="vendor">The vendor's name.</param>
    /// <param name="address">The base address in use.</param>
    /// <param name="variable">The base-address variable.</param>
    /// <returns>One line for the console.</returns>
    public static string Describe(string vendor, Uri address, string variable)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsLoopback
            ? $"{vendor}: using the API at {address} ({variable}), with the credentials in the environment."
            : $"{vendor}: using the real API at {address}, with the credentials in the environment.";
    }
}
