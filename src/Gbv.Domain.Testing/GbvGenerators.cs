using FsCheck;
using FsCheck.Fluent;
using Gbv.Domain.Calendar;
using Gbv.Domain.Cases;
using Gbv.Domain.Plans;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Testing;

/// <summary>
/// FsCheck generators for property tests of plans and of an integrator's mappings: random valid plans that use every
/// part of the model (with awkward text), anonymised cases with missing values, and submissions for a plan's reports.
/// All synthetic: no real person, place of residence or case.
/// </summary>
public static class GbvGenerators
{
    /// <summary>A random valid plan from a seed (the same seed gives the same plan).</summary>
    public static Plan Plan(int seed) => new RandomPlans(seed).Next();

    /// <summary>Random valid plans.</summary>
    public static Arbitrary<Plan> Plans() => ArbMap.Default.GeneratorFor<int>().Select(Plan).ToArbitrary();

    /// <summary>An anonymised case over a few units and 2024-2025, with missing values.</summary>
    public static Gen<CaseRecord> Case { get; } =
        from unit in Gen.Elements("xa-a", "xa-b", "xa-c", (string?)null)
        from violence in Gen.Choose(0, 15)
        from hours in Gen.Choose(-1, 200)
        from consent in Gen.Elements(true, false)
        from age in Gen.Choose(-1, 80)
        from risk in Gen.Choose(-1, 3)
        from minute in Gen.Choose(-1, 2 * 525_600)
        select new CaseRecord
        {
            CaseId = "synthetic",
            Unit = unit,
            Violence = (ViolenceKinds)violence,
            Consent = consent,
            Age = age < 0 ? null : age,
            Risk = risk < 0 ? null : (RiskLevel)risk,
            ReportedAt = minute < 0 ? null : Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromMinutes(minute),
            IncidentAt = minute < 0 || hours < 0 ? null : Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromMinutes(minute) - Duration.FromHours(hours),
        };

    /// <summary>Random cases.</summary>
    public static Arbitrary<CaseRecord> Cases() => Case.ToArbitrary();

    /// <summary>
    /// Submissions for the reports a plan's obligations call for, from the units given, received from 30 days before to
    /// 30 days after each deadline.
    /// </summary>
    public static Gen<Submission> Submissions(Plan plan, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(units);
        var reports = ReportingSchedule.For(plan, WorkingCalendar.Vietnam).Reports(plan.Period.FirstYearOr(plan.Period.To ?? 1), plan.Period.To ?? plan.Period.FirstYearOr(1) + 4);
        if (reports.IsEmpty || units.Count == 0)
        {
            throw new ArgumentException($"{plan.Id} calls for no dated report, or no unit was given.", nameof(plan));
        }

        return from report in Gen.Elements(reports.AsEnumerable())
               from unit in Gen.Elements(units.AsEnumerable())
               from minutes in Gen.Choose(-30 * 1440, 30 * 1440)
               select new Submission(report.Obligation.Key, unit, report.Period, report.Deadline + Duration.FromMinutes(minutes));
    }
}
