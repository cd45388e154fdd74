namespace ContactsSdk.Internal;

/// <summary>What the registration hands a vendor client besides its Refit interface.</summary>
/// <param name="Redact">Removes the client's secrets from a text.</param>
/// <param name="Clock">The injected clock: creation-time checks, settle waits and <c>Retry-After</c> dates run on it.</param>
/// <param name="WriteLock">The per-contact write lock of the client's account.</param>
/// <param name="FeedAccount">The account change-feed checkpoints are bound to (store, site, key fingerprint; never a secret).</param>
internal sealed record VendorClientContext(Func<string, string> Redact, TimeProvider Clock, ContactWriteLock WriteLock, string FeedAccount = "");
