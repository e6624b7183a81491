using System.Globalization;
using Gbv.Domain.Calendar;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using NodaTime;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// What a printed report calls each thing: in Vietnamese, the plan's own names in place of its ids (indicator titles,
/// agency names, reports by their frequency and recipient, periods such as "6 tháng đầu năm 2020"), dates as
/// 31/12/2020; in English, the ids and ISO dates the English report has always had. Ids stay in the JSON.
/// </summary>
internal sealed class ReportNames(Plan plan, IReadOnlyDictionary<string, LocalizedText> unitNames, bool vi)
{
    public bool Vi => vi;

    public string Word(string key) => Words.Get(key, vi);

    public string Format(string key, params object?[] args) => Words.Format(key, vi, args);

    public string Date(LocalDate date) => Dates.Day(date, vi);

    public string Span(LocalDate start, LocalDate end) => end == start ? Date(start) : $"{Date(start)} – {Date(end)}";

    public string Indicator(Indicator indicator) => vi ? indicator.Title.Vi : indicator.Key;

    /// <summary>A unit: an agency of the plan by its name; a commune the plan does not name by the name the data give, or its id.</summary>
    public string Unit(string id) => !vi ? id : unitNames.TryGetValue(id, out var name) ? name.Vi : ExplanationNames.Unit(plan, id);

    /// <summary>Whether a Vietnamese report can only write a unit's id: neither the data nor the plan gives it a name.</summary>
    public bool Unnamed(string id) => vi && !unitNames.ContainsKey(id) && plan.FindAgency(id) is null;

    /// <summary>A data element by its name in the plan ("Số nạn nhân được hỗ trợ"), in Vietnamese.</summary>
    public string Element(string key) => vi ? ExplanationNames.Element(plan, key) : key;

    public string Task(Gbv.Domain.Tasks.PlanTask task) => vi ? task.Title.Vi : task.Id;

    public string Milestone(Milestone milestone) => vi ? PlanAgenda.MilestoneTitle(milestone).Vi : milestone.Id;

    public string Rule(ConsistencyRule rule) => vi ? rule.Title.Vi : rule.Key;

    /// <summary>A report by its frequency ("báo cáo 6 tháng"), with its recipient when two reports share one.</summary>
    public string Obligation(string key)
    {
        if (!vi || plan.Reporting.FirstOrDefault(o => o.Key == key) is not { } obligation)
        {
            return key;
        }

        var name = Word("Frequency." + obligation.Frequency);
        return plan.Reporting.Count(o => o.Frequency == obligation.Frequency) > 1
            ? Format("Report.To", name, Unit(obligation.Recipient))
            : name;
    }

    public string Period(ReportingPeriod period) => PeriodWords.Of(period, vi);

    /// <summary>The plan's period: "2017-2020 (vision 2030)", or "giai đoạn 2017-2020, tầm nhìn đến năm 2030".</summary>
    public string PlanPeriod()
    {
        var p = plan.Period;
        if (!vi)
        {
            return p.ToString();
        }

        var years = p.From is not { } from
            ? Format("PlanPeriod.Until", p.To?.ToString(CultureInfo.InvariantCulture))
            : p.To is not { } to || to == from ? from.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{from}-{to}");
        return p.Vision is { } v ? Format("PlanPeriod.Vision", years, v.ToString(CultureInfo.InvariantCulture)) : Format("PlanPeriod", years);
    }

    public string Service(string id) =>
        !vi ? id : (plan.Services.FirstOrDefault(s => s.Id == id) ?? DefaultReferralRules.Services.FirstOrDefault(s => s.Id == id))?.Name.Vi ?? id;

    /// <summary>
    /// An intervention by the rule that calls for it: by the rule's name (the plan's, or a default's), else a plan's rule
    /// by the service it refers to.
    /// </summary>
    public string Intervention(string ruleId)
    {
        if (!vi)
        {
            return ruleId;
        }

        var rule = plan.ReferralRules.FirstOrDefault(r => r.Id == ruleId) ?? DefaultReferralRules.Rules.FirstOrDefault(r => r.Id == ruleId);
        return rule is null ? Words.Find("Rule." + ruleId, vi) ?? ruleId : ReferralRuleNames.Vietnamese(rule) ?? Service(rule.Service);
    }
}
