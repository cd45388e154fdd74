using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ContactsSdk.Redaction;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>
/// [DOC] AgentClara keys are <c>sk_live_…</c> or <c>sk_test_…</c>. Their shape is handed to the redactor when the assembly loads, so a key is masked in
/// every message and body even when the SDK does not know it (another account's key echoed back, a key in a user's text).
/// </summary>
internal static partial class AgentClaraKeyShape
{
    [GeneratedRegex(@"\bsk_(?:test|live)_[A-Za-z0-9_\-]+", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Redaction must cover exceptions built before any client exists; registering a regex has no side effect beyond that.")]
    internal static void Register() => SecretRedactor.AddKeyShape(Pattern());
}
