namespace ContactsSdk.Resilience;

/// <summary>
/// Marks a Refit POST method that is safe to retry: it only reads (a query, a preview) or is idempotent by design (a
/// find-or-create, adding to a set). The resilience pipeline retries such a POST like a GET; every other POST is never
/// retried blindly, since it may create. Declared on the method, next to its route, so the route and its retry rule
/// cannot drift apart.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class IdempotentPostAttribute : Attribute;
