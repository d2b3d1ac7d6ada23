using System.Globalization;
using System.Text;
using RunnerStrength.Training.Planning;

namespace RunnerStrength.Cli.Coaching;

/// <summary>The plan as a runner reads it in a terminal.</summary>
internal static class PlanText
{
    public static string Write(Plan plan)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Week of {plan.WeekStart:yyyy-MM-dd}: {plan.Phase.ToString().ToLowerInvariant()}{(plan.Deload ? " (deload)" : "")}");
        foreach (var day in plan.Days)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {day.Date:ddd dd MMM}  {day.Running.ToString().ToLowerInvariant(),-7} {day.Reason}");
            foreach (var session in plan.Sessions.Where(s => s.Date == day.Date))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"      {session.StartLocal:HH:mm} {session.Prescription.Exercise.Replace('_', ' ')} {session.Prescription.Summary}: {session.Reason}");
            }
        }

        foreach (var warning in plan.Warnings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  warning: {warning}");
        }

        if (plan.Proposal is { } proposal)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  proposal: {proposal}");
        }

        return text.ToString().TrimEnd();
    }
}
