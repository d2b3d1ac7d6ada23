namespace RunnerStrength.Fit.Profile;

/// <summary>What a decoded field is: its number, name and units, and how its raw value converts.</summary>
/// <remarks>
/// Profile fields, sub-fields, developer fields and fields the profile does not know each have one
/// descriptor, shared by every value decoded for them, so decoding a field allocates nothing.
/// </remarks>
public sealed class FieldDescriptor
{
    private static readonly FieldDescriptor?[] Unknown = new FieldDescriptor?[256];

    internal FieldDescriptor(byte number, string name, string typeName, string units, double scale, double offset, bool isDeveloper = false)
    {
        Number = number;
        Name = name;
        TypeName = typeName;
        Units = units;
        Scale = scale == 0 ? 1 : scale;
        Offset = offset;
        IsDeveloper = isDeveloper;
        IsScaled = Scale != 1 || Offset != 0;
    }

    /// <summary>The field number within its message (for developer fields, within its developer).</summary>
    public byte Number { get; }

    /// <summary>The profile's snake_case name, the developer's name, or <c>field_N</c> when unknown.</summary>
    public string Name { get; }

    /// <summary>The profile type (e.g. <c>date_time</c>, <c>sport</c>, <c>uint16</c>); enum names come from it.</summary>
    public string TypeName { get; }

    /// <summary>Units after scaling (e.g. <c>m/s</c>); empty when unitless.</summary>
    public string Units { get; }

    /// <summary>The value is raw / <see cref="Scale"/> - <see cref="Offset"/>.</summary>
    public double Scale { get; }

    /// <summary>See <see cref="Scale"/>.</summary>
    public double Offset { get; }

    /// <summary>True for fields described by a field_description message rather than the profile.</summary>
    public bool IsDeveloper { get; }

    internal bool IsScaled { get; }

    internal static FieldDescriptor ForUnknown(byte number) =>
        Unknown[number] ??= new FieldDescriptor(number, $"field_{number}", "", "", 1, 0);

    /// <inheritdoc/>
    public override string ToString() => Units.Length == 0 ? Name : $"{Name} ({Units})";
}
