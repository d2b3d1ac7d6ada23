using RunnerStrength.Fit.Workouts;
using RunnerStrength.Testing;
using RunnerStrength.Training.Athletes;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Fit.Tests.Workouts;

/// <summary>Workout files read by the official FIT SDK (the oracle): no error, and the steps are the plan.</summary>
public sealed class OfficialSdkWorkoutTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableTheory]
    [MemberData(nameof(WorkoutSessions.All), MemberType = typeof(WorkoutSessions))]
    public async Task TheOfficialSdk_ReadsEveryWorkout_AsThePlan(string name, DeadliftStage stage, Phase phase, double? oneRepMaxKg)
    {
        var session = WorkoutSessions.Of(stage, phase, oneRepMaxKg);
        var workout = StrengthWorkouts.From(session);
        var file = _folder.Combine(StrengthWorkouts.FileName(session));
        await File.WriteAllBytesAsync(file, FitWorkoutEncoder.Encode(workout, new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero)));

        var read = Assert.Single(await FitSdkOracle.ReadWorkoutsAsync(file));
        var steps = read.GetProperty("steps").EnumerateArray().ToList();
        var sets = steps.Where(s => s.GetProperty("durationType").GetInt32() == 29).ToList();
        var rests = steps.Where(s => s.GetProperty("intensity").GetInt32() == 1).ToList();

        Assert.True(read.GetProperty("integrity_ok").GetBoolean(), name);
        Assert.Empty(read.GetProperty("errors").EnumerateArray());
        Assert.Equal(5, read.GetProperty("file_id").GetProperty("type").GetInt32());
        Assert.Equal((10, 20, steps.Count), (read.GetProperty("workout").GetProperty("sport").GetInt32(), read.GetProperty("workout").GetProperty("subSport").GetInt32(), read.GetProperty("workout").GetProperty("numValidSteps").GetInt32()));
        Assert.Equal(workout.Name, read.GetProperty("workout").GetProperty("wktName").GetString());
        Assert.Equal(session.Prescription.Sets.Select(s => s.Reps), sets.Select(s => s.GetProperty("durationReps").GetInt32()));
        Assert.Equal(session.Prescription.Sets.Select(s => s.LoadKg), sets.Select(s => s.TryGetProperty("exerciseWeight", out var kg) ? kg.GetDouble() : (double?)null));
        Assert.Equal(session.Prescription.Sets.Select(s => s.Warmup ? 2 : 0), sets.Select(s => s.GetProperty("intensity").GetInt32()));
        Assert.All(sets, s => Assert.Equal((8, (int)FitDeadlifts.ExerciseName(session.Prescription.Exercise)), (s.GetProperty("exerciseCategory").GetInt32(), s.GetProperty("exerciseName").GetInt32())));
        Assert.Equal(sets.Count - 1, rests.Count);
        Assert.All(rests, r => Assert.True(r.GetProperty("durationTime").GetDouble() is 60 or 120 or 180, r.ToString()));
    }
}
