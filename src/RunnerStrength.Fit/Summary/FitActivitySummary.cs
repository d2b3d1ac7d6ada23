namespace RunnerStrength.Fit.Summary;

/// <summary>The activity message: when the file was closed and the local time then.</summary>
/// <param name="Timestamp">activity.timestamp (UTC).</param>
/// <param name="LocalTimestamp">activity.local_timestamp as raw seconds in the device's zone; minus the UTC raw value gives the offset.</param>
/// <param name="NumSessions">activity.num_sessions.</param>
/// <param name="TotalTimerTime">activity.total_timer_time in seconds.</param>
public sealed record FitActivitySummary(DateTimeOffset? Timestamp, long? LocalTimestamp, long? NumSessions, double? TotalTimerTime);
