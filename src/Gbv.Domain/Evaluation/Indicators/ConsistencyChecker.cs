using System.Collections.Immutable;
using System.Globalization;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// Checks reported figures against consistency rules, per unit and year, as DHIS2's validation rule analysis does:
/// the plan's own rules and those its indicators imply. A pure function of (plan, totals).
/// </summary>
public static class ConsistencyChecker
{
    // In Vietnamese a data element by its name in the plan, as the printed report reads it; its key where it has none.
    private static string NameVi(Plan plan, string key) => ExplanationNames.Element(plan, key);

    /// <summary>
    /// The rules a plan's indicators imply: a percentage's numerator never above its denominator (so an "of which"
    /// part never above its whole), and covered units never above the number of units.
    /// </summary>
    public static ImmutableArray<ConsistencyRule> ImpliedRules(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var builder = ImmutableArray.CreateBuilder<ConsistencyRule>();
        foreach (var indicator in plan.Indicators)
        {
            var origin = $"indicator '{indicator.Key}'";
            switch (indicator.Metric)
            {
                case ReportedRatioMetric ratio when indicator.Targets.All(t => t.Threshold.Unit == ThresholdUnit.Percent)
                    && (ratio.Denominator ?? MetricElements.ParentNumerator(plan, indicator)) is { } denominator:
                    builder.Add(new ConsistencyRule(
                        $"{indicator.Key}:part-within-whole",
                        new LocalizedText(Localization.Words.Format("Consistency.PartOfWhole", vi: true, NameVi(plan, ratio.Numerator), NameVi(plan, denominator)),
                            Localization.Words.Format("Consistency.PartOfWhole", vi: false, ratio.Numerator, denominator)),
                        Side(ratio.Numerator), RuleOperator.AtMost, Side(denominator), Importance.High, MissingValueStrategy.SkipIfAnyMissing, origin));
                    break;
                case UnitCoverageMetric { Total: { } total } coverage:
                    builder.Add(new ConsistencyRule(
                        $"{indicator.Key}:covered-within-units",
                        new LocalizedText(Localization.Words.Format("Consistency.CoveredWithinUnits", vi: true, NameVi(plan, coverage.Covered), total),
                            Localization.Words.Format("Consistency.CoveredWithinUnits", vi: false, coverage.Covered, total)),
                        Side(coverage.Covered), RuleOperator.AtMost, new RuleSide([], total), Importance.High, MissingValueStrategy.SkipIfAnyMissing, origin));
                    break;
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Checks every rule (the plan's, then the implied ones) for every unit and year in the totals.</summary>
    public static ConsistencyReport Check(Plan plan, ReportedTotals totals)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(totals);
        var violations = ImmutableArray.CreateBuilder<ConsistencyFinding>();
        var skipped = ImmutableArray.CreateBuilder<ConsistencyFinding>();
        var count = 0;
        // Each unit's years once, not once per rule: ForUnit copies the unit's values.
        var unitYears = totals.Units.Select(unit => (Unit: unit, Years: totals.ForUnit(unit).Years.ToList())).ToList();
        foreach (var rule in plan.ConsistencyRules.Concat(ImpliedRules(plan)))
        {
            foreach (var (unit, years) in unitYears)
            {
                foreach (var year in years)
                {
                    count++;
                    var (left, leftMissing) = Sum(rule.Left, totals, unit, year);
                    var (right, rightMissing) = Sum(rule.Right, totals, unit, year);
                    ImmutableArray<string> missing = [.. leftMissing, .. rightMissing];
                    var elements = rule.Left.Elements.Length + rule.Right.Elements.Length;
                    var skip = rule.Missing switch
                    {
                        MissingValueStrategy.SkipIfAnyMissing => !missing.IsEmpty,
                        MissingValueStrategy.SkipIfAllMissing => elements > 0 && missing.Length == elements,
                        _ => false,
                    };
                    if (skip)
                    {
                        skipped.Add(new ConsistencyFinding(rule, unit, year, null, null, missing,
                            $"{unit}, {year}: {rule} [{rule.Key}] not checked: {Join(missing)} not reported ({Strategy(rule.Missing)})",
                            Localization.Words.Format("Consistency.Skipped", vi: true, ExplanationNames.Unit(plan, unit), year, SideVi(plan, rule.Left, null), rule.Symbol,
                                SideVi(plan, rule.Right, null), IsPlans(rule) ? Localization.Words.Format("Consistency.SkippedTitle", vi: true, rule.Title.Vi) : string.Empty,
                                JoinVi(plan, missing))));
                    }
                    else if (!rule.Holds(left, right))
                    {
                        var note = missing.IsEmpty ? string.Empty : $"; {Join(missing)} not reported, counted as 0";
                        var noteVi = missing.IsEmpty ? string.Empty : Localization.Words.Format("Consistency.CountedAsZero", vi: true, JoinVi(plan, missing));
                        violations.Add(new ConsistencyFinding(rule, unit, year, left, right, missing,
                            $"{unit}, {year}: {rule.Left} = {Invariant(left)} {rule.Symbol} {rule.Right} = {Invariant(right)} does not hold [{rule.Key}, {rule.Importance} importance, from {rule.Origin}]{note}",
                            Localization.Words.Format("Consistency.Violation", vi: true, ExplanationNames.Unit(plan, unit), year, SideVi(plan, rule.Left, left), rule.Symbol,
                                SideVi(plan, rule.Right, right), WhichVi(plan, rule), noteVi)));
                    }
                }
            }
        }

        return new ConsistencyReport(count, violations.ToImmutable(), skipped.ToImmutable());
    }

    private static (decimal Sum, IEnumerable<string> Missing) Sum(RuleSide side, ReportedTotals totals, string unit, int year)
    {
        decimal sum = side.Constant;
        var missing = new List<string>();
        foreach (var element in side.Elements)
        {
            if (totals.Value(unit, year, element) is { } value)
            {
                sum += value;
            }
            else
            {
                missing.Add(element);
            }
        }

        return (sum, missing);
    }

    private static RuleSide Side(string element) => new([element], 0);

    private static string Join(IEnumerable<string> elements) => string.Join(", ", elements.Select(e => $"\"{e}\""));

    private static string Strategy(MissingValueStrategy strategy) => strategy switch
    {
        MissingValueStrategy.SkipIfAnyMissing => "the rule is skipped when any figure is missing",
        _ => "the rule is skipped when every figure is missing",
    };

    // A side by the plan's names ("“Số nạn nhân được hỗ trợ” + 2"), with its sum where it has figures: the ids stay in
    // the English text and in JSON.
    private static string SideVi(Plan plan, RuleSide side, decimal? sum)
    {
        var terms = side.Elements.Select(e => $"“{NameVi(plan, e)}”");
        var text = string.Join(" + ", side.Constant == 0 && !side.Elements.IsEmpty ? terms : terms.Append(Invariant(side.Constant)));
        return sum is { } value && !side.Elements.IsEmpty ? $"{text} = {ViNumber(value)}" : text;
    }

    private static bool IsPlans(ConsistencyRule rule) => rule.Origin == "consistencyRules";

    // Which rule, how much it matters and where it comes from; a plan's own rule by its title, where an implied rule's
    // title would only restate its formula.
    private static string WhichVi(Plan plan, ConsistencyRule rule)
    {
        var importance = Localization.Words.Format("Consistency.Importance", vi: true, Localization.Words.Get("Importance." + Keywords<Importance>.Name(rule.Importance), vi: true));
        var origin = Localization.Words.Format("Consistency.Origin", vi: true, OriginVi(plan, rule));
        return string.Join(", ", IsPlans(rule) ? [Localization.Words.Format("Consistency.RuleTitle", vi: true, rule.Title.Vi), importance, origin] : new[] { importance, origin });
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // Vietnamese writes the decimal comma: 2,5.
    private static string ViNumber(decimal value) => Invariant(value).Replace('.', ',');

    // The missing figures by the plan's names.
    private static string JoinVi(Plan plan, ImmutableArray<string> missing) => string.Join(", ", missing.Select(m => $"\"{ExplanationNames.Figure(plan, m)}\""));

    // Where the rule comes from in Vietnamese: the plan's rules, or the indicator by its title.
    private static string OriginVi(Plan plan, ConsistencyRule rule) =>
        IsPlans(rule) ? Localization.Words.Get("Consistency.FromPlan", vi: true)
        : plan.Indicators.FirstOrDefault(i => rule.Origin == $"indicator '{i.Key}'") is { } indicator ? Localization.Words.Format("Consistency.FromIndicator", vi: true, indicator.Title.Vi)
        : rule.Origin;
}
