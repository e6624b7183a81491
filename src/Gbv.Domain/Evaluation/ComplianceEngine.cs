using System.Collections.Immutable;
using System.Linq.Expressions;
using Gbv.Domain.Calendar;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Time;

namespace Gbv.Domain.Evaluation;

/// <summary>
/// The one object to embed: load a plan, compile it once, evaluate it on your data as of a moment.
/// </summary>
/// <example>
/// <code>
/// var compiled = ComplianceEngine.LoadFile("ubnd-dak-to-2017-2020.plan.json");
/// if (compiled.CompiledPlan is { } plan)
/// {
///     var report = plan.Evaluate(new ComplianceData&lt;CaseRecord&gt; { ReportedValues = values }, asOf);
///     Console.WriteLine(ComplianceReportMarkdown.Render(report, "vi"));
/// }
/// </code>
/// </example>
public static class ComplianceEngine
{
    /// <summary>Loads a plan file and compiles it for <see cref="CaseRecord"/>.</summary>
    public static CompiledPlanResult<CaseRecord> LoadFile(string path) => FromLoad(PlanLoader.LoadFile(path));

    /// <summary>Loads a plan from text and compiles it for <see cref="CaseRecord"/>.</summary>
    public static CompiledPlanResult<CaseRecord> Load(string json, string? file = null) => FromLoad(PlanLoader.Load(json, file));

    /// <summary>Loads a plan from a stream and compiles it for <see cref="CaseRecord"/>.</summary>
    public static CompiledPlanResult<CaseRecord> LoadStream(Stream stream, string? file = null) => FromLoad(PlanLoader.LoadStream(stream, file));

    /// <summary>
    /// Compiles a plan for an integrator's case type: the schedule (with the working days given), the case tally and
    /// the referral rules (the package's defaults, then the plan's).
    /// </summary>
    public static CompiledPlanResult<T> Compile<T>(
        Plan plan, FieldMap<T> fields, Expression<Func<T, int?>> year, IReadOnlyDictionary<string, string> elementConditions, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(calendar);
        var tally = CaseTally<T>.Compile(plan, fields, year, elementConditions);
        var referrals = ReferralEngine<T>.Compile(ReferralRuleSet.Defaults.With(plan), fields);
        ImmutableArray<Diagnostic> diagnostics = [.. tally.Diagnostics, .. referrals.Diagnostics];
        return tally.Tally is { } t && referrals.Engine is { } r
            ? new CompiledPlanResult<T>(new CompiledPlan<T>(plan, ReportingSchedule.For(plan, calendar), t, r, IncidentAfterReport(fields)), diagnostics)
            : new CompiledPlanResult<T>(null, diagnostics);
    }

    /// <summary>
    /// A check that a case's incident is not after its report, when the field map has both times (the standard
    /// <c>incidentAt</c> and <c>reportedAt</c>); compiled once, like the tally.
    /// </summary>
    private static Func<T, bool>? IncidentAfterReport<T>(FieldMap<T> fields)
    {
        if (fields.Find("incidentAt") is not { Type: ConditionType.Instant } incident || fields.Find("reportedAt") is not { Type: ConditionType.Instant } reported)
        {
            return null;
        }

        var record = Expression.Parameter(typeof(T), "record");
        var body = Expression.GreaterThan(Expression.Invoke(incident.Accessor, record), Expression.Invoke(reported.Accessor, record));
        return Expression.Lambda<Func<T, bool>>(body, record).Compile(preferInterpretation: !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported);
    }

    /// <summary>
    /// A plan compiled as the loaders compile it (no element conditions beyond the plan's, Vietnam's working days),
    /// for any type with the standard fields: <see cref="CaseRecord"/>, or the tool's row.
    /// </summary>
    internal static CompiledPlanResult<T> Compile<T>(Plan plan, FieldMap<T> fields, Expression<Func<T, int?>> year) =>
        Compile(plan, fields, year, ImmutableDictionary<string, string>.Empty, WorkingCalendar.Vietnam);

    private static CompiledPlanResult<CaseRecord> FromLoad(LoadResult loaded)
    {
        if (loaded.Plan is not { } plan)
        {
            return new CompiledPlanResult<CaseRecord>(null, loaded.Diagnostics);
        }

        var compiled = Compile(plan, CaseFields.Map, CaseFields.ReportedYear);
        return new CompiledPlanResult<CaseRecord>(compiled.CompiledPlan, loaded.Diagnostics.AddRange(compiled.Diagnostics));
    }
}
