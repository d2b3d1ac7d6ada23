using RunnerStrength.Training.Activities;
using RunnerStrength.Training.Races;

namespace RunnerStrength.Testing.Seasons;

/// <summary>
/// Seasons of a plan family, run week by week: 18-week cycles (build with a cutback every 4th week, a B race in
/// week 10, a 3-week taper, the A race on the last weekend, 2 easy weeks after), each run labelled with what the
/// plan said it was. Paces follow Daniels' relations to easy pace; a watch splits 1 km auto-laps, and intervals
/// get a lap per rep when the runner presses the button. Deterministic for a seed.
/// </summary>
public sealed class SimulatedSeason
{
    private const int CycleWeeks = 20;
    private readonly PlanFamily _family;
    private readonly SeasonAthlete _athlete;
    private readonly Random _random;

    private SimulatedSeason(PlanFamily family, SeasonAthlete athlete, DateOnly firstMonday, int weeks)
    {
        (_family, _athlete, _random) = (family, athlete, new Random(athlete.Seed));
        for (var week = 0; week < weeks; week++)
        {
            RunWeek(firstMonday.AddDays(7 * week), week % CycleWeeks);
        }
    }

    public List<SimulatedRun> Runs { get; } = [];

    public List<Race> Races { get; } = [];

    public string Template => _family.Template;

