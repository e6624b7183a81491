using Gbv.Domain.Campaigns;
using Gbv.Domain.Definitions.Format;
using Gbv.Domain.Definitions.Reading;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Localization;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>Campaigns and observance days: their annual windows and dates.</summary>
internal sealed partial class ValidationRun
{
    private readonly Dictionary<string, string> _campaigns = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _days = new(StringComparer.Ordinal);

    private Campaign Campaign(CampaignDefinition c, string pointer)
    {
        Declare(c.Id, pointer + "/id", "campaign", _campaigns);
        var window = AnnualWindow.WholeMonth(1);
        var hasDays = c.From is not null || c.To is not null;
        if (hasDays == c.Month.HasValue || (hasDays && (c.From is null || c.To is null)))
        {
            Report(PeriodDiagnostics.CampaignWindow, pointer);
        }
        else if (c.Month is int month)
        {
            if (month is < 1 or > 12)
            {
                Report(ReadingDiagnostics.NumberOutOfRange, pointer + "/month", Invariant(month), Checks.Set.Argument("Range.Month"));
            }
            else
            {
                window = AnnualWindow.WholeMonth(month);
            }
        }
        else
        {
            var from = Annual(c.From!, pointer + "/from");
            var to = Annual(c.To!, pointer + "/to");
            if (from is { } f && to is { } t)
            {
                window = new AnnualWindow(f, t);
            }
        }

        if (c.Year is int year && Year(year, pointer + "/year") && !_period.ContainsOrVision(year))
        {
            Report(PeriodDiagnostics.YearOutsidePeriod, pointer + "/year", Subject("campaign", c.Id), Invariant(year), PeriodText);
        }

        return new Campaign(c.Id, Text(c.Name, pointer + "/name"), window, c.Year, c.DatesStated ?? true, Source(c.Source, pointer + "/source"))
        {
            SourceKind = PartSourceKind(c.SourceKind, pointer + "/sourceKind", Subject("campaign", c.Id)),
        };
    }

    private AnnualDate? Annual(string text, string pointer)
    {
        if (AnnualDates.TryParse(text, out var date))
        {
            return date;
        }

        Report(ValidationDiagnostics.InvalidAnnualDate, pointer, text);
        return null;
    }

    private ObservanceDay ObservanceDay(ObservanceDayDefinition o, string pointer)
    {
        Declare(o.Id, pointer + "/id", "observance day", _days);
        var date = Annual(o.Date, pointer + "/date") ?? new AnnualDate(1, 1);
        return new ObservanceDay(o.Id, Text(o.Name, pointer + "/name"), date, o.DateStated ?? true, Source(o.Source, pointer + "/source"))
        {
            SourceKind = PartSourceKind(o.SourceKind, pointer + "/sourceKind", Subject("observance day", o.Id)),
        };
    }
}
