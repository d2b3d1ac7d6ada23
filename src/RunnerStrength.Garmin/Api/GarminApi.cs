using System.Globalization;
using Microsoft.Extensions.Options;

namespace RunnerStrength.Garmin.Api;

/// <summary>The two data calls the pull needs, on the configured paths: a page of the activity list and an activity's original file.</summary>
public sealed class GarminApi(HttpClient http, IOptions<GarminOptions> options)
{
    /// <summary>The largest page Garmin is known to give.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Activities that started on [<paramref name="from"/>, <paramref name="to"/>] (the account's local days), from <paramref name="offset"/>.</summary>
    public async Task<(IReadOnlyList<GarminActivitySummary> Page, string Shape)> ListAsync(DateOnly from, DateOnly to, int offset, int limit, CancellationToken cancellationToken)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"?startDate={from:yyyy-MM-dd}&endDate={to:yyyy-MM-dd}&start={offset}&limit={Math.Min(limit, MaxPageSize)}");
        using var response = await http.GetAsync(new Uri(options.Value.ActivitiesPath.TrimStart('/') + query, UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        var page = GarminActivityList.Parse(await response.Content.ReadAsStringAsync(cancellationToken), out var shape);
        return (page, shape);
    }

    /// <summary>The original file of an activity as Garmin serves it (a ZIP or a FIT file), or null when Garmin has none (404).</summary>
    public async Task<byte[]?> DownloadAsync(long activityId, CancellationToken cancellationToken)
    {
        var path = options.Value.DownloadPath.Replace("{activityId}", activityId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var response = await http.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative), cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }
}
