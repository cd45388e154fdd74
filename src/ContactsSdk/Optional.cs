namespace ContactsSdk;

/// <summary>
/// Holds a value that may be absent, so that a patch can tell "leave as is" (no value) from "clear" (a null value).
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Naming", "CA1716:Identifiers should not match keywords", Justification = "The design names it Optional<T>; VB users can escape it.")]
public readonly struct Optional<T> : IEquatable<Optional<T>>
{
    private readonly T _value;

    /// <summary>Initializes an optional that holds <paramref name="value"/>, which may be null.</summary>
    /// <param name="value">The value.</param>
    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>Gets a value indicating whether a value was set, null included.</summary>
    public bool HasValue { get; }

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">No value was set.</exception>
    public T Value => HasValue ? _value : throw new InvalidOperationException("The optional has no value.");

    /// <summary>Gets the value when set, else <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The value to return when none was set.</param>
    /// <returns>The value or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    /// <summary>Wraps a value, which may be null, in a set optional.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>Compares two optionals.</summary>
    /// <param name="left">The first optional.</param>
    /// <param name="right">The second optional.</param>
    /// <returns><see langword="true"/> when both are unset or both hold equal values.</returns>
    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    /// <summary>Compares two optionals.</summary>
    /// <param name="left">The first optional.</param>
    /// <param name="right">The second optional.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Optional<T> other)
        => HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HasValue ? HashCode.Combine(true, _value) : 0;

    /// <summary>Says whether a value is set, without printing it (it may be personal data).</summary>
    /// <returns><c>(set)</c> or <c>(unset)</c>.</returns>
    public override string ToString() => HasValue ? "(set)" : "(unset)";
}
