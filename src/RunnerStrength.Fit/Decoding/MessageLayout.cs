using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// What a definition message declared for one local type, with each field's profile looked up once so
/// that data messages only copy offsets. Reused when the local type is redefined.
/// </summary>
internal sealed class MessageLayout
{
    public ushort GlobalNumber;
    public bool BigEndian;
    public MessageProfile? Profile;
    public string Name = "";
    public int Size;
    public FieldPlan[] Fields = new FieldPlan[16];
    public int FieldCount;
    public DeveloperFieldPlan[] DeveloperFields = new DeveloperFieldPlan[4];
    public int DeveloperFieldCount;
    public bool NeedsExpansion;

    public void AddField(in FieldPlan plan)
    {
        if (FieldCount == Fields.Length)
        {
            Array.Resize(ref Fields, Fields.Length * 2);
        }

        Fields[FieldCount++] = plan;
    }

    public void AddDeveloperField(in DeveloperFieldPlan plan)
    {
        if (DeveloperFieldCount == DeveloperFields.Length)
        {
            Array.Resize(ref DeveloperFields, DeveloperFields.Length * 2);
        }

        DeveloperFields[DeveloperFieldCount++] = plan;
    }
}
