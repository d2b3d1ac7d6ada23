namespace RunnerStrength.Strava.RateLimiting;

/// <summary>Puts every Strava call through the <see cref="RateBudget"/>: not sent when spent, headers learnt from every answer.</summary>
public sealed class RateLimitHandler(RateBudget budget) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!budget.TryTake(out var until))
        {
            throw new StravaRateLimitedException(until);
        }

        var response = await base.SendAsync(request, cancellationToken);
        budget.Observe(response.StatusCode, response.Headers);
        if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
        {
            response.Dispose();
            throw new StravaRateLimitedException(budget.ClosedUntil() ?? until);
        }

        return response;
    }
}
