namespace RunnerStrength.Fit.Decoding;

/// <summary>FIT <c>date_time</c> values: seconds since 1989-12-31T00:00:00Z (fit-protocol.md, section 6).</summary>
public static class FitDateTime
{
    /// <summary>The FIT epoch.</summary>
    public static DateTimeOffset Epoch { get; } = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Raw values below this are seconds since the device powered up, not absolute times.</summary>
    public const uint MinimumAbsolute = 0x10000000;

    /// <summary>The instant a raw <c>date_time</c> names.</summary>
    public static DateTimeOffset ToDateTimeOffset(double seconds) => Epoch.AddSeconds(seconds);

    /// <summary>The raw value of an instant.</summary>
    public static uint FromDateTimeOffset(DateTimeOffset instant) => checked((uint)(instant - Epoch).TotalSeconds);
}
