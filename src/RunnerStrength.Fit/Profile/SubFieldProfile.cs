namespace RunnerStrength.Fit.Profile;

/// <summary>An alternative meaning of a field, chosen by the value of another field of the same message.</summary>
internal sealed record SubFieldProfile(
    string Name,
    string TypeName,
    FitBaseType BaseType,
    double Scale,
    double Offset,
    string Units,
    ComponentProfile[] Components,
    SubFieldCondition[] When)
{
    /// <summary>Set by the owning message, which knows the field number the sub-field shares.</summary>
    public FieldDescriptor Descriptor { get; set; } = null!;
}
