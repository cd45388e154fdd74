using System.Reflection;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// One public method a client exposes: on the client itself (<see cref="Path"/> empty) or on a sub-client reached through
/// interface-typed properties (<c>wix.Labels.ListAsync</c>: path <c>Labels</c>).
/// </summary>
public sealed record ClientMethod(IReadOnlyList<PropertyInfo> Path, MethodInfo Method)
{
    /// <summary>Gets the name as a caller writes it, e.g. <c>Labels.ListAsync</c>.</summary>
    public string Name => string.Concat(Path.Select(property => property.Name + ".")) + Method.Name;

    /// <summary>Gets a name that tells overloads apart, e.g. <c>ListAsync(WixContactQuery,CancellationToken)</c>.</summary>
    public string Id => $"{Name}({string.Join(",", Method.GetParameters().Select(parameter => parameter.ParameterType.Name))})";

    /// <summary>Gets the operation the call must be observed as: the name without <c>Async</c> (<c>Labels.List</c>).</summary>
    public string Operation => Name.EndsWith("Async", StringComparison.Ordinal) ? Name[..^"Async".Length] : Name;

    public ParameterInfo[] GetParameters() => Method.GetParameters();

    /// <summary>Calls the method on the client, or on the sub-client its path leads to.</summary>
    public object? Invoke(object client, object?[] arguments)
        => Method.Invoke(Path.Aggregate<PropertyInfo, object?>(client, (target, property) => property.GetValue(target)), arguments);

    public override string ToString() => Id;
}
