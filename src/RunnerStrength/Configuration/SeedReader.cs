using System.Globalization;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Dates;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Configuration;

/// <summary>
/// Turns the configured athlete and races into domain values. Validation and seeding share this one
/// path, so a value that passes start-up checks is exactly the value that gets stored.
/// </summary>
internal static class SeedReader
{
    private const string AthleteKey = "RunnerStrength:Athlete";

    public static (AthleteProfile? Profile, IReadOnlyList<Race> Races, IReadOnlyList<string> Errors) Read(SeedOptions options)
    {
        var errors = new List<string>();
        var profile = ReadProfile(options.Athlete, errors);
        var races = options.Races.Select((race, index) => ReadRace(race, index, errors)).OfType<Race>().ToList();
        return (errors.Count == 0 ? profile : null, races, errors);
    }

    private static AthleteProfile ReadProfile(AthleteOptions a, List<string> errors)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(a.TimeZone, out _))
        {
            errors.Add($"{AthleteKey}:TimeZone must be an IANA time zone such as Europe/Paris (got '{a.TimeZone}').");
        }

        if (!ClockTime.TryParse(a.StrengthTime, out var strengthTime))
        {
            errors.Add($"{AthleteKey}:StrengthTime {ClockTime.Problem(a.StrengthTime)}.");
        }

        var template = WeeklyTemplate.Default;
        if (!string.IsNullOrWhiteSpace(a.WeeklyTemplate))
        {
            try
            {
                template = WeeklyTemplate.Parse(a.WeeklyTemplate);
            }
            catch (FormatException e)
            {
                errors.Add($"{AthleteKey}:WeeklyTemplate must map weekdays to rest, easy, interval, tempo, long or key: {e.Message}");
            }
        }

        var stage = DeadliftStages.Parse(a.Deadlift.Stage);
        if (stage is null)
        {
            errors.Add($"{AthleteKey}:Deadlift:Stage {DeadliftStages.Problem(a.Deadlift.Stage)}.");
        }

        Sex? sex = null;
        if (!string.IsNullOrWhiteSpace(a.Sex))
        {
            if (Enum.TryParse<Sex>(a.Sex, ignoreCase: true, out var parsed) && !int.TryParse(a.Sex, out _))
            {
                sex = parsed;
            }
            else
            {
                errors.Add($"{AthleteKey}:Sex must be female, male or empty (got '{a.Sex}').");
            }
        }

        TimeSpan? pace = null;
        if (!string.IsNullOrWhiteSpace(a.ThresholdPace))
        {
            pace = ParsePace(a.ThresholdPace);
            if (pace is null)
            {
                errors.Add($"{AthleteKey}:ThresholdPace must be a pace per kilometre as m:ss between 2:00 and 12:00 (got '{a.ThresholdPace}').");
            }
        }

        CheckRange(errors, "MaxHeartRate", a.MaxHeartRate, 120, 230, "beats per minute");
        CheckRange(errors, "RestingHeartRate", a.RestingHeartRate, 25, 110, "beats per minute");
        CheckRange(errors, "ThresholdHeartRate", a.ThresholdHeartRate, 100, 220, "beats per minute");
        CheckRange(errors, "BirthYear", a.BirthYear, 1920, 2020, "");
        CheckRange(errors, "BodyMassKg", a.BodyMassKg, 30, 250, "kg");
        AddProblem(errors, "Deadlift:OneRepMaxKg", StrengthInput.OneRepMaxProblem(a.Deadlift.OneRepMaxKg));
        AddProblem(errors, "Deadlift:Equipment:SmallestPlateKg", StrengthInput.SmallestPlateProblem(a.Deadlift.Equipment.SmallestPlateKg));
        AddProblem(errors, "Deadlift:Equipment:KettlebellsKg", a.Deadlift.Equipment.KettlebellsKg.Select(StrengthInput.KettlebellProblem).FirstOrDefault(p => p is not null));

        if (a.MaxHeartRate is { } max && a.ThresholdHeartRate is { } threshold && threshold >= max)
        {
            errors.Add($"{AthleteKey}:ThresholdHeartRate ({threshold}) must be below MaxHeartRate ({max}).");
        }

        if (a.MaxHeartRate is { } max2 && a.RestingHeartRate is { } rest && rest >= max2)
        {
            errors.Add($"{AthleteKey}:RestingHeartRate ({rest}) must be below MaxHeartRate ({max2}).");
        }

        var kettlebells = a.Deadlift.Equipment.KettlebellsKg.Count > 0
            ? a.Deadlift.Equipment.KettlebellsKg.Distinct().Order().ToList()
            : Equipment.Gym.KettlebellsKg;
        var equipment = new Equipment(kettlebells, a.Deadlift.Equipment.HexBar, a.Deadlift.Equipment.Barbell, a.Deadlift.Equipment.SmallestPlateKg);

        return new AthleteProfile(a.TimeZone, strengthTime, template, stage ?? DeadliftStage.Kettlebell, equipment)
        {
            BirthYear = a.BirthYear,
            BodyMassKg = a.BodyMassKg,
            Sex = sex,
            MaxHeartRate = a.MaxHeartRate,
            RestingHeartRate = a.RestingHeartRate,
            ThresholdHeartRate = a.ThresholdHeartRate,
            ThresholdPace = pace,
            OneRepMaxKg = a.Deadlift.OneRepMaxKg,
        };
    }

    private static Race? ReadRace(RaceOptions race, int index, List<string> errors)
    {
        var (read, problems) = RaceInput.Read(race.Date, race.Name, race.DistanceKm, race.Priority);
        errors.AddRange(problems.Select(p => $"RunnerStrength:Races:{index}:{Key(p.Field)} {p.Problem}."));
        return read;
    }

    private static string Key(RaceField field) => field switch
    {
        RaceField.Distance => "DistanceKm",
        _ => field.ToString(),
    };

    private static void AddProblem(List<string> errors, string name, string? problem)
    {
        if (problem is not null)
        {
            errors.Add($"{AthleteKey}:{name} {problem}.");
        }
    }

    private static TimeSpan? ParsePace(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && parts[1].Length == 2 && seconds < 60)
        {
            var pace = new TimeSpan(0, minutes, seconds);
            return pace >= TimeSpan.FromMinutes(2) && pace <= TimeSpan.FromMinutes(12) ? pace : null;
        }

        return null;
    }

    private static void CheckRange(List<string> errors, string name, double? value, double min, double max, string unit)
    {
        if (value is { } v && (v < min || v > max || double.IsNaN(v)))
        {
            var suffix = unit.Length > 0 ? " " + unit : "";
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{AthleteKey}:{name} must be between {min} and {max}{suffix} (got {v})."));
        }
    }
}
