namespace ContactsSdk.Tests.Resilience;

/// <summary>The facade operations the matrix runs.</summary>
public enum MatrixOperation
{
    Get,
    List,
    Create,
    Update,
    Delete,
    AddTags,
}
