namespace ContactsSdk.Tests.Resilience;

/// <summary>The facade operations the matrices run; <see cref="Create"/> is <see cref="CreateFaultMatrixTests"/>'s.</summary>
public enum MatrixOperation
{
    Get,
    List,
    Create,
    Update,
    Delete,
    AddTags,
}
