namespace RunnerStrength.Training.Athletes;

/// <summary>Used only for heart-rate defaults and TRIMP weighting, and optional.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}
