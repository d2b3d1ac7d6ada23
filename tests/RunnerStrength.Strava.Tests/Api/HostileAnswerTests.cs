using System.Text;
using System.Text.Json;
using RunnerStrength.Strava.Api;
using RunnerStrength.Strava.Sync;
using RunnerStrength.Testing;

namespace RunnerStrength.Strava.Tests.Api;

/// <summary>
/// What Strava (or anyone posting to the webhook) sends, mutated thousands of ways: the readers give a value or a
/// JsonException (which the sync treats as a broken body, read again, and the webhook as a 400), and whatever
/// they give maps to an activity without throwing.
/// </summary>
public sealed class HostileAnswerTests
{
    private const int Mutations = 3000;

    private const string ActivityList = """
        [{"id":16181809559,"name":"Seuil 7 km","distance":12004.1,"moving_time":3312,"elapsed_time":3360,"total_elevation_gain":42.0,
          "type":"Run","sport_type":"Run","workout_type":null,"start_date":"2025-10-18T12:49:52Z","start_date_local":"2025-10-18T08:49:52Z",
          "timezone":"(GMT-05:00) America/New_York","trainer":false,"manual":false,"average_heartrate":158.2,"max_heartrate":181.0,
          "athlete":{"id":777},"device_name":"Garmin Forerunner 265","external_id":"garmin_ping_1"},
         {"id":16181809560,"name":"Easy","distance":8000,"moving_time":2700,"elapsed_time":2710,"type":"Ride","sport_type":"GravelRide",
          "start_date":"2025-10-17T06:00:00Z","start_date_local":"2025-10-17T02:00:00Z","workout_type":10}]
        """;

    private const string Laps = """
        [{"lap_index":1,"elapsed_time":330,"moving_time":330,"distance":1000.0,"average_heartrate":140.1},
         {"lap_index":2,"elapsed_time":271,"moving_time":270,"distance":1000.0,"average_heartrate":171.4}]
        """;

    private const string WebhookEvent = """
        {"aspect_type":"update","event_time":1516126040,"object_id":1360128428,"object_type":"activity","owner_id":777,"subscription_id":131300,"updates":{"title":"Messy"}}
        """;

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void TheActivityList_GivesActivitiesOrAJsonException_AndEveryActivityMaps()
    {
        var read = 0;
        foreach (var mutant in PayloadMutations.Of(Encoding.UTF8.GetBytes(ActivityList), 11, Mutations))
        {
            if (ReadOrNull(mutant, StravaJsonContext.Default.ListStravaActivity) is { } list)
            {
                read++;
                Assert.All(list.OfType<StravaActivity>(), a => StravaActivityMapper.ToActivity(a, Paris));
            }
        }

        Assert.InRange(read, 1, Mutations - 1);
    }

    [Fact]
    public void Laps_GiveLapsOrAJsonException()
    {
        var read = PayloadMutations.Of(Encoding.UTF8.GetBytes(Laps), 12, Mutations)
            .Select(m => ReadOrNull(m, StravaJsonContext.Default.ListStravaLap)).OfType<List<StravaLap>>()
            .Select(laps => StravaActivityMapper.ToLaps(laps.OfType<StravaLap>())).ToList();

        Assert.InRange(read.Count, 1, Mutations - 1); // some read, some refused: both paths taken
    }

    [Fact]
    public void WebhookEvents_GiveAnEventOrAJsonException()
    {
        var read = PayloadMutations.Of(Encoding.UTF8.GetBytes(WebhookEvent), 13, Mutations)
            .Select(m => ReadOrNull(m, StravaJsonContext.Default.StravaWebhookEvent)).OfType<StravaWebhookEvent>().ToList();

        Assert.InRange(read.Count, 1, Mutations - 1);
        Assert.All(read, e => Assert.False(e.IsDeauthorization)); // no mutant of an activity update turns into a revocation
    }

    // Anything but a JsonException fails the test.
    private static T? ReadOrNull<T>(byte[] mutant, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(mutant, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
