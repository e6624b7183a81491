using Gbv.Domain.Indicators;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// Small counts protected across the rows of a table of units beside their total: a unit whose figures are small is
/// hidden, and so are enough others that the total less the shown rows gives back nothing small. The hidden rows are
/// never one alone, and their numerators, denominators and (for a percentage) complements add up to no count below
/// the threshold; a total that is itself hidden hides every unit.
/// </summary>
internal static class UnitSuppression
{
    public static bool[] Hidden(IndicatorResult total, IReadOnlyList<IndicatorResult> units, SmallCounts small)
    {
        var hidden = new bool[units.Count];
        if (small.Threshold <= 1)
        {
            return hidden;
        }

        var totalHidden = !ReportWords.ShowsNumerator(total, small) || !ReportWords.ShowsDenominator(total, small);
        for (var i = 0; i < units.Count; i++)
        {
            hidden[i] = totalHidden || !ReportWords.ShowsNumerator(units[i], small) || !ReportWords.ShowsDenominator(units[i], small);
        }

        var partOfWhole = total.Target.Threshold.Unit == ThresholdUnit.Percent;
        while (hidden.Any(h => h) && !hidden.All(h => h) && !Safe(units, hidden, small, partOfWhole))
        {
            var next = Enumerable.Range(0, units.Count).Where(i => !hidden[i]).MinBy(i => units[i].Numerator ?? 0);
            hidden[next] = true;
        }

        return hidden;
    }

    private static bool Safe(IReadOnlyList<IndicatorResult> units, bool[] hidden, SmallCounts small, bool partOfWhole)
    {
        var rows = units.Where((_, i) => hidden[i]).ToList();
        var numerators = rows.Sum(r => r.Numerator ?? 0);
        var denominators = rows.Sum(r => r.Denominator ?? 0);
        return rows.Count >= 2 && small.Shows(numerators) && small.Shows(denominators) && (!partOfWhole || small.Shows(denominators - numerators));
    }
}
