namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// The sections of a compliance report, in the order every rendering writes them: the JSON, the Markdown and the HTML
/// each hold every one of them, with a word that says so when a section has nothing to list.
/// </summary>
public enum ReportSection
{
    /// <summary>Indicators against their targets, per reporting unit beside the total, year by year.</summary>
    Indicators = 0,

    /// <summary>Reporting: rates per obligation; late, missing and coming reports (JSON: <c>timeliness</c>).</summary>
    Reporting,

    /// <summary>Consistency rules over the reported figures (JSON: <c>consistency</c>).</summary>
    Consistency,

    /// <summary>Tasks with a yearly minimum frequency (JSON: <c>tasks</c>).</summary>
    Tasks,

    /// <summary>Reviews and inspections ("sơ kết, tổng kết"; JSON: <c>milestones</c>).</summary>
    Reviews,

    /// <summary>The 90 days after the evaluation date (JSON: <c>ahead</c>).</summary>
    Ahead,

    /// <summary>Cases read and the referrals they call for (JSON: <c>referrals</c>).</summary>
    Referrals,

    /// <summary>Problems in the data, none of them counted (JSON: <c>problems</c>).</summary>
    Problems,
}
