namespace ContactsSdk.Tests.Support;

/// <summary>Runs a call that is expected to fail, for tests that inspect what it threw rather than assert one type.</summary>
public static class Calls
{
    /// <summary>Awaits <paramref name="call"/> and returns what it threw, or null when it succeeded.</summary>
    public static async Task<Exception?> CatchAsync(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
