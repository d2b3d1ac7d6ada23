namespace RunnerStrength.Fit.Profile;

/// <summary>A sub-field applies when the field named <see cref="ReferenceField"/> holds <see cref="Value"/>.</summary>
internal sealed record SubFieldCondition(string ReferenceField, long Value)
{
    /// <summary>The reference field's number, resolved once the message's fields are known.</summary>
    public int ReferenceFieldNumber { get; set; } = -1;
}
