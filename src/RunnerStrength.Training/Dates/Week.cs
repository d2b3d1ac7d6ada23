namespace RunnerStrength.Training.Dates;

/// <summary>The training week: Monday to Sunday, as plans, charts and windows count it.</summary>
public static class Week
{
    /// <summary>The Monday of the week holding <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
