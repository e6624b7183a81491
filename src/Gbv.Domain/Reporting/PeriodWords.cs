using System.Globalization;
using Gbv.Domain.Localization;

namespace Gbv.Domain.Reporting;

/// <summary>A reporting period in words: "6 tháng đầu năm 2020", "quý 3/2020", "tháng 7/2020", "năm 2020"; in English its code (2020-H1).</summary>
internal static class PeriodWords
{
    /// <summary>A period as a diagnostic's argument: its code in English (2020-H1), its words in Vietnamese.</summary>
    public static Diagnostics.DiagnosticArgument Argument(ReportingPeriod period) => new(period.ToString(), Of(period, vi: true));

    public static string Of(ReportingPeriod period, bool vi)
    {
        if (!vi)
        {
            return period.ToString();
        }

        var year = period.Year.ToString(CultureInfo.InvariantCulture);
        var index = period.Index.ToString(CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            PeriodKind.Year => Words.Format("Period.Year", vi, year),
            PeriodKind.Half => Words.Format(period.Index == 1 ? "Period.FirstHalf" : "Period.SecondHalf", vi, year),
            PeriodKind.Quarter => Words.Format("Period.Quarter", vi, index, year),
            _ => Words.Format("Period.Month", vi, index, year),
        };
    }
}
