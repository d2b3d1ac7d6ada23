namespace RunnerStrength.Strava.Auth;

/// <summary>Connecting did not work, in one sentence the athlete can act on.</summary>
public sealed class StravaConnectException : Exception
{
    public StravaConnectException()
    {
    }

    public StravaConnectException(string message)
        : base(message)
    {
    }

    public StravaConnectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
