namespace RunnerStrength.Fit.Workouts;

/// <summary>The profile's <c>intensity</c> values a strength workout uses.</summary>
public enum FitStepIntensity : byte
{
    /// <summary>A working set.</summary>
    Active = 0,

    /// <summary>Rest between sets.</summary>
    Rest = 1,

    /// <summary>A warm-up set.</summary>
    Warmup = 2,
}
