using RunnerStrength.Storage.StravaConnections;

namespace RunnerStrength.StravaConnection;

/// <summary>The connection's state in one line, for <c>strava status</c> and the dashboard.</summary>
internal static class StravaStatusText
{
    public static string Describe(StravaConnectionRow? row, TimeProvider time)
    {
        if (row is null || (row.ProtectedAccessToken is null && row.DisconnectedReason is null))
        {
            return "Strava: not connected (runnerstrength strava connect, or /connect/strava on the web page).";
        }

        if (row.DisconnectedReason is { } reason)
        {
            return $"Strava: disconnected, reconnect: {reason}";
        }

        var last = row.LastSyncAt is { } at
            ? $"last sync {Math.Max(0, (int)(time.GetUtcNow() - at).TotalMinutes)} min ago: {row.LastOutcome}"
            : "no sync yet";
        return $"Strava: connected (athlete {row.StravaAthleteId}, scopes {row.Scopes}); {last}.";
    }
}
