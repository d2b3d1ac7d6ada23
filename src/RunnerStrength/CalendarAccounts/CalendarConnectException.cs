namespace RunnerStrength.CalendarAccounts;

/// <summary>Something the athlete must act on while connecting a calendar, in one sentence.</summary>
internal sealed class CalendarConnectException : Exception
{
    public CalendarConnectException()
    {
    }

    public CalendarConnectException(string message)
        : base(message)
    {
    }

    public CalendarConnectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
