using RunnerStrength.Training.Athletes;

namespace RunnerStrength.Training.Tests.Athletes;

public sealed class DeadliftStagesTests
{
    [Theory]
    [InlineData("kettlebell", DeadliftStage.Kettlebell)]
    [InlineData("Hex-Bar", DeadliftStage.HexBar)]
    [InlineData("trap bar", DeadliftStage.HexBar)]
    [InlineData(" BARBELL ", DeadliftStage.Barbell)]
    public void Parse_ReadsStagesAsPeopleWriteThem(string text, DeadliftStage expected) => Assert.Equal(expected, DeadliftStages.Parse(text));

    [Fact]
    public void EachStage_HasOneName_OneExercise_AndOneLabel_ThatReadBack()
    {
        Assert.Equal(
            [("kettlebell", "kettlebell_deadlift", "kettlebell deadlift"), ("hex_bar", "hex_bar_deadlift", "hex bar deadlift"), ("barbell", "barbell_deadlift", "barbell deadlift")],
            DeadliftStages.All.Select(s => (DeadliftStages.Name(s), DeadliftStages.Exercise(s), DeadliftStages.Label(s))));
        Assert.All(DeadliftStages.All, s => Assert.Equal(s, DeadliftStages.Parse(DeadliftStages.Name(s))));
    }

    [Fact]
    public void Problem_NamesWhatIsExpected()
    {
        Assert.Equal("must be kettlebell, hex_bar or barbell (got 'sumo')", DeadliftStages.Problem("sumo"));
        Assert.Null(DeadliftStages.Problem("hex_bar"));
    }

    [Theory]
    [InlineData(3.0, "must be between 4 and 500 kg (got 3)")]
    [InlineData(501.0, "must be between 4 and 500 kg (got 501)")]
    [InlineData(120.0, null)]
    public void OneRepMax_Bounds(double kg, string? problem) => Assert.Equal(problem, StrengthInput.OneRepMaxProblem(kg));

    [Fact]
    public void Kettlebells_AreReadSorted_AndABadSizeIsNamed()
    {
        var (sizes, problem) = StrengthInput.ParseKettlebells("16, 8,12,8");
        Assert.Equal([8.0, 12, 16], sizes);
        Assert.Null(problem);
        Assert.Equal("must list sizes in kg separated by commas (got 'heavy')", StrengthInput.ParseKettlebells("8, heavy").Problem);
        Assert.Equal("must list sizes above 0 and up to 100 kg (got 120)", StrengthInput.ParseKettlebells("8, 120").Problem);
    }
}
