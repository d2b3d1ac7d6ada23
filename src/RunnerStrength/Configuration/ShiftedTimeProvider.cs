namespace RunnerStrength.Configuration;

/// <summary>The system clock moved by a fixed offset: time still passes, timers still fire in real time.</summary>
internal sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
