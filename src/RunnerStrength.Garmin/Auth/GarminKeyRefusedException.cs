namespace RunnerStrength.Garmin.Auth;

/// <summary>Garmin refused the Personal API key (expired, deleted or mistyped), or no key is set: a new key is needed.</summary>
public sealed class GarminKeyRefusedException : Exception
{
    public GarminKeyRefusedException()
    {
    }

    public GarminKeyRefusedException(string message)
        : base(message)
    {
    }

    public GarminKeyRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
