namespace RunnerStrength.Strava.Api;

/// <summary>
/// Which of Strava's two API bases to call (strava-api.md: from 4 January 2027 <c>https://api-v3.strava.com</c>
/// without the <c>/api/v3</c> prefix; the old base until 1 June 2027): the new one once it answers, checked again
/// every few hours while it does not, with no settings change.
/// </summary>
public sealed class StravaApiBase(TimeProvider time)
{
    /// <summary>How long a new base that did not answer is left alone.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromHours(6);

    private readonly Lock _gate = new();
    private bool _nextAnswers;
    private DateTimeOffset _nextTriedAt = DateTimeOffset.MinValue;

    /// <summary>True when the request should go to the new base: it answers, or it is time to try it again.</summary>
    public bool TryNext()
    {
        lock (_gate)
        {
            return _nextAnswers || time.GetUtcNow() - _nextTriedAt >= Recheck;
        }
    }

    /// <summary>Records whether the new base answered like Strava's API.</summary>
    public void Answered(bool nextAnswers)
    {
        lock (_gate)
        {
            (_nextAnswers, _nextTriedAt) = (nextAnswers, time.GetUtcNow());
        }
    }

    public bool UsingNext
    {
        get
        {
            lock (_gate)
            {
                return _nextAnswers;
            }
        }
    }
}
