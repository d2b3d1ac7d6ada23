using RunnerStrength.Fit.ProfileGenerator;
using RunnerStrength.Testing;

namespace RunnerStrength.Fit.Tests.Profile;

public class ProfileGeneratorTests
{
    [SkippableTheory]
    [InlineData(ProfileCodeGenerator.MessagesFile)]
    [InlineData(ProfileCodeGenerator.TypesFile)]
    public void CommittedTables_AreWhatTheGeneratorMakesFromTheOfficialProfile(string file)
    {
        var profile = File.ReadAllText(RepositoryPaths.RequireShared("reference", "fit-profile.json"));

        var generated = ProfileCodeGenerator.Generate(profile).Single(g => g.Name == file).Text;
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "RunnerStrength.Fit", "Profile", "Generated", file));

        Assert.True(generated == committed, $"{file} is stale: run the generator (README, FIT section) and commit its output.");
    }
}
