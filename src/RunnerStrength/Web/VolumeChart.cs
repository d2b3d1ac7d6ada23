using System.Globalization;
using System.Net;
using System.Text;
using RunnerStrength.Plans;

namespace RunnerStrength.Web;

/// <summary>The weekly volume as an inline SVG bar chart: easy kilometres stacked under key ones, no script, no build step.</summary>
internal static class VolumeChart
{
    private const int Width = 720;
    private const int Height = 200;
    private const int Bottom = 170;
    private const int Top = 20;

    public static string Svg(IReadOnlyList<WeeklyVolume.Bar> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var max = Math.Max(10, weeks.Select(w => w.EasyKm + w.KeyKm).DefaultIfEmpty().Max());
        var scale = (Bottom - Top) / max;
        var slot = (double)Width / Math.Max(1, weeks.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"volume-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Weekly running volume, last {weeks.Count} weeks\">");
        for (var i = 0; i < weeks.Count; i++)
        {
            var week = weeks[i];
            var x = (i * slot) + (slot * 0.15);
            var width = slot * 0.7;
            var easy = week.EasyKm * scale;
            var key = week.KeyKm * scale;
            var title = WebUtility.HtmlEncode(string.Create(CultureInfo.InvariantCulture, $"Week of {week.Monday:d MMM}: {week.EasyKm + week.KeyKm:0.#} km, {week.KeyKm:0.#} km in {week.KeySessions} key sessions"));
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"week\" data-week=\"{week.Monday:yyyy-MM-dd}\"><title>{title}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"easy\" x=\"{x:0.#}\" y=\"{Bottom - easy:0.#}\" width=\"{width:0.#}\" height=\"{easy:0.#}\" fill=\"#2a7\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"key\" x=\"{x:0.#}\" y=\"{Bottom - easy - key:0.#}\" width=\"{width:0.#}\" height=\"{key:0.#}\" fill=\"#b21\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (width / 2):0.#}\" y=\"{Bottom + 15}\" font-size=\"10\" text-anchor=\"middle\">{week.Monday:d MMM}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (width / 2):0.#}\" y=\"{Bottom - easy - key - 4:0.#}\" font-size=\"10\" text-anchor=\"middle\">{week.EasyKm + week.KeyKm:0}</text></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
