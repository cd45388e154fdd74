namespace ContactsSdk.Redis.Internal;

/// <summary>The range checks of <see cref="ContactsRedisOptions"/>, made once wherever options enter the package.</summary>
internal static class RedisOptionsChecks
{
    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> and the option when one is out of range.</summary>
    public static void Validate(ContactsRedisOptions options, string parameterName)
    {
        Check(!string.IsNullOrWhiteSpace(options.KeyPrefix) && options.KeyPrefix.Length <= 64, nameof(ContactsRedisOptions.KeyPrefix), "must not be blank and at most 64 characters");
        Check(options.OperationTimeout >= TimeSpan.FromMilliseconds(10) && options.OperationTimeout <= TimeSpan.FromMinutes(1), nameof(ContactsRedisOptions.OperationTimeout), "must be 10 ms to 1 minute");
        Check(options.WriteLockLease >= TimeSpan.FromSeconds(1) && options.WriteLockLease <= TimeSpan.FromMinutes(10), nameof(ContactsRedisOptions.WriteLockLease), "must be 1 second to 10 minutes");
        Check(Enum.IsDefined(options.QuotaWhenUnavailable), nameof(ContactsRedisOptions.QuotaWhenUnavailable), "is not a defined behaviour");
        Check(Enum.IsDefined(options.WriteLockWhenUnavailable), nameof(ContactsRedisOptions.WriteLockWhenUnavailable), "is not a defined behaviour");
        Check(Enum.IsDefined(options.DeduplicationWhenUnavailable), nameof(ContactsRedisOptions.DeduplicationWhenUnavailable), "is not a defined behaviour");

        void Check(bool valid, string option, string rule)
        {
            if (!valid)
            {
                throw new ArgumentException($"ContactsRedisOptions.{option} {rule}.", parameterName);
            }
        }
    }
}
