using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Indicators;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Consistency rules between reported data elements.</summary>
internal sealed partial class ValidationRun
{
    private readonly Dictionary<string, string> _consistencyRules = new(StringComparer.Ordinal);

    private ConsistencyRule ConsistencyRule(ConsistencyRuleDefinition r, string pointer)
    {
        Declare(r.Key, pointer + "/key", "consistency rule", _consistencyRules);
        var title = Text(r.Title, pointer + "/title");
        var left = Side(r.Left, pointer + "/left");
        var op = Keyword(r.Operator, pointer + "/operator", "operator", RuleOperator.AtMost);
        var right = Side(r.Right, pointer + "/right");
        var importance = Keyword(r.Importance, pointer + "/importance", "importance", Importance.Medium);
        var missing = Keyword(r.Missing, pointer + "/missing", "missing-value strategy", MissingValueStrategy.SkipIfAllMissing);
        return new ConsistencyRule(r.Key, title, left, op, right, importance, missing, "consistencyRules");
    }

    private RuleSide Side(string text, string pointer)
    {
        if (RuleSide.Parse(text) is not { } side)
        {
            Report(IndicatorDiagnostics.InvalidRuleSide, pointer, text);
            return new RuleSide([], 0);
        }

        foreach (var element in side.Elements)
        {
            DataElementReference(element, pointer);
        }

        return side;
    }
}
