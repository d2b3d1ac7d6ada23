using RunnerStrength.Fit.Summary;
using RunnerStrength.Testing;

namespace RunnerStrength.Fit.Tests.Decoding;

/// <summary>Real device files from fixtures/fit (see fixtures/README.md), with values from the official SDK's summaries.</summary>
public class FixtureFileTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(RepositoryPaths.Fixtures("fit", name));

    [Fact]
    public void Fenix5Run_SessionMatchesTheOfficialSdk()
    {
        var (result, summary) = FitSummaryBuilder.Summarize(Fixture("garmin-fenix-5-run.fit"));

        Assert.True(result.DecodeOk && result.IntegrityOk);
        var session = Assert.Single(summary.Sessions);
        Assert.Equal((1L, 0L), (session.Sport, session.SubSport));
        Assert.Equal(new DateTimeOffset(2017, 6, 11, 14, 34, 9, TimeSpan.Zero), session.StartTime);
        Assert.Equal(56.887, session.TotalTimerTime);
        Assert.Equal(157.56, session.TotalDistance);
        Assert.Equal((90.0, 112.0), (session.AvgHeartRate, session.MaxHeartRate));
        Assert.Equal(2.77, session.AvgSpeed);
        Assert.Equal(21, summary.RecordCount);
        Assert.Equal(71, summary.MessageCounts["hrv"]);
        Assert.Equal("fenix5", summary.FileId!.ProductName);
    }

    [Fact]
    public void Fr70CompressedTimestamps_AreAllDecoded_WhereTheOfficialSdkStops()
    {
        var (result, summary) = FitSummaryBuilder.Summarize(Fixture("antfs-dump.63.fit"));

        Assert.True(result.DecodeOk && result.IntegrityOk);
        Assert.Equal(686, summary.RecordCount);
        Assert.True(summary.FirstRecordTimestamp < summary.LastRecordTimestamp);
    }

    [Fact]
    public void Fr70CompressedSpeedDistance_AccumulatesToTheSessionDistance()
    {
        var (result, messages) = MessageCollector.Decode(Fixture("compressed-speed-distance.fit"));
        var records = messages.Where(m => m.Name == "record").ToList();
        var distances = records.Select(r => r.GetValue(5)).OfType<double>().ToList();

        Assert.True(result.DecodeOk);
        Assert.Equal(755, records.Count);
        Assert.Equal(10248.6875, distances[^1]);       // the session says 10248.67 m
        Assert.True(distances.Zip(distances.Skip(1)).All(p => p.Second >= p.First)); // never runs backwards
    }

    [Fact]
    public void WahooBigEndianWithDeveloperData_NamesTheDeveloperField()
    {
        var (result, messages) = MessageCollector.Decode(Fixture("elemnt-bolt-no-application-id-inside-developer-data-id.fit"));

        Assert.True(result.DecodeOk && result.IntegrityOk);
        Assert.Equal(result.Statistics.Definitions, result.Statistics.BigEndianDefinitions);
        var charge = messages.SelectMany(m => Enumerable.Range(0, m.Fields.Count).Select(i => m.Fields[i])).First(f => f.Descriptor.IsDeveloper);
        Assert.Equal(("charge", "%", 66.0), (charge.Name, charge.Descriptor.Units, charge.Value));
    }

    [Fact]
    public void StravaAndroidFile_UndefinedLocalType_ReportsTheOffset_AndSalvagesTheRecordsBefore()
    {
        var (result, summary) = FitSummaryBuilder.Summarize(Fixture("strava-android-app-201.10-b1218918.fit"));

        Assert.False(result.DecodeOk);
        Assert.Contains(result.Errors, e => e.Offset == 7471 && e.Problem.Contains("local type 11", StringComparison.Ordinal));
        Assert.Equal(473, summary.RecordCount); // as many as the official SDK
    }

    [Fact]
    public void ChainedSwimFile_ReadsEveryUnit()
    {
        var (result, summary) = FitSummaryBuilder.Summarize(Fixture("event_timestamp.fit"));

        Assert.True(result.DecodeOk && result.IntegrityOk);
        Assert.Equal(5, result.Headers.Count);
        Assert.Equal(4376, summary.RecordCount);
        Assert.Equal(99, summary.LapCount);
    }

    [Fact]
    public void SmallestValidFile_HasItsFileId()
    {
        var (result, summary) = FitSummaryBuilder.Summarize(Fixture("valid_only_contain_fileid.fit"));

        Assert.True(result.DecodeOk);
        Assert.Equal((4L, 267L), (summary.FileId!.Type, summary.FileId.Manufacturer)); // activity, bryton
    }
}
