namespace RunnerStrength.Configuration;

/// <summary>Section <c>RunnerStrength:Clock</c>: the service's sense of "now".</summary>
internal sealed class ClockOptions
{
    public const string Section = "RunnerStrength:Clock";

    /// <summary>
    /// Added to the system clock, e.g. <c>-9.05:00:00</c>. Empty in normal use; it lets a rehearsal or an
    /// end-to-end test live through a chosen week whatever day it runs on. Against the real Strava only
    /// whole days keep the service's rate-limit windows aligned with Strava's (quarter hours and UTC days).
    /// </summary>
    public TimeSpan? Offset { get; set; }

    /// <summary>The clock every part of the service reads.</summary>
    public TimeProvider Provider() => Offset is { } offset && offset != TimeSpan.Zero ? new ShiftedTimeProvider(offset) : TimeProvider.System;
}
