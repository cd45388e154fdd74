namespace ContactsSdk.Redis.Internal;

/// <summary>Redis did not answer in time, or refused: the caller then follows its part's <see cref="RedisUnavailableBehavior"/>. Never leaves the package.</summary>
internal sealed class RedisUnavailableException(string reason, Exception? cause = null) : Exception(reason, cause);
