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
    public static string Figure(Plan plan, string key) =>
        plan.DataElements.FirstOrDefault(e => e.Key == key)?.Name.Vi ?? plan.Tasks.FirstOrDefault(t => t.Id == key)?.Title.Vi ?? key;

    /// <summary>A reporting unit: an agency of the plan by its Vietnamese name, else the id.</summary>
    public static string Unit(Plan plan, string id) => plan.FindAgency(id)?.Name.Vi ?? id;
}
