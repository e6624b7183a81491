using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>One year's value of a target, or null when there is none to show (no figures, or figures too small to show).</summary>
internal readonly record struct TrendPoint(int Year, decimal? Value);

/// <summary>
/// An indicator's value year by year against its target, drawn as a small inline SVG (no script): a bar per year, a
/// dashed line at the target, each bar labelled with its year; a year with nothing to show has no bar and says so in
/// the description, which screen readers read and the Markdown (which has no chart) does without.
/// </summary>
internal sealed record TrendChart(ImmutableArray<TrendPoint> Points, decimal Target, decimal Scale, ThresholdUnit Unit, bool Bad, string Description)
{
    private const int Height = 56;
    private const int Bar = 22;
    private const int Gap = 8;

    public static TrendChart? For(IndicatorResult r, ImmutableArray<TrendPoint> points, ReportNames names)
    {
        if (points.IsEmpty || points.All(p => p.Value is null))
        {
            return null;
        }

        var unit = r.Target.Threshold.Unit;
        var target = unit == ThresholdUnit.Percent || r.Target.Threshold.Comparison != Comparison.All ? r.Target.Threshold.Value : r.Denominator ?? r.Target.Threshold.Value;
        var highest = points.Max(p => p.Value ?? 0m);
        var scale = unit == ThresholdUnit.Percent ? 100m : Math.Max(Math.Max(highest, target) * 1.2m, 1m);
        var years = string.Join("; ", points.Select(p => $"{p.Year.ToString(CultureInfo.InvariantCulture)}: {(p.Value is { } v ? IndicatorEvaluator.Show(v, unit, names.Vi) : "—")}"));
        var description = $"{names.Indicator(r.Indicator)}: {years} ({names.Word("Chart.Target")} {ReportWords.Target(r, names.Vi)})";
        return new TrendChart(points, target, scale, unit, ReportWords.IsBad(r.Status), description);
    }

    public int Width => (Points.Length * (Bar + Gap)) + Gap;

    /// <summary>The chart as SVG, well-formed XML, sized in pixels so it never widens its cell beyond its bars.</summary>
    public string Svg()
    {
        var svg = new StringBuilder();
        var label = WebUtility.HtmlEncode(Description);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" width=\"{Width}\" height=\"{Height + 14}\" viewBox=\"0 0 {Width} {Height + 14}\" role=\"img\" aria-label=\"{label}\">");
        svg.Append("<title>").Append(label).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"#f3f3f3\" />");
        for (var i = 0; i < Points.Length; i++)
        {
            var x = Gap + (i * (Bar + Gap));
            if (Points[i].Value is { } value)
            {
                var h = Scaled(value);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"value\" x=\"{x}\" y=\"{Height - h}\" width=\"{Bar}\" height=\"{h}\" fill=\"{(Bad && i == Points.Length - 1 ? "#b3261e" : "#1f5f99")}\" />");
            }

            var year = (Points[i].Year % 100).ToString("00", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (Bar / 2)}\" y=\"{Height + 12}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222\">{year}</text>");
        }

        var line = Height - Scaled(Target);
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"target\" x1=\"0\" y1=\"{line}\" x2=\"{Width}\" y2=\"{line}\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 2\" />");
        return svg.Append("</svg>").ToString();
    }

    private int Scaled(decimal value) => (int)Math.Round(Math.Min(Math.Max(value, 0m) / Scale, 1m) * Height, MidpointRounding.AwayFromZero);
}
