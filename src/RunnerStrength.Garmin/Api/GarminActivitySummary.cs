namespace RunnerStrength.Garmin.Api;

/// <summary>An activity of the list: its id, and what is known of it before its file is read.</summary>
/// <param name="Id"><c>activityId</c>.</param>
/// <param name="Name"><c>activityName</c>.</param>
/// <param name="StartUtc"><c>startTimeGMT</c>, when given.</param>
/// <param name="TypeKey"><c>activityType.typeKey</c>, e.g. <c>running</c>.</param>
public sealed record GarminActivitySummary(long Id, string? Name, DateTimeOffset? StartUtc, string? TypeKey);
