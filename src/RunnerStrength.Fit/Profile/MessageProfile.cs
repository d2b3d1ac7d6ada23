namespace RunnerStrength.Fit.Profile;

/// <summary>A global message of the profile with its fields, indexed by field number for the decoder.</summary>
internal sealed class MessageProfile
{
    private readonly FieldProfile?[] _byNumber = new FieldProfile?[256];

    public MessageProfile(ushort number, string name, FieldProfile[] fields)
    {
        Number = number;
        Name = name;
        Fields = fields;
        foreach (var field in fields)
        {
            _byNumber[field.Number] = field;
            foreach (var sub in field.SubFields)
            {
                sub.Descriptor = new FieldDescriptor(field.Number, sub.Name, sub.TypeName, sub.Units, sub.Scale, sub.Offset);
            }
        }

        foreach (var condition in fields.SelectMany(f => f.SubFields).SelectMany(s => s.When))
        {
            condition.ReferenceFieldNumber = fields.FirstOrDefault(f => f.Name == condition.ReferenceField)?.Number ?? -1;
        }
    }

    public ushort Number { get; }

    public string Name { get; }

    public IReadOnlyList<FieldProfile> Fields { get; }

    public FieldProfile? Field(byte number) => _byNumber[number];
}
