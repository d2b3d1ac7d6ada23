using RunnerStrength.Fit.Activities;
using RunnerStrength.Testing;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Fit.Tests.Activities;

public class FitActivityReaderTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static IReadOnlyList<Activity> Read(string fixture) =>
        FitActivityReader.Read(File.ReadAllBytes(RepositoryPaths.Fixtures("fit", fixture)), "hash", Paris).Activities;

    [Fact]
    public void Fenix5Run_BecomesARunWithItsTotals()
    {
        var run = Assert.Single(Read("garmin-fenix-5-run.fit"));

        Assert.Equal((Sport.Run, "fit:hash"), (run.Sport, run.Id.ToString()));
        Assert.Equal(new DateTimeOffset(2017, 6, 11, 14, 34, 9, TimeSpan.Zero), run.Start);
        Assert.Equal(157.56, run.DistanceM);
        Assert.Equal((90.0, 112.0), (run.AverageHeartRate, run.MaxHeartRate));
        Assert.Equal(56.887, run.Moving.TotalSeconds, 3);
        Assert.Equal("garmin fenix5", run.Device);
        Assert.Single(run.Laps);
        Assert.InRange(run.HeartRate!.Total.TotalSeconds, 40, 60); // 21 records over 57 s, gaps capped at 10 s
    }

    [Fact]
    public void LocalStart_ComesFromTheFilesLocalTimestamp()
    {
        var run = Assert.Single(Read("garmin-fenix-5-run.fit"));

        // The watch's local_timestamp says which zone it was in; the start is given in that local time.
        Assert.NotEqual(run.Start.UtcDateTime, run.LocalStart);
        Assert.Equal(DateTimeKind.Unspecified, run.LocalStart.Kind);
    }

    [Fact]
    public void PoolSwim_KeepsItsLaps()
    {
        var swim = Assert.Single(Read("event_timestamp.fit"));

        Assert.Equal((Sport.Swim, 99), (swim.Sport, swim.Laps.Count));
    }

    [Fact]
    public void Fr70CompressedTimestamps_GiveAHeartRateDistribution()
    {
        var run = Assert.Single(Read("compressed-speed-distance.fit"));

        Assert.Equal(Sport.Run, run.Sport);
        Assert.Equal(10248.67, run.DistanceM!.Value, 2);
        Assert.Equal(11, run.Laps.Count);
        Assert.True(run.HeartRate!.TimeAtOrAbove(170) > TimeSpan.FromMinutes(10));
        Assert.True(run.Speed!.TimeAtOrAbove(3) > TimeSpan.Zero);
    }

    [Fact]
    public void FileWithoutSessions_GivesNoActivity() =>
        Assert.Empty(Read("valid_only_contain_fileid.fit"));
}
