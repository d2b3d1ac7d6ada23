using BenchmarkDotNet.Attributes;
using RunnerStrength.Fit.Workouts;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;
using RunnerStrength.Training.Prescription;

namespace RunnerStrength.Benchmarks;

/// <summary>A build-phase session (3 warm-ups, 4 working sets, 13 steps) as a FIT workout file, as the watch folder and the download make it.</summary>
[MemoryDiagnoser]
public class WorkoutEncodingBenchmarks
{
    private static readonly DateTimeOffset Created = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private PlannedSession _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        var profile = new AthleteProfile("Europe/Paris", new TimeOnly(18, 0), WeeklyTemplate.Default, DeadliftStage.HexBar, Equipment.Gym) { OneRepMaxKg = 120 };
        _session = new PlannedSession("rs-2026-W49-1", new DateOnly(2026, 12, 1), new TimeOnly(18, 0), Prescriber.Prescribe(Phase.Build, false, profile), "before an easy day");
    }

    [Benchmark]
    public byte[] EncodeSession() => FitWorkoutEncoder.Encode(StrengthWorkouts.From(_session), Created);
}
