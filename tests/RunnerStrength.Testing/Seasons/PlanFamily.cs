namespace RunnerStrength.Testing.Seasons;

/// <summary>
/// Week structures of published plan families, as runners follow them: which weekday holds which session.
/// The shapes follow the public plans' layouts (not their exact mileage): Pfitzinger's 18-week marathon
/// (Tuesday lactate threshold, Wednesday medium-long, Sunday long), Higdon's intermediate marathon (Wednesday
/// marathon-pace run, Saturday long), Hansons' marathon method (Tuesday speed, Thursday tempo, Sunday long)
/// and a Daniels-style half marathon (Tuesday intervals, Thursday cruise intervals, Sunday long).
/// </summary>
public sealed record PlanFamily(string Name, IReadOnlyDictionary<DayOfWeek, SessionType> Week, string Template)
{
    public static PlanFamily Pfitzinger { get; } = new("pfitzinger", new Dictionary<DayOfWeek, SessionType>
    {
        [DayOfWeek.Tuesday] = SessionType.Threshold,
        [DayOfWeek.Wednesday] = SessionType.MediumLong,
        [DayOfWeek.Thursday] = SessionType.Recovery,
        [DayOfWeek.Friday] = SessionType.Easy,
        [DayOfWeek.Saturday] = SessionType.Recovery,
        [DayOfWeek.Sunday] = SessionType.Long,
    }, "Monday=rest, Tuesday=tempo, Wednesday=easy, Thursday=easy, Friday=easy, Saturday=easy, Sunday=long");

    public static PlanFamily Higdon { get; } = new("higdon", new Dictionary<DayOfWeek, SessionType>
    {
        [DayOfWeek.Tuesday] = SessionType.Easy,
        [DayOfWeek.Wednesday] = SessionType.MarathonPace,
        [DayOfWeek.Thursday] = SessionType.Easy,
        [DayOfWeek.Saturday] = SessionType.Long,
        [DayOfWeek.Sunday] = SessionType.Recovery,
    }, "Monday=rest, Tuesday=easy, Wednesday=tempo, Thursday=easy, Friday=rest, Saturday=long, Sunday=easy");

    public static PlanFamily Hansons { get; } = new("hansons", new Dictionary<DayOfWeek, SessionType>
    {
        [DayOfWeek.Monday] = SessionType.Easy,
        [DayOfWeek.Tuesday] = SessionType.Intervals,
        [DayOfWeek.Thursday] = SessionType.MarathonPace,
        [DayOfWeek.Friday] = SessionType.Easy,
        [DayOfWeek.Saturday] = SessionType.Easy,
        [DayOfWeek.Sunday] = SessionType.Long,
    }, "Monday=easy, Tuesday=interval, Wednesday=rest, Thursday=tempo, Friday=easy, Saturday=easy, Sunday=long");

    public static PlanFamily DanielsHalf { get; } = new("daniels-half", new Dictionary<DayOfWeek, SessionType>
    {
        [DayOfWeek.Tuesday] = SessionType.Intervals,
        [DayOfWeek.Wednesday] = SessionType.Easy,
        [DayOfWeek.Thursday] = SessionType.CruiseIntervals,
        [DayOfWeek.Saturday] = SessionType.Easy,
        [DayOfWeek.Sunday] = SessionType.Long,
    }, "Monday=rest, Tuesday=interval, Wednesday=easy, Thursday=tempo, Friday=rest, Saturday=easy, Sunday=long");

    public static IReadOnlyList<PlanFamily> All { get; } = [Pfitzinger, Higdon, Hansons, DanielsHalf];

    public override string ToString() => Name;
}

/// <summary>The sessions plan families are made of.</summary>
public enum SessionType
{
    Recovery,
    Easy,
    MediumLong,
    Long,
    Threshold,
    CruiseIntervals,
    MarathonPace,
    Intervals,
    Race,
}
