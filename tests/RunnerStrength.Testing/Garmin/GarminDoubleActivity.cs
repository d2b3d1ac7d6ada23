using static RunnerStrength.Testing.FitFileBuilder.BaseTypes;

namespace RunnerStrength.Testing.Garmin;

/// <summary>An activity on the Garmin double: what the list says of it and its original FIT file.</summary>
/// <param name="Id"><c>activityId</c>.</param>
/// <param name="StartUtc"><c>startTimeGMT</c>.</param>
/// <param name="TypeKey"><c>activityType.typeKey</c>.</param>
/// <param name="File">The original FIT file.</param>
/// <param name="Zipped">Served as Garmin does, in a ZIP; false serves the raw file.</param>
public sealed record GarminDoubleActivity(long Id, DateTimeOffset StartUtc, string TypeKey, byte[] File, bool Zipped = true)
{
    private static readonly DateTimeOffset FitEpoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A run recorded by a Garmin watch: file_id and one running session (what the importer reads).</summary>
    public static GarminDoubleActivity Run(long id, DateTimeOffset start, TimeSpan duration, double distanceM) =>
        new(id, start, "running", RunFile(start, duration, distanceM));

    /// <summary>A real recording from <c>fixtures/fit</c>, starting when the file says.</summary>
    public static GarminDoubleActivity Fixture(long id, string name, DateTimeOffset start, bool zipped = true) =>
        new(id, start, "running", System.IO.File.ReadAllBytes(RepositoryPaths.Fixtures("fit", name)), zipped);

    /// <summary>Daily runs, the newest <paramref name="newestDaysAgo"/> days before <paramref name="now"/>, ids from <paramref name="firstId"/>.</summary>
    public static IEnumerable<GarminDoubleActivity> History(int count, DateTimeOffset now, long firstId = 20_000_000_000, int newestDaysAgo = 0, int everyDays = 1) =>
        Enumerable.Range(0, count).Select(i => Run(
            firstId + i,
            now.UtcDateTime.Date.AddDays(-newestDaysAgo - (i * everyDays)).AddHours(6 + (i % 5)),
            TimeSpan.FromMinutes(40 + (i % 30)),
            7000 + (i % 11 * 500)));

    private static byte[] RunFile(DateTimeOffset start, TimeSpan duration, double distanceM)
    {
        var startRaw = (long)(start - FitEpoch).TotalSeconds;
        var end = startRaw + (long)duration.TotalSeconds;
        return new FitFileBuilder()
            .Define(0, 0, false, (0, 1, FitEnum), (1, 2, FitUInt16), (2, 2, FitUInt16), (4, 4, FitUInt32))
            .Data(0, 4L, 1L, 3113L, startRaw) // activity, garmin, forerunner 255
            .Define(1, 18, false, (253, 4, FitUInt32), (2, 4, FitUInt32), (5, 1, FitEnum), (6, 1, FitEnum), (7, 4, FitUInt32), (8, 4, FitUInt32), (9, 4, FitUInt32))
            .Data(1, end, startRaw, 1L, 0L, (long)(duration.TotalSeconds * 1000), (long)(duration.TotalSeconds * 1000), (long)(distanceM * 100))
            .Build();
    }
}
