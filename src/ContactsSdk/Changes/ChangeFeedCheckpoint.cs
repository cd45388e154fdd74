using System.Buffers.Text;
using System.Text.Json;

namespace ContactsSdk.Changes;

/// <summary>
/// An opaque, versioned position in a vendor's change feed, bound to one vendor and account. Persist
/// <see cref="ToString"/> and resume with <see cref="Parse"/>; the token is small (no per-contact state) and safe to
/// store in a database column or a file.
/// </summary>
public sealed class ChangeFeedCheckpoint : IEquatable<ChangeFeedCheckpoint>
{
    /// <summary>The checkpoint format this SDK writes and reads.</summary>
    internal const int CurrentVersion = 1;

    private const string NotACheckpoint = "The text is not a ContactsSdk change-feed checkpoint.";

    private readonly string _token;

    internal ChangeFeedCheckpoint(ChangeFeedCheckpointState state)
    {
        State = state;
        _token = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(state, ChangesJsonContext.Default.ChangeFeedCheckpointState));
    }

    /// <summary>The vendor whose feed this checkpoint belongs to.</summary>
    public ContactsVendor Vendor => State.Vendor;

    /// <summary>Everything up to this instant (by the vendor's clock) has been read, less the feed's overlap.</summary>
    public DateTimeOffset HighWater => State.UpdatedHighWater;

    internal ChangeFeedCheckpointState State { get; }

    /// <summary>Reads a checkpoint written by <see cref="ToString"/>.</summary>
    /// <param name="token">The persisted token.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The token is not a checkpoint, or was written by an incompatible SDK version.</exception>
    public static ChangeFeedCheckpoint Parse(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var state = TryDecode(token);
        return Problem(state) is { } problem ? throw new ArgumentException(problem, nameof(token)) : new ChangeFeedCheckpoint(state!);
    }

    /// <summary>Reads a checkpoint written by <see cref="ToString"/>, without throwing.</summary>
    /// <param name="token">The persisted token.</param>
    /// <param name="checkpoint">The checkpoint, when the token is one this SDK reads.</param>
    /// <returns><see langword="true"/> when the token was read.</returns>
    public static bool TryParse(string? token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ChangeFeedCheckpoint? checkpoint)
    {
        var state = token is null ? null : TryDecode(token);
        checkpoint = Problem(state) is null ? new ChangeFeedCheckpoint(state!) : null;
        return checkpoint is not null;
    }

    // The one statement of what a readable checkpoint is, for Parse (which says why not) and TryParse (which does not).
    private static string? Problem(ChangeFeedCheckpointState? state)
        => state is null ? NotACheckpoint
            : state.Version != CurrentVersion
                ? $"The checkpoint has format version {state.Version}; this SDK reads version {CurrentVersion}. Start a new feed (full read) or use the SDK version that wrote it."
            : string.IsNullOrEmpty(state.Account) || !HasPlausibleTimes(state) ? NotACheckpoint
            : null;

    /// <summary>Refuses a checkpoint that belongs to another vendor or account.</summary>
    /// <exception cref="ArgumentException">The checkpoint belongs elsewhere.</exception>
    internal void EnsureBelongsTo(ContactsVendor vendor, string account, string paramName)
    {
        if (State.Vendor != vendor)
        {
            throw new ArgumentException($"The checkpoint belongs to a {State.Vendor} feed and cannot resume a {vendor} feed.", paramName);
        }

        if (!string.Equals(State.Account, account, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The checkpoint belongs to another {vendor} account and cannot resume this one.", paramName);
        }
    }

    /// <summary>The opaque token to persist.</summary>
    /// <returns>A base64url string.</returns>
    public override string ToString() => _token;

    /// <inheritdoc />
    public bool Equals(ChangeFeedCheckpoint? other) => other is not null && string.Equals(_token, other._token, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChangeFeedCheckpoint);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_token);

    // A forged mark near the edges of time would overflow "high water − overlap" inside the feed: only the SDK's own
    // marks (vendor clock readings well inside the representable range) are accepted.
    private static bool HasPlausibleTimes(ChangeFeedCheckpointState state)
        => IsPlausible(state.UpdatedHighWater)
            && (state.DeletedHighWater is not { } deleted || IsPlausible(deleted))
            && (state.WindowTo is not { } windowTo || IsPlausible(windowTo));

    // MinValue itself is the SDK's own "full read" mark, which a checkpoint taken inside a full read carries.
    private static bool IsPlausible(DateTimeOffset at)
        => at == DateTimeOffset.MinValue
            || at.UtcDateTime > DateTime.MinValue + ChangeFeedOptions.MaxOverlap && at.UtcDateTime < DateTime.MaxValue - ChangeFeedOptions.MaxOverlap;

    private static ChangeFeedCheckpointState? TryDecode(string token)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            return JsonSerializer.Deserialize(bytes, ChangesJsonContext.Default.ChangeFeedCheckpointState);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