    /// <summary>Simulates <paramref name="weeks"/> weeks of <paramref name="family"/> from <paramref name="firstMonday"/>.</summary>
    public static SimulatedSeason Run(PlanFamily family, SeasonAthlete athlete, DateOnly firstMonday, int weeks)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(athlete);
        return firstMonday.DayOfWeek != DayOfWeek.Monday ? throw new ArgumentException("Seasons start on a Monday.", nameof(firstMonday)) : new SimulatedSeason(family, athlete, firstMonday, weeks);
    }

    private void RunWeek(DateOnly monday, int weekOfCycle)
    {
        var marathon = _family != PlanFamily.DanielsHalf;
        var raceWeek = weekOfCycle == 17;
        var recovery = weekOfCycle >= 18;
        var taper = weekOfCycle is 15 or 16;
        var cutback = weekOfCycle % 4 == 3 && !raceWeek;
        var volume = recovery ? 0.6 : taper ? 0.75 - (0.1 * (weekOfCycle - 15)) : cutback ? 0.75 : 0.85 + (0.025 * weekOfCycle);
        foreach (var (day, type) in _family.Week)
        {
            var date = monday.AddDays(((int)day + 6) % 7);
            if (recovery && type != SessionType.Recovery && type != SessionType.Easy)
            {
                if (type is SessionType.Long or SessionType.MediumLong)
                {
                    Add(date, SessionType.Easy, volume); // two weeks of easy running after the race
                }

                continue;
            }

            var weekend = day is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (type == SessionType.Long && raceWeek)
            {
                var distance = marathon ? 42.195 : 21.0975;
                Races.Add(new Race(date, marathon ? "Autumn Marathon" : "City Half", distance, RacePriority.A));
                Add(date, SessionType.Race, distance);
            }
            else if (type == SessionType.Long && weekOfCycle == 9 && weekend)
            {
                Races.Add(new Race(date, marathon ? "Tune-up Half" : "Tune-up 10k", marathon ? 21.1 : 10, RacePriority.B));
                Add(date, SessionType.Race, marathon ? 21.0975 : 10);
            }
            else if (!(raceWeek && type is SessionType.Threshold or SessionType.MarathonPace or SessionType.MediumLong && day >= DayOfWeek.Thursday))
            {
                Add(date, type, volume);
            }
        }
    }

    private void Add(DateOnly date, SessionType type, double volumeOrDistance)
    {
        var e = _athlete.EasyPace * Vary(0.03);
        var (t, mp, i) = (e * 0.82, e * 0.88, e * 0.75);
        var hr = _athlete.MaxHeartRate;
        var (easyHr, longHr, mpHr, tHr, iHr) = (0.76 * hr, 0.79 * hr, 0.87 * hr, 0.92 * hr, 0.95 * hr);
        var v = volumeOrDistance;
        List<Segment> segments = type switch
        {
            SessionType.Recovery => [new(Round(7 * v), e + 20, easyHr - 5)],
            SessionType.Easy => [new(Round(10 * v), e, easyHr)],
            SessionType.MediumLong => [new(Math.Min(14, Round(14 * v)), e + 5, easyHr + 3)],
            SessionType.Long => [new(Round(Math.Max(15, 28 * v)), e + 15, longHr)],
            SessionType.Threshold => [new(3, e, easyHr), new(Round(7 * v), t, tHr), new(2, e + 10, easyHr)],
            SessionType.MarathonPace => [new(2, e, easyHr), new(Round(13 * v), mp, mpHr), new(1, e + 10, easyHr)],
            SessionType.CruiseIntervals => [new(2, e, easyHr), .. Repeat(4, new Segment(1.6, t, tHr), new Segment(0.2, e + 30, tHr - 15)), new(2, e + 10, easyHr)],
            SessionType.Intervals => [new(3, e, easyHr), .. Repeat(6, new Segment(1, i, iHr), new Segment(0.4, e + 40, easyHr + 10)), new(2, e + 10, easyHr)],
            _ => [new(v, v > 30 ? mp : t, v > 30 ? mpHr + 3 : iHr)],
        };

        var key = type is SessionType.Threshold or SessionType.MarathonPace or SessionType.CruiseIntervals or SessionType.Intervals or SessionType.Race;
        var (hour, minute) = type == SessionType.Race ? (9, 0)
            : type == SessionType.Long ? (8, 0)
            : key && _athlete.EveningKeyRuns ? (18, 25)
            : key ? (6, 30)
            : _athlete.EveningKeyRuns ? (12, 15) : (7, 0);
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        var start = new DateTimeOffset(local, _athlete.Zone.GetUtcOffset(local));
        var seconds = segments.Sum(s => s.Km * s.Pace);
        var withLaps = _athlete.LapsFrom is not { } from || date >= from;
        var pressesLap = type is SessionType.Intervals or SessionType.CruiseIntervals && _random.NextDouble() < 0.6;
        var laps = !withLaps ? [] : pressesLap ? segments.Select(Lap).ToList() : AutoLaps(segments);
        var heart = _athlete.HasHeartRate;
        var activity = new Activity(new ActivityId(ActivitySource.Strava, $"{date:yyyyMMdd}{hour:00}"), start, local, Sport.Run, TimeSpan.FromSeconds(seconds + 30), TimeSpan.FromSeconds(seconds))
        {
            DistanceM = segments.Sum(s => s.Km) * 1000,
            AverageHeartRate = heart ? Math.Round(segments.Sum(s => s.Km * s.Pace * s.HeartRate) / seconds) : null,
            MaxHeartRate = heart ? Math.Round(segments.Max(s => s.HeartRate) + 6) : null,
            Laps = heart ? laps : laps.Select(l => l with { AverageHeartRate = null }).ToList(),
            Name = WorkoutNames.For(type, _athlete.Language, local, _random),
            MarkedAs = type == SessionType.Race && _random.NextDouble() < 0.5 ? AthleteMark.Race : null,
        };
        Runs.Add(new SimulatedRun(activity, type));
    }

    private double Vary(double spread) => 1 + (((_random.NextDouble() * 2) - 1) * spread);

    private static double Round(double km) => Math.Round(km * 2) / 2;

    private static IEnumerable<Segment> Repeat(int times, Segment work, Segment rest) =>
        Enumerable.Range(0, times).SelectMany(n => n < times - 1 ? new[] { work, rest } : [work]);

    private Lap Lap(Segment segment) =>
        new(TimeSpan.FromSeconds(segment.Km * segment.Pace), segment.Km * 1000) { AverageHeartRate = Math.Round(segment.HeartRate * Vary(0.01)) };

    // 1 km splits across the segments, the last one partial; each split's heart rate is its time-weighted mean.
    private List<Lap> AutoLaps(List<Segment> segments)
    {
        var laps = new List<Lap>();
        var (lapKm, lapSeconds, lapBeats) = (0.0, 0.0, 0.0);
        foreach (var segment in segments)
        {
            var left = segment.Km;
            while (left > 1e-9)
            {
                var take = Math.Min(left, 1 - lapKm);
                (lapKm, lapSeconds, lapBeats, left) = (lapKm + take, lapSeconds + (take * segment.Pace), lapBeats + (take * segment.Pace * segment.HeartRate), left - take);
                if (lapKm >= 1 - 1e-9)
                {
                    laps.Add(new Lap(TimeSpan.FromSeconds(lapSeconds), 1000) { AverageHeartRate = Math.Round(lapBeats / lapSeconds * Vary(0.01)) });
                    (lapKm, lapSeconds, lapBeats) = (0, 0, 0);
                }
            }
        }

        if (lapKm > 0.05)
        {
            laps.Add(new Lap(TimeSpan.FromSeconds(lapSeconds), lapKm * 1000) { AverageHeartRate = Math.Round(lapBeats / lapSeconds) });
        }

        return laps;
    }

    private sealed record Segment(double Km, double Pace, double HeartRate);
}
