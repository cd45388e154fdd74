namespace ContactsSdk.Testing.Ecwid;

/// <summary>One customer contact (spec §3.4) as the fake stores it.</summary>
internal sealed class EcwidContactRecord
{
    public required long Id { get; init; }

    public required string Contact { get; set; }

    public required string Type { get; set; }

    public string? Handle { get; set; }

    public string? Note { get; set; }

    public bool IsDefault { get; set; }

    public int OrderBy { get; set; }

    public DateTimeOffset Timestamp { get; set; }
}
