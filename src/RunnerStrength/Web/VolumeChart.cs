using System.Globalization;
using System.Net;
using System.Text;
using RunnerStrength.Plans;

namespace RunnerStrength.Web;

/// <summary>
/// The weekly volume as an inline SVG bar chart: easy kilometres stacked under key ones, and under each week the
/// strength sessions done (a band as high as the working sets); no script, no build step. Labels are sized to be
/// read when the chart shrinks to a phone's width; the page puts the same figures in a table beside it.
/// </summary>
internal static class VolumeChart
{
    private const int Width = 720;
    private const int Height = 300;
    private const int Bottom = 190;
    private const int Top = 28;
    private const int StrengthTop = 228;
    private const int StrengthBand = 60;
    private const int SetsForFullBand = 12;

    public static string Svg(IReadOnlyList<WeeklyVolume.Bar> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var max = Math.Max(10, weeks.Select(w => w.EasyKm + w.KeyKm).DefaultIfEmpty().Max());
        var scale = (Bottom - Top) / max;
        var slot = (double)Width / Math.Max(1, weeks.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"volume-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Weekly running volume and strength sessions, last {weeks.Count} weeks\">");
        for (var i = 0; i < weeks.Count; i++)
        {
            var week = weeks[i];
            var x = (i * slot) + (slot * 0.15);
            var width = slot * 0.7;
            var easy = week.EasyKm * scale;
            var key = week.KeyKm * scale;
            var title = WebUtility.HtmlEncode(string.Create(CultureInfo.InvariantCulture, $"Week of {week.Monday:d MMM}: {week.EasyKm + week.KeyKm:0.#} km, {week.KeyKm:0.#} km in {week.KeySessions} key sessions; {week.StrengthSessions} strength sessions, {week.WorkingSets} working sets"));
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"week\" data-week=\"{week.Monday:yyyy-MM-dd}\"><title>{title}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"easy\" x=\"{x:0.#}\" y=\"{Bottom - easy:0.#}\" width=\"{width:0.#}\" height=\"{easy:0.#}\" fill=\"#18794e\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"key\" x=\"{x:0.#}\" y=\"{Bottom - easy - key:0.#}\" width=\"{width:0.#}\" height=\"{key:0.#}\" fill=\"#a4161a\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (width / 2):0.#}\" y=\"{Bottom + 24}\" font-size=\"18\" text-anchor=\"middle\">{week.Monday:d/M}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (width / 2):0.#}\" y=\"{Bottom - easy - key - 5:0.#}\" font-size=\"18\" text-anchor=\"middle\">{week.EasyKm + week.KeyKm:0}</text>");
            var band = Math.Min(1.0, (double)week.WorkingSets / SetsForFullBand) * StrengthBand;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"strength\" x=\"{x:0.#}\" y=\"{StrengthTop:0.#}\" width=\"{width:0.#}\" height=\"{band:0.#}\" fill=\"#2450b8\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (width / 2):0.#}\" y=\"{StrengthTop + StrengthBand + 10}\" font-size=\"18\" text-anchor=\"middle\">{(week.StrengthSessions > 0 ? $"{week.StrengthSessions}×" : "")}</text></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
