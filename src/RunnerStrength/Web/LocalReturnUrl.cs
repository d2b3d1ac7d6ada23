namespace RunnerStrength.Web;

/// <summary>
/// Where a login may send the browser back to: a path on this site only. Browsers read <c>/\host</c> and
/// <c>/&lt;TAB&gt;/host</c> as another site (they turn backslashes into slashes and drop tabs and newlines), so
/// a backslash, a control character or whitespace anywhere, or a second slash at the start, is refused.
/// </summary>
internal static class LocalReturnUrl
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && !url.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c));

    /// <summary><paramref name="url"/> when it is local, else the dashboard.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
