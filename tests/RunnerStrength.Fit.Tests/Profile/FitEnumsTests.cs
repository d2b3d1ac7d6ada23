using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Tests.Profile;

public class FitEnumsTests
{
    [Theory]
    [InlineData("sport", 1, "running")]
    [InlineData("sub_sport", 20, "strength_training")]
    [InlineData("manufacturer", 294, "coros")]
    [InlineData("garmin_product", 3570, "edge1030_plus")]
    [InlineData("exercise_category", 8, "deadlift")]
    public void Name_KnownValue_IsTheProfileName(string type, long value, string expected) =>
        Assert.Equal(expected, FitEnums.Name(type, value));

    [Theory]
    [InlineData("sport", 9999)]      // a value the profile does not define
    [InlineData("no_such_type", 1)]  // a type the profile does not define
    public void Name_Unknown_IsNull(string type, long value) => Assert.Null(FitEnums.Name(type, value));
}
