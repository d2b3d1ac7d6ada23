namespace RunnerStrength.Testing.Seasons;

/// <summary>What runners call their runs, in the languages European runners write them in.</summary>
internal static class WorkoutNames
{
    private static readonly Dictionary<string, Dictionary<SessionType, string[]>> ByLanguage = new()
    {
        ["en"] = Names(easy: ["Easy run", "Recovery"], longRun: ["Long run", "Sunday long"], tempo: ["Tempo 7k", "Threshold run"], mp: ["MP run", "Marathon pace 12k"], intervals: ["6x1000", "Track intervals"], cruise: ["Cruise intervals"]),
        ["fr"] = Names(easy: ["Footing", "Footing récup"], longRun: ["Sortie longue"], tempo: ["Seuil 7 km", "Tempo seuil"], mp: ["Allure marathon"], intervals: ["Pyramide 400-800-1200-800-400", "Fractionné 6x1000", "VMA courte"], cruise: ["Seuil 3x1600"]),
        ["de"] = Names(easy: ["Dauerlauf", "Lockerer Lauf"], longRun: ["Langer Lauf"], tempo: ["Schwellenlauf", "Tempodauerlauf"], mp: ["Marathonrenntempo"], intervals: ["Intervalle 6x1000", "Bahntraining"], cruise: ["Schwelle 3x1600"]),
        ["es"] = Names(easy: ["Rodaje suave"], longRun: ["Tirada larga"], tempo: ["Umbral 7 km"], mp: ["Ritmo maratón"], intervals: ["Series 6x1000", "Intervalos"], cruise: ["Umbral 3x1600"]),
        ["it"] = Names(easy: ["Corsa lenta", "Lento"], longRun: ["Lungo"], tempo: ["Soglia 7 km"], mp: ["Ritmo maratona"], intervals: ["Ripetute 6x1000"], cruise: ["Soglia 3x1600"]),
        ["nl"] = Names(easy: ["Duurloop", "Herstelloop"], longRun: ["Lange duurloop"], tempo: ["Drempelloop"], mp: ["Marathontempo"], intervals: ["Intervallen 6x1000", "Baantraining"], cruise: ["Drempel 3x1600"]),
    };

    /// <summary>A name for the run: most runs keep the device's "Morning Run"; some are named by the athlete.</summary>
    public static string For(SessionType type, string language, DateTime localStart, Random random)
    {
        var device = localStart.Hour < 12 ? "Morning Run" : localStart.Hour < 17 ? "Afternoon Run" : "Evening Run";
        if (random.NextDouble() >= 0.35 || !ByLanguage[language].TryGetValue(type == SessionType.Recovery || type == SessionType.MediumLong ? SessionType.Easy : type, out var names))
        {
            return device;
        }

        return names[random.Next(names.Length)];
    }

    private static Dictionary<SessionType, string[]> Names(string[] easy, string[] longRun, string[] tempo, string[] mp, string[] intervals, string[] cruise) => new()
    {
        [SessionType.Easy] = easy,
        [SessionType.Long] = longRun,
        [SessionType.Threshold] = tempo,
        [SessionType.MarathonPace] = mp,
        [SessionType.Intervals] = intervals,
        [SessionType.CruiseIntervals] = cruise,
    };
}
