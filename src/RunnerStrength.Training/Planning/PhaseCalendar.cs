using System.Globalization;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Training.Planning;

/// <summary>Rules 18-21: the phase on a given day, from the races around it.</summary>
internal sealed class PhaseCalendar(IReadOnlyList<Race> races, AthleteProfile profile, PlannerSettings settings)
{
    /// <summary>The phase on <paramref name="date"/>, and the race that set it, if any.</summary>
    public (Phase Phase, Race? Race) On(DateOnly date)
    {
        var afterRace = races.Where(r => r.Date < date && date < r.Date.AddDays(PlannerSettings.ReturnDays(r.DistanceKm) + 7))
            .OrderByDescending(r => r.Date).FirstOrDefault();
        var nextA = races.Where(r => r.Priority == RacePriority.A && r.Date >= date).OrderBy(r => r.Date).FirstOrDefault();
        if (nextA is not null && nextA.Date.DayNumber - date.DayNumber <= settings.TaperDays)
        {
            return (Phase.Taper, nextA);
        }

        if (afterRace is not null)
        {
            return (Phase.Return, afterRace);
        }

        if (nextA is not null && nextA.Date.DayNumber - date.DayNumber <= settings.MaintenanceDays)
        {
            return (Phase.Maintenance, nextA);
        }

        // Learning the hinge (kettlebell, no 1RM yet) is the skill phase; otherwise build strength.
        return (profile.DeadliftStage == DeadliftStage.Kettlebell && profile.OneRepMaxKg is null ? Phase.Skill : Phase.Build, null);
    }

    /// <summary>Why lifting is ruled out on <paramref name="date"/> by a race (rules 19-21), or null.</summary>
    public string? ForbidsLifting(DateOnly date, DateTimeOffset liftStart, Func<DateOnly, DateTimeOffset> raceStart)
    {
        foreach (var race in races)
        {
            var daysBefore = race.Date.DayNumber - date.DayNumber;
            if (race.Priority == RacePriority.A && daysBefore >= 0 && daysBefore <= settings.NoLiftDaysBeforeA)
            {
                return string.Create(CultureInfo.InvariantCulture, $"rule 19 - {race.Name} (A) is {daysBefore} days away: no lifting in the last {settings.NoLiftDaysBeforeA}");
            }

            if (race.Priority == RacePriority.B && daysBefore >= 0 && raceStart(race.Date) - liftStart < settings.NoLiftBeforeB)
            {
                return string.Create(CultureInfo.InvariantCulture, $"rule 20 - {race.Name} (B) is less than {settings.NoLiftBeforeB.TotalHours:0} h away");
            }

            var returnDays = PlannerSettings.ReturnDays(race.DistanceKm);
            if (daysBefore < 0 && -daysBefore < returnDays)
            {
                return string.Create(CultureInfo.InvariantCulture, $"rule 21 - {-daysBefore} days after {race.Name}: first lift {returnDays} days after a race of that distance");
            }
        }

        return null;
    }
}
