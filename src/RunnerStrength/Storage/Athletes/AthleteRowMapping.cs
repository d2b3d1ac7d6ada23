using System.Globalization;
using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Storage.Athletes;

/// <summary>Converts between the stored row and the domain profile; enum names are stored as text so the database reads plainly.</summary>
internal static class AthleteRowMapping
{
    public static AthleteProfile ToProfile(this AthleteRow row)
    {
        var kettlebells = row.KettlebellsKg
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(kg => double.Parse(kg, CultureInfo.InvariantCulture))
            .ToList();
        var equipment = new Equipment(kettlebells, row.HasHexBar, row.HasBarbell, row.SmallestPlateKg);
        return new AthleteProfile(row.TimeZone, row.StrengthTime, WeeklyTemplate.Parse(row.WeeklyTemplate), Enum.Parse<DeadliftStage>(row.DeadliftStage), equipment)
        {
            BirthYear = row.BirthYear,
            BodyMassKg = row.BodyMassKg,
            Sex = row.Sex is null ? null : Enum.Parse<Sex>(row.Sex),
            MaxHeartRate = row.MaxHeartRate,
            RestingHeartRate = row.RestingHeartRate,
            ThresholdHeartRate = row.ThresholdHeartRate,
            ThresholdPace = row.ThresholdPaceSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
            OneRepMaxKg = row.OneRepMaxKg,
        };
    }

    public static AthleteRow ToRow(this AthleteProfile profile, DateTimeOffset createdAt) => new()
    {
        TimeZone = profile.TimeZoneId,
        StrengthTime = profile.StrengthTime,
        WeeklyTemplate = profile.Template.ToString(),
        DeadliftStage = profile.DeadliftStage.ToString(),
        OneRepMaxKg = profile.OneRepMaxKg,
        KettlebellsKg = string.Join(',', profile.Equipment.KettlebellsKg.Select(kg => kg.ToString(CultureInfo.InvariantCulture))),
        HasHexBar = profile.Equipment.HasHexBar,
        HasBarbell = profile.Equipment.HasBarbell,
        SmallestPlateKg = profile.Equipment.SmallestPlateKg,
        BirthYear = profile.BirthYear,
        BodyMassKg = profile.BodyMassKg,
        Sex = profile.Sex?.ToString(),
        MaxHeartRate = profile.MaxHeartRate,
        RestingHeartRate = profile.RestingHeartRate,
        ThresholdHeartRate = profile.ThresholdHeartRate,
        ThresholdPaceSeconds = profile.ThresholdPace is { } pace ? (int)pace.TotalSeconds : null,
        CreatedAt = createdAt,
    };
}
