using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// What a definition message declared for one local type, with each field's profile looked up once so
/// that data messages only copy offsets. Reused when the local type is redefined.
/// </summary>
internal sealed class MessageLayout
{
    /// <summary>A definition counts its fields in one byte: sized for the most it can declare, nothing grows per file.</summary>
    public const int MaxFields = 255;

    public ushort GlobalNumber;
    public bool BigEndian;
    public MessageProfile? Profile;
    public string Name = "";
    public int Size;
    public FieldPlan[] Fields = new FieldPlan[MaxFields];
    public int FieldCount;
    public DeveloperFieldPlan[] DeveloperFields = new DeveloperFieldPlan[MaxFields];
    public int DeveloperFieldCount;
    public bool NeedsExpansion;

    public void AddField(in FieldPlan plan) => Fields[FieldCount++] = plan;

    public void AddDeveloperField(in DeveloperFieldPlan plan) => DeveloperFields[DeveloperFieldCount++] = plan;
}
