namespace RunnerStrength.Web;

/// <summary>
/// Whether a state-changing API request comes from this site or a script, never from another site's page:
/// a browser says where a request comes from (<c>Sec-Fetch-Site</c>, <c>Origin</c>); a cross-site page cannot
/// add the custom header without a preflight the service never answers, so scripts send it instead.
/// </summary>
internal static class SameOrigin
{
    public const string ScriptHeader = "X-RunnerStrength-Request";

    public static bool Allows(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return site.Length > 0 ? site is "same-origin" or "none" : request.Headers.ContainsKey(ScriptHeader);
    }
}
