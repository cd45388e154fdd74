namespace ContactsSdk.Testing.Ecwid;

/// <summary>One customer group (spec §3.5); id 0 is the built-in "General" group.</summary>
internal sealed class EcwidGroupRecord
{
    public required long Id { get; init; }

    public required string Name { get; set; }

    public string? ExternalReferenceId { get; set; }
}
