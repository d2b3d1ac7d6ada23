using RunnerStrength.Training.Classification;
using static RunnerStrength.Training.Tests.Classification.ActivityFactory;

namespace RunnerStrength.Training.Tests.Classification;

/// <summary>Rule 10's workout names in the languages European runners use; a name alone decides with low confidence.</summary>
public sealed class WorkoutNamesTests
{
    private static readonly Classifier Classifier = new();

    [Theory]
    [InlineData("Seuil 7 km", ActivityKind.Tempo)]
    [InlineData("Pyramide 400-800-1200-800-400", ActivityKind.Interval)]
    [InlineData("Fractionné court", ActivityKind.Interval)]
    [InlineData("Séries en côtes", ActivityKind.Interval)]
    [InlineData("Schwellenlauf", ActivityKind.Tempo)]
    [InlineData("Intervalle auf der Bahn", ActivityKind.Interval)]
    [InlineData("Series de 1000", ActivityKind.Interval)]
    [InlineData("Umbral 3x10'", ActivityKind.Interval)] // the repeats say more than the word
    [InlineData("Ripetute in salita", ActivityKind.Interval)]
    [InlineData("Corsa in soglia", ActivityKind.Tempo)]
    [InlineData("Drempelloop", ActivityKind.Tempo)]
    [InlineData("Intervallen op de baan", ActivityKind.Interval)]
    public void Name_InAnotherLanguage_IsRead(string name, ActivityKind expected)
    {
        var verdict = Classifier.Classify(Run(55, 11) with { Name = name }, Athlete(), ActivityHistory.Empty, []);

        Assert.Equal((expected, true, Confidence.Low, 10), (verdict.Kind, verdict.IsKey, verdict.Confidence, verdict.Rule));
        Assert.Contains(name, verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Footing tranquille")]
    [InlineData("Lockerer Dauerlauf")]
    [InlineData("Rodaje suave")]
    [InlineData("Corsa lenta")]
    [InlineData("Rustige duurloop")]
    public void EasyNames_StayEasy(string name)
    {
        var verdict = Classifier.Classify(Run(45, 8) with { Name = name }, Athlete(), ActivityHistory.Empty, []);

        Assert.False(verdict.IsKey, verdict.Reason);
    }
}
