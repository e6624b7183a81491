using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Diagnostics;
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
            return _period.Vision is int v ? new DiagnosticArgument($"{years} (vision {Invariant(v)})", $"{years} (tầm nhìn {Invariant(v)})") : years;
        }
    }

    private PlanPeriod Period(PeriodDefinition p)
    {
        var ok = Year(p.From, "/period/from");
        ok &= p.To is not int to || Year(to, "/period/to");
        ok &= p.Vision is not int vision || Year(vision, "/period/vision");
        if (!ok)
        {
            return new PlanPeriod(1);
        }

        if (p.To is int end && end < p.From)
        {
            Report(PeriodDiagnostics.PeriodEndsBeforeStart, "/period/to", Invariant(end), Invariant(p.From));
            return new PlanPeriod(p.From);
        }

        if (p.Vision is int v && v < (p.To ?? p.From))
        {
            Report(PeriodDiagnostics.VisionBeforeEnd, "/period/vision", Invariant(v), Invariant(p.To ?? p.From));
            return new PlanPeriod(p.From, p.To);
        }

        return new PlanPeriod(p.From, p.To, p.Vision);
    }
}
