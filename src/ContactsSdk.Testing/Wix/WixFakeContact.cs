using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>A stored contact: its read-only metadata plus <c>info</c> kept as wire JSON (items already have ids).</summary>
internal sealed class WixFakeContact
{
    public required string Id { get; init; }

    public int Revision { get; set; } = 1;

    public required DateTimeOffset CreatedDate { get; init; }

    public DateTimeOffset UpdatedDate { get; set; }

    public DateTimeOffset ActivityDate { get; set; }

    public string ActivityType { get; set; } = "CONTACT_CREATED";

    public string SourceType { get; init; } = WixFakeDefaults.SourceType;

    public bool IsMember { get; init; }

    public JsonObject Info { get; set; } = [];

    public WixFakeContact Clone()
        => new()
        {
            Id = Id,
            Revision = Revision,
            CreatedDate = CreatedDate,
            UpdatedDate = UpdatedDate,
            ActivityDate = ActivityDate,
            ActivityType = ActivityType,
            SourceType = SourceType,
            IsMember = IsMember,
            Info = (JsonObject)Info.DeepClone(),
        };
}
