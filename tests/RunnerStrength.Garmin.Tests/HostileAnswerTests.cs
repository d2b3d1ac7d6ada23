using System.IO.Compression;
using System.Text;
using System.Text.Json;
using RunnerStrength.Garmin.Api;
using RunnerStrength.Garmin.Auth;

namespace RunnerStrength.Garmin.Tests;

/// <summary>
/// Garmin's answers mutated thousands of ways (seeded bit flips, truncations, spliced bytes): the readers return
/// a value or null with a reason, and the list reader refuses broken JSON with a JsonException (which the pull
/// treats as a failed pass that resumes), never anything else.
/// </summary>
public sealed class HostileAnswerTests
{
    private const int Mutations = 3000;
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private static IEnumerable<byte[]> Mutants(byte[] original, int seed) => RunnerStrength.Testing.PayloadMutations.Of(original, seed, Mutations);

    [Fact]
    public void TheTokenAnswer_NeverThrows()
    {
        var answer = Encoding.UTF8.GetBytes("""{"access_token":"eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3OTk5OTk5OTl9.c2ln","token_type":"Bearer","expires_in":86400}""");

        var read = Mutants(answer, 1).Select(m => GarminTokenResponse.Parse(Encoding.UTF8.GetString(m), Now, out _)).ToList();

        Assert.Contains(read, t => t is not null);
        Assert.All(read.OfType<GarminToken>(), t => Assert.False(string.IsNullOrEmpty(t.AccessToken)));
    }

    [Fact]
    public void TheActivityList_GivesActivitiesOrAJsonException_NeverAnythingElse()
    {
        var list = Encoding.UTF8.GetBytes("""[{"activityId":21000000001,"activityName":"Run","startTimeGMT":"2026-12-01 06:00:00","activityType":{"typeKey":"running"}},{"activityId":"21000000002","startTimeGMT":"2026-12-02T06:00:00Z","activityType":null}]""");
        var (read, refused) = (0, 0);

        foreach (var mutant in Mutants(list, 2))
        {
            try
            {
                GarminActivityList.Parse(Encoding.UTF8.GetString(mutant), out _);
                read++;
            }
            catch (JsonException)
            {
                refused++;
            }
        }

        Assert.Equal(Mutations, read + refused);
        Assert.True(read > 0 && refused > 0, $"{read} read, {refused} refused");
    }

    [Fact]
    public void ADownload_IsAFitFileOrNullWithAReason_NeverAnException()
    {
        var fit = File.ReadAllBytes(Testing.RepositoryPaths.Fixtures("fit", "garmin-fenix-5-run.fit"));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry("123_ACTIVITY.fit").Open())
        {
            entry.Write(fit);
        }

        var kinds = new List<string>();
        foreach (var mutant in Mutants(buffer.ToArray(), 3).Concat(Mutants(fit, 4)))
        {
            var read = GarminOriginal.FitOf(mutant, out var kind);
            Assert.True(read is not null || kind.Length > 0);
            kinds.Add(kind);
        }

        Assert.Contains(kinds, k => k.StartsWith("a damaged ZIP", StringComparison.Ordinal) || k.StartsWith("a ZIP without", StringComparison.Ordinal));
        Assert.Contains(kinds, k => k.StartsWith("neither a ZIP nor a FIT file", StringComparison.Ordinal));
    }
}
