using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using Gbv.Domain.Plans;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>The plan's period (from, to, vision), against which every year in the plan is checked.</summary>
internal sealed partial class ValidationRun
{
    private PlanPeriod _period = new(1);

    private DiagnosticArgument PeriodText
    {
        get
        {
            var years = _period.ToString().Split(' ')[0];
            return _period.Vision is int v ? Checks.Set.Argument("Vision.Years", years, Invariant(v)) : years;
        }
    }

    private PlanPeriod Period(PeriodDefinition p)
    {
        var unknown = Unknowns(p.Unknown, "/period/unknown", PeriodFacts);
        Stated(unknown, UnknownFact.From, p.From, "/period/from", "/period", required: true);
        if (p.From is not int first)
        {
            if (p.To is not int last)
            {
                Report(CascadeDiagnostics.PeriodWithoutEnd, "/period");
                return new PlanPeriod(1);
            }

            var known = Year(last, "/period/to") && (p.Vision is not int vy || Year(vy, "/period/vision"));
            if (known && p.Vision is int visionYear && visionYear < last)
            {
                Report(PeriodDiagnostics.VisionBeforeEnd, "/period/vision", Invariant(visionYear), Invariant(last));
                return new PlanPeriod(null, last);
            }

            return known ? new PlanPeriod(null, last, p.Vision) : new PlanPeriod(1);
        }

        return Period(p, first);
    }

    private PlanPeriod Period(PeriodDefinition p, int from)
    {
        var ok = Year(from, "/period/from");
        ok &= p.To is not int to || Year(to, "/period/to");
        ok &= p.Vision is not int vision || Year(vision, "/period/vision");
        if (!ok)
        {
            return new PlanPeriod(1);
        }

        if (p.To is int end && end < from)
        {
            Report(PeriodDiagnostics.PeriodEndsBeforeStart, "/period/to", Invariant(end), Invariant(from));
            return new PlanPeriod(from);
        }

        if (p.Vision is int v && v < (p.To ?? from))
        {
            Report(PeriodDiagnostics.VisionBeforeEnd, "/period/vision", Invariant(v), Invariant(p.To ?? from));
            return new PlanPeriod(from, p.To);
        }

        return new PlanPeriod(from, p.To, p.Vision);
    }
}
