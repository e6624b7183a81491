using Gbv.Domain.Plans;

namespace Gbv.Domain.Evaluation.Indicators;

/// <summary>
/// What a Vietnamese explanation calls a thing of the plan: a data element, a task or an agency by the plan's
/// Vietnamese name, the key or id itself where the plan gives none (a unit the plan does not list, an element it does
/// not declare). English explanations keep the ids.
/// </summary>
internal static class ExplanationNames
{
    /// <summary>A data element ("Số nạn nhân được hỗ trợ") or a task ("Tập huấn ...") by its key, in Vietnamese.</summary>
    /// <remarks>A count of cases ("cases meeting age &lt; 16") is said with its condition in words.</remarks>
    public static string Figure(Plan plan, string key) =>
        key == CasesName ? Localization.Words.Get("Figure.Cases", vi: true)
        : key.StartsWith(CasesMeeting, StringComparison.Ordinal) ? Localization.Words.Format("Figure.CasesMeeting", vi: true, Conditions.ConditionWords.Say(key[CasesMeeting.Length..], vi: true))
        : plan.DataElements.FirstOrDefault(e => e.Key == key)?.Name.Vi ?? plan.Tasks.FirstOrDefault(t => t.Id == key)?.Title.Vi ?? key;

    /// <summary>A data element by its Vietnamese name, else its key.</summary>
    public static string Element(Plan plan, string key) => plan.DataElements.FirstOrDefault(e => e.Key == key)?.Name.Vi ?? key;

    // How IndicatorEvaluator.Figures names the counts of a case indicator.
    private const string CasesName = "cases";
    private const string CasesMeeting = "cases meeting ";

    /// <summary>A reporting unit: an agency of the plan by its Vietnamese name, else the id.</summary>
    public static string Unit(Plan plan, string id) => plan.FindAgency(id)?.Name.Vi ?? id;
}
