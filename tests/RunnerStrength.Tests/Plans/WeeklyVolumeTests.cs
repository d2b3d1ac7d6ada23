using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnerStrength.Plans;
using RunnerStrength.Storage.Activities;
using RunnerStrength.Testing;
using RunnerStrength.Training.Activities;
using RunnerStrength.Web;

namespace RunnerStrength.Tests.Plans;

/// <summary>The dashboard's volume chart: easy and key kilometres per week, drawn as SVG.</summary>
public sealed class WeeklyVolumeTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    private static Activity Run(string id, DateTimeOffset start, double km, int? workoutType) =>
        ActivityBuilder.Run(ActivitySource.Strava, id, start, TimeSpan.FromMinutes(km * 5.5)) with
        {
            DistanceM = km * 1000,
            MarkedAs = workoutType == 3 ? AthleteMark.Workout : null,
            Name = workoutType == 3 ? "Intervals" : "Easy",
        };

    [Fact]
    public async Task Weeks_SplitEasyAndKeyKilometres_AndTheChartDrawsThem()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)); // a Friday
        await using var services = await StoreServices.CreatePreparedAsync(_data.Path, null, clock);
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ActivityStore>();
        await store.AddAsync(1, Run("easy", new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero), 10, 0), default);
        await store.AddAsync(1, Run("intervals", new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero), 12, 3), default);
        await store.AddAsync(1, Run("last-week", new DateTimeOffset(2026, 11, 18, 7, 0, 0, TimeSpan.Zero), 8, 0), default);
        var athlete = await scope.ServiceProvider.GetRequiredService<AthleteContextLoader>().LoadAsync(default);

        var weeks = await scope.ServiceProvider.GetRequiredService<WeeklyVolume>().LastWeeksAsync(athlete, 12, default);
        var svg = XDocument.Parse(VolumeChart.Svg(weeks));

        Assert.Equal(12, weeks.Count);
        Assert.Equal(new WeeklyVolume.Bar(new DateOnly(2026, 11, 23), 10, 12, 1), weeks[^1]);
        Assert.Equal(new WeeklyVolume.Bar(new DateOnly(2026, 11, 16), 8, 0, 0), weeks[^2]);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var bars = svg.Descendants(ns + "g").ToList();
        Assert.Equal(12, bars.Count);
        var thisWeek = bars[^1];
        double Height(string kind) => double.Parse(thisWeek.Elements(ns + "rect").Single(r => (string?)r.Attribute("class") == kind).Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(12.0 / 10, Height("key") / Height("easy"), 2);
        Assert.Equal("Week of 23 Nov: 22 km, 12 km in 1 key sessions; 0 strength sessions, 0 working sets", thisWeek.Element(ns + "title")!.Value);
    }
}
