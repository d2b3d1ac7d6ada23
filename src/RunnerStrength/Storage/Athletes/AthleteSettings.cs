using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Storage.Athletes;

/// <summary>What the settings page changes in the athlete's profile; the database wins over configuration from then on.</summary>
internal sealed record AthleteSettings(WeeklyTemplate Template, TimeOnly StrengthTime, DeadliftStage Stage, double? OneRepMaxKg, bool HasHexBar, bool HasBarbell, IReadOnlyList<double> KettlebellsKg);
