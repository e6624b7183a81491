using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Evaluation.Indicators;

namespace Gbv.Domain.Evaluation.Rendering;

internal sealed partial class ReportPageBuilder
{
    /// <summary>
    /// For each indicator counted from cases, its figures by age group and by sex. A pair (children and adults, women
    /// and men) is shown only when neither side's part, whole or complement is small, nor what the total leaves beside
    /// the pair (the cases of no recorded age or sex), nor the total's own part: else the pair is hidden together, since
    /// one side is the total less the other.
    /// </summary>
    private IEnumerable<PageBlock> GroupTables()
    {
        foreach (var counts in report.ByGroup.GroupBy(g => g.Indicator, StringComparer.Ordinal))
        {
            var year = counts.First().Year;
            if (report.Indicators.FirstOrDefault(r => r.Indicator.Key == counts.Key && r.Year == year) is not { } total)
            {
                continue;
            }

            var byGroup = counts.ToDictionary(g => g.Group, StringComparer.Ordinal);
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<PageCell>>();
            foreach (var (first, second) in CaseGroups.Pairs)
            {
                var pair = new[] { first, second }.Select(g => byGroup.TryGetValue(g, out var c) ? c : new CaseGroupCount(counts.Key, year, g, 0, 0)).ToList();
                var hidden = !ReportWords.ShowsNumerator(total, small) || !ReportWords.ShowsDenominator(total, small)
                    || pair.Any(c => !small.Shows(c.Numerator ?? 0) || !small.Shows(c.Denominator ?? 0) || !small.Shows((c.Denominator ?? 0) - (c.Numerator ?? 0)))
                    || !small.Shows((total.Numerator ?? 0) - pair.Sum(c => c.Numerator ?? 0)) || !small.Shows((total.Denominator ?? 0) - pair.Sum(c => c.Denominator ?? 0));
                rows.AddRange(pair.Select(c => ImmutableArray.Create<PageCell>(W("Group." + c.Group), hidden ? W("Unit.Hidden") : GroupFigures(c))));
            }

            var caption = names.Format("Groups.Caption", names.Indicator(total.Indicator), year.ToString(CultureInfo.InvariantCulture));
            yield return new PageTable("groups", caption, Columns(names, ("Group", false), ("Figures", true)), rows.ToImmutable());
        }
    }

    private string GroupFigures(CaseGroupCount c) => c.Denominator is { } d && d > 0 && c.Numerator is { } n
        ? $"{small.Show(n)}/{small.Show(d)} ({ReportWords.Percent(n * 100m / d, Vi)})"
        : $"{small.Show(c.Numerator)}/{small.Show(c.Denominator)}";
}
