using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>A developer field as its field_description message described it.</summary>
internal sealed record DeveloperField(FieldDescriptor Descriptor, FitBaseType BaseType);
