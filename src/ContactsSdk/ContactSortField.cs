namespace ContactsSdk;

/// <summary>Names the order in which a listing returns contacts.</summary>
public enum ContactSortField
{
    /// <summary>By creation time; the vendor's default.</summary>
    Created = 0,

    /// <summary>By last-change time.</summary>
    Updated = 1,

    /// <summary>By name.</summary>
    Name = 2,
}
