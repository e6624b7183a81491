using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime;
using NodaTime.Text;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Reporting obligations and their due rules.</summary>
internal sealed partial class ValidationRun
{
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
        return new ReportingObligation(o.Key, frequency, due, [.. o.Reporters], o.Recipient, o.Via, forwardTo, o.Section,
            Source(o.Source, pointer + "/source"));
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
            Report(DiagnosticDescriptors.InvalidDueRule, pointer + "/rule", d.Rule,
                frequency == ReportingFrequency.AdHoc ? "does not fit an ad hoc report: ad hoc reports are due \"on-request\"" : "fits only ad hoc reports (\"frequency\": \"ad-hoc\")");
        }

        switch (rule)
        {
            case RuleKeyword.OnRequest:
            case RuleKeyword.Unstated:
                if (d.Date is not null || d.DayOfMonth is not null)
                {
                    Report(DiagnosticDescriptors.InvalidDueRule, pointer, d.Rule, "takes no \"date\" and no \"dayOfMonth\"");
                }

                if (rule == RuleKeyword.Unstated)
                {
                    Report(DiagnosticDescriptors.DueUnstated, pointer, Keywords<ReportingFrequency>.Name(frequency), key);
                    return new UnstatedDueRule();
                }

                return new OnRequestDueRule();
        }

        var inclusive = rule == RuleKeyword.OnOrBefore;
        if ((d.Date is null) == (d.DayOfMonth is null))
        {
            Report(DiagnosticDescriptors.InvalidDueRule, pointer, d.Rule, "needs exactly one of \"date\" and \"dayOfMonth\"");
            return new UnstatedDueRule();
        }

        if (d.DayOfMonth is int day)
        {
            if (day is < 1 or > 31)
            {
                Report(DiagnosticDescriptors.NumberOutOfRange, pointer + "/dayOfMonth", Invariant(day), "a day of the month from 1 to 31");
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

            Report(DiagnosticDescriptors.InvalidAnnualDate, pointer + "/date", text);
            return new UnstatedDueRule();
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (text.Length != 10 || !parsed.Success)
        {
            Report(DiagnosticDescriptors.InvalidDate, pointer + "/date", text, "MM-dd (every year) or yyyy-MM-dd (once)");
            return new UnstatedDueRule();
        }

        var date = parsed.Value;
        if (!_period.ContainsOrVision(date.Year))
        {
            Report(DiagnosticDescriptors.DeadlineOutsidePeriod, pointer + "/date", LocalDatePattern.Iso.Format(date), PeriodText);
        }

        return new FixedDueRule(date, inclusive);
    }
}
