using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly.Timeout;
using Refit;

namespace RunnerStrength.Calendar.Providers;

/// <summary>What Google's and Microsoft's clients share in reading answers: no answer at all, and an error body.</summary>
internal static class ApiAnswers
{
    /// <summary>Runs a call, turning a transport failure that escaped Refit (no answer, a timeout, a body we cannot read) into "unavailable".</summary>
    public static async Task<T> GuardAsync<T>(string provider, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or JsonException
                                  || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new CalendarProviderException($"{provider} did not answer ({e.GetType().Name}: {e.Message}).", CalendarFault.Unavailable, innerException: e);
        }
    }

    /// <summary>No answer at all (refused, cut, timed out): Refit hands the exception over instead of throwing it.</summary>
    public static CalendarProviderException? NoAnswer(string provider, IApiResponse response, string what)
    {
        if (response.StatusCode is not null)
        {
            return null;
        }

        var cause = response.Error?.InnerException?.Message ?? response.Error?.Message ?? "no answer";
        return new CalendarProviderException($"{provider} did not answer ({what}: {cause}).", CalendarFault.Unavailable, innerException: response.Error);
    }

    /// <summary>The error body, or null when there is none or it is not the provider's JSON (a proxy's page).</summary>
    public static T? ErrorBody<T>(IApiResponse response, JsonTypeInfo<T> type)
        where T : class
    {
        if ((response.Error as ApiException)?.Content is not { Length: > 0 } content)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
