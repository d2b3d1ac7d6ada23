using System.Net;
using System.Text.RegularExpressions;

namespace RunnerStrength.Tests.Web;

/// <summary>Posts a page's form as a browser would: with the antiforgery token the page rendered.</summary>
internal static partial class PageForms
{
    public static async Task<(HttpStatusCode Status, string Body, Uri? Location)> PostAsync(HttpClient client, string page, string handler, params (string Name, string Value)[] fields)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = Token().Match(html).Groups[1].Value;
        using var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);
        using var response = await client.PostAsync(new Uri($"{page}?handler={handler}", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
