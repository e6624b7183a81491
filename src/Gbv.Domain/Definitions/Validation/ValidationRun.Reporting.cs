using Gbv.Domain.Calendar;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime.Text;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Reporting obligations and their due rules.</summary>
internal sealed partial class ValidationRun
{
    private readonly Dictionary<string, string> _reporting = new(StringComparer.Ordinal);

    private enum RuleKeyword
    {
        Before,
        OnOrBefore,
        OnRequest,
        Unstated,
    }

    private ReportingObligation Obligation(ObligationDefinition o, string pointer)
    {
        Declare(o.Key, pointer + "/key", "reporting obligation", _reporting);
        var frequency = Keyword(o.Frequency, pointer + "/frequency", "reporting frequency", ReportingFrequency.Annual);
        for (var i = 0; i < o.Reporters.Count; i++)
        {
            Agency(o.Reporters[i], At(pointer + "/reporters", i));
        }

        Agency(o.Recipient, pointer + "/recipient");
        Agency(o.Via, pointer + "/via");
        var forwardTo = Strings(o.ForwardTo);
        for (var i = 0; i < forwardTo.Length; i++)
        {
            Agency(forwardTo[i], At(pointer + "/forwardTo", i));
        }

        var due = Due(o.Due, pointer + "/due", frequency, o.Key);
        var roll = Keyword(o.Due.Roll, pointer + "/due/roll", "roll", DueRoll.None);
        return new ReportingObligation(o.Key, frequency, due, [.. o.Reporters], o.Recipient, o.Via, forwardTo, o.Section,
            Source(o.Source, pointer + "/source"))
        {
            CutOff = o.CutOff is { } cutOff ? CutOff(cutOff, pointer + "/cutOff", due) : null,
            Roll = roll,
            SourceKind = PartSourceKind(o.SourceKind, pointer + "/sourceKind", Subject("reporting obligation", o.Key)),
        };
    }

    private CutOffRule? CutOff(CutOffDefinition c, string pointer, DueRule due)
    {
        if (c.Preset is not null)
        {
            if (c.From is not null || c.To is not null)
            {
                Report(ReportingDiagnostics.InvalidCutOff, pointer, Checks.Set.Argument("CutOff.Both"));
            }

            if (c.Preset == Decree09CutOff.Name)
            {
                return Decree09CutOff.Instance;
            }

            Report(ValidationDiagnostics.UnknownKeyword, pointer + "/preset", c.Preset, PlanNouns.Of("cut-off preset"), Decree09CutOff.Name, Suggestions.DidYouMean(c.Preset, [Decree09CutOff.Name]));
            return null;
        }

        if (c.From is null || c.To is null)
        {
            Report(ReportingDiagnostics.InvalidCutOff, pointer, Checks.Set.Argument("CutOff.Neither"));
            return null;
        }

        if (due is not AnnualDueRule)
        {
            Report(ReportingDiagnostics.InvalidCutOff, pointer, Checks.Set.Argument("CutOff.DayOfYear"));
        }

        var from = AnnualDates.TryParse(c.From, out var start);
        var to = AnnualDates.TryParse(c.To, out var end);
        if (!from)
        {
            Report(ValidationDiagnostics.InvalidAnnualDate, pointer + "/from", c.From);
        }

        if (!to)
        {
            Report(ValidationDiagnostics.InvalidAnnualDate, pointer + "/to", c.To);
        }

        return from && to ? new WindowCutOff(new AnnualWindow(start, end)) : null;
    }

    /// <summary>
    /// Decree 09/2019/NĐ-CP asks for at least one working day between the end of the data window and the deadline:
    /// checked on the plan's first year, once the plan is built.
    /// </summary>
    private void CutOffLeavesTime(Plan plan)
    {
        var schedule = ReportingSchedule.For(plan, WorkingCalendar.Vietnam);
        for (var i = 0; i < plan.Reporting.Length; i++)
        {
            var obligation = plan.Reporting[i];
            if (obligation.CutOff is null)
            {
                continue;
            }

            var tight = schedule.Reports(obligation, plan.Period.FirstYearOr(plan.Period.To ?? 1), plan.Period.FirstYearOr(plan.Period.To ?? 1))
                .FirstOrDefault(r => schedule.Calendar.WorkingDaysBetween(r.DataEnd, r.LastOnTimeDay) < 1);
            if (tight is not null)
            {
                // The Vietnamese message says the period and the days as an officer writes them ("6 tháng đầu năm 2024", 14/06/2024).
                Report(ReportingDiagnostics.CutOffLeavesNoTime, At("/reporting", i) + "/cutOff",
                    PeriodWords.Argument(tight.Period), ValueArguments.Day(tight.DataEnd), ValueArguments.Day(tight.LastOnTimeDay));
            }
        }
    }

    private DueRule Due(DueDefinition d, string pointer, ReportingFrequency frequency, string key)
    {
        var rule = Keyword(d.Rule, pointer + "/rule", "due rule", RuleKeyword.Unstated);
        if (!Keywords<RuleKeyword>.TryParse(d.Rule, out _))
        {
            return new UnstatedDueRule();
        }

        if ((frequency == ReportingFrequency.AdHoc) != (rule == RuleKeyword.OnRequest))
        {
            Report(ReportingDiagnostics.InvalidDueRule, pointer + "/rule", d.Rule,
                frequency == ReportingFrequency.AdHoc
                    ? Checks.Set.Argument("Due.AdHocOnRequest")
                    : Checks.Set.Argument("Due.OnlyAdHoc"));
        }

        switch (rule)
        {
            case RuleKeyword.OnRequest:
            case RuleKeyword.Unstated:
                if (d.Date is not null || d.DayOfMonth is not null)
                {
                    Report(ReportingDiagnostics.InvalidDueRule, pointer, d.Rule, Checks.Set.Argument("Due.NoDate"));
                }

                if (rule == RuleKeyword.Unstated)
                {
                    Report(ReportingDiagnostics.DueUnstated, pointer, Keywords<ReportingFrequency>.Name(frequency), key);
                    return new UnstatedDueRule();
                }

                return new OnRequestDueRule();
        }

        var inclusive = rule == RuleKeyword.OnOrBefore;
        if ((d.Date is null) == (d.DayOfMonth is null))
        {
            Report(ReportingDiagnostics.InvalidDueRule, pointer, d.Rule, Checks.Set.Argument("Due.OneOf"));
            return new UnstatedDueRule();
        }

        if (d.DayOfMonth is int day)
        {
            if (day is < 1 or > 31)
            {
                Report(ReadingDiagnostics.NumberOutOfRange, pointer + "/dayOfMonth", Invariant(day), Checks.Set.Argument("Range.DayOfMonth"));
            }

            return new MonthlyDueRule(day, inclusive);
        }

        var text = d.Date!;
        if (text.Length == 5)
        {
            if (AnnualDates.TryParse(text, out var annual))
            {
                return new AnnualDueRule(annual, inclusive);
            }

            Report(ValidationDiagnostics.InvalidAnnualDate, pointer + "/date", text);
            return new UnstatedDueRule();
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (text.Length != 10 || !parsed.Success)
        {
            Report(ValidationDiagnostics.InvalidDate, pointer + "/date", text, Checks.Set.Argument("Due.DateFormat"));
            return new UnstatedDueRule();
        }

        var date = parsed.Value;
        if (!_period.ContainsOrVision(date.Year))
        {
            Report(PeriodDiagnostics.DeadlineOutsidePeriod, pointer + "/date", ValueArguments.Day(date), PeriodText);
        }

        return new FixedDueRule(date, inclusive);
    }
}
