namespace RunnerStrength.Strava.Auth;

/// <summary>Strava will not answer for this athlete until they reconnect (refused refresh token, inactive application, missing scope).</summary>
public sealed class StravaDisconnectedException : Exception
{
    public StravaDisconnectedException()
    {
    }

    public StravaDisconnectedException(string message)
        : base(message)
    {
    }

    public StravaDisconnectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
