using System.Text.Json;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Sync;
using RunnerStrength.Testing;
using RunnerStrength.Training.Activities;

namespace RunnerStrength.Strava.Tests.Api;

/// <summary>The source-generated models read the real responses recorded in ../shared/reference/strava.</summary>
public sealed class RecordedPayloadTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static string Recorded(string file) => File.ReadAllText(RepositoryPaths.RequireShared("reference", "strava", "dblock-strava-ruby-client", "recorded", file));

    [SkippableFact]
    public void ActivityList_2025_ReadsEveryRun_WithWorkoutTypesAndHeartRate()
    {
        var activities = JsonSerializer.Deserialize(Recorded("list-athlete-activities-2025-10.json"), StravaJsonContext.Default.ListStravaActivity)!;

        Assert.Equal(30, activities.Count);
        var first = activities[0];
        Assert.Equal((16181809559L, "Run", (int?)null, 7772, 22601.3), (first.Id, first.SportType, first.WorkoutType, first.MovingTime, first.Distance!.Value));
        Assert.Equal(new DateTimeOffset(2025, 10, 18, 12, 49, 52, TimeSpan.Zero), first.StartDate);
        Assert.Contains(activities, a => a.WorkoutType == 1);
        Assert.Contains(activities, a => a.WorkoutType == 2);
        Assert.Contains(activities, a => a.SportType == "TrailRun" && a.Type == "Run");
        Assert.All(activities, a => Assert.StartsWith("garmin_ping_", a.ExternalId, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Mapper_TakesTheInstantFromStartDate_NotTheMisleadingLocalZ()
    {
        var strava = JsonSerializer.Deserialize(Recorded("list-athlete-activities-2025-10.json"), StravaJsonContext.Default.ListStravaActivity)![0];

        var activity = StravaActivityMapper.ToActivity(strava, NewYork);

        Assert.Equal(new ActivityId(ActivitySource.Strava, "16181809559"), activity.Id);
        Assert.Equal(new DateTime(2025, 10, 18, 8, 49, 52), activity.LocalStart); // 12:49Z in New York's October (UTC-4)
        Assert.Equal((Sport.Run, 7772.0, 7792.0), (activity.Sport, activity.Moving.TotalSeconds, activity.Elapsed.TotalSeconds));
        Assert.NotNull(activity.AverageHeartRate);
    }

    [SkippableFact]
    public void LapsTokensAndFaults_ReadAsRecorded()
    {
        var laps = JsonSerializer.Deserialize(Recorded("list-activity-laps-2025.json"), StravaJsonContext.Default.ListStravaLap)!;
        var exchange = JsonSerializer.Deserialize(Recorded("oauth-token-authorization-code.json"), StravaJsonContext.Default.StravaToken)!;
        var refresh = JsonSerializer.Deserialize(Recorded("oauth-token-refresh.json"), StravaJsonContext.Default.StravaToken)!;
        var fault = JsonSerializer.Deserialize(Recorded("oauth-token-error-400-invalid-code.json"), StravaJsonContext.Default.StravaFault)!;

        Assert.Equal((1, 1008, 124.9), (laps[0].LapIndex, laps[0].ElapsedTime, laps[0].AverageHeartrate!.Value));
        Assert.NotNull(exchange.Athlete);
        Assert.Equal(("new-access-token", "new-refresh-token", 1542940199L, (StravaAthlete?)null), (refresh.AccessToken, refresh.RefreshToken, refresh.ExpiresAt, refresh.Athlete));
        Assert.True(fault.Has("RequestToken", "code", "invalid"));
    }

    [Theory]
    [InlineData("TrailRun", Sport.Run)]
    [InlineData("VirtualRun", Sport.Run)]
    [InlineData("GravelRide", Sport.Ride)]
    [InlineData("WeightTraining", Sport.Strength)]
    [InlineData("Snowshoe", Sport.Hike)]
    [InlineData("Pickleball", Sport.Other)]
    [InlineData("SomethingStravaAddsNextYear", Sport.Other)]
    public void SportTypes_MapWithoutAClosedEnum(string sportType, Sport expected) =>
        Assert.Equal(expected, StravaActivityMapper.SportOf(sportType));
}
