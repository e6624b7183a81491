using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gbv.Domain.Indicators;
using Gbv.Domain.Referrals;
using NodaTime.Text;

namespace Gbv.Domain.Evaluation.Rendering;

/// <summary>
/// The report as JSON, format <c>gbv-compliance-report/1</c> (docs/compliance-report.md): stable property order, full
/// figures (JSON is data, not a publication: small counts are not suppressed here), explanations in both languages.
/// Written with <see cref="Utf8JsonWriter"/>, no reflection.
/// </summary>
public static class ComplianceReportJson
{
    /// <summary>The format's name and version.</summary>
    public const string Format = "gbv-compliance-report/1";

    /// <summary>The report as indented JSON text.</summary>
    public static string Write(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteStartObject("plan");
            w.WriteString("id", report.Plan.Id);
            Text(w, "title", report.Plan.Title);
            w.WriteString("period", report.Plan.Period.ToString());
            w.WriteEndObject();
            w.WriteString("asOf", InstantPattern.General.Format(report.AsOf));
            w.WriteString("asOfDate", LocalDatePattern.Iso.Format(report.AsOfDate));

            w.WriteStartArray("indicators");
            foreach (var (r, index) in report.Indicators.Select((r, i) => (r, i)))
            {
                w.WriteStartObject();
                w.WriteString("key", r.Indicator.Key);
                w.WriteString("threshold", r.Target.Threshold.ToString());
                w.WriteString("horizon", r.Target.Horizon.ToString());
                w.WriteString("status", r.Status.ToString());
                Number(w, "year", r.Year);
                Number(w, "numerator", r.Numerator);
                Number(w, "denominator", r.Denominator);
                Number(w, "value", r.Value);
                Number(w, "minimumCount", r.MinimumCount);
                Number(w, "shortfall", r.Shortfall);
                Number(w, "percentAchieved", r.PercentAchieved);
                Number(w, "limit", r.Limit);
                w.WriteStartObject("units");
                w.WriteNumber("reported", r.UnitsReported);
                w.WriteNumber("expected", r.UnitsExpected);
                w.WriteBoolean("complete", r.IsComplete);
                Gaps(w, "missing", r.MissingUnits);
                Gaps(w, "impossible", r.ImpossibleUnits);
                Gaps(w, "zeroFilled", r.ZeroFilledUnits);
                w.WriteEndObject();
                w.WriteStartArray("byUnit");
                foreach (var (unit, results) in report.ByUnit.Where(u => u.Value.Length > index && u.Value[index].Numerator is not null))
                {
                    Figures(w, results[index], "unit", unit);
                }

                w.WriteEndArray();
                w.WriteStartArray("trend");
                foreach (var (year, results) in report.ByYear.Where(y => y.Value.Length > index))
                {
                    Figures(w, results[index] with { Year = results[index].Year == year ? year : null }, "asOfYear", year);
                }

                w.WriteEndArray();
                w.WriteStartArray("byGroup");
                foreach (var g in report.ByGroup.Where(g => g.Indicator == r.Indicator.Key && g.Year == r.Year))
                {
                    w.WriteStartObject();
                    w.WriteString("group", g.Group);
                    w.WriteNumber("year", g.Year);
                    Number(w, "numerator", g.Numerator);
                    Number(w, "denominator", g.Denominator);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                Explanation(w, r.ExplanationEn, r.ExplanationVi);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartObject("consistency");
            w.WriteNumber("checked", report.Consistency.Checked);
            w.WriteNumber("skipped", report.Consistency.Skipped.Length);
            w.WriteStartArray("violations");
            foreach (var v in report.Consistency.Violations)
            {
                w.WriteStartObject();
                w.WriteString("rule", v.Rule.Key);
                w.WriteString("unit", v.Unit);
                w.WriteNumber("year", v.Year);
                Number(w, "left", v.Left);
                Number(w, "right", v.Right);
                w.WriteString("importance", v.Rule.Importance.ToString());
                Explanation(w, v.ExplanationEn, v.ExplanationVi);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartObject("timeliness");
            w.WriteStartArray("rates");
            foreach (var rate in report.Timeliness.Rates)
            {
                w.WriteStartObject();
                w.WriteString("obligation", rate.Obligation);
                if (rate.Unit is { } unit)
                {
                    w.WriteString("unit", unit);
                }

                w.WriteNumber("due", rate.Due);
                w.WriteNumber("received", rate.Received);
                w.WriteNumber("onTime", rate.OnTime);
                Number(w, "rate", rate.Rate);
                Number(w, "onTimeRate", rate.OnTimeRate);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("reports");
            foreach (var e in report.Timeliness.Reports)
            {
                w.WriteStartObject();
                w.WriteString("obligation", e.Report.Obligation.Key);
                w.WriteString("period", e.Report.Period.ToString());
                w.WriteString("unit", e.Unit);
                w.WriteString("status", e.Status.ToString());
                w.WriteString("lastOnTimeDay", LocalDatePattern.Iso.Format(e.Report.LastOnTimeDay));
                if (e.SubmittedAt is { } at)
                {
                    w.WriteString("submittedAt", InstantPattern.General.Format(at));
                }

                w.WriteNumber("daysLate", e.DaysLate);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("unscheduled", report.Timeliness.Unscheduled.Length);
            w.WriteEndObject();

            w.WriteStartArray("tasks");
            foreach (var t in report.Tasks)
            {
                w.WriteStartObject();
                w.WriteString("task", t.Task.Id);
                w.WriteNumber("year", t.Year);
                w.WriteNumber("done", t.Done);
                w.WriteNumber("required", t.Required);
                w.WriteBoolean("met", t.IsMet);
                w.WriteBoolean("yearEnded", t.YearEnded);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("milestones");
            foreach (var m in report.Milestones)
            {
                w.WriteStartObject();
                w.WriteString("milestone", m.Milestone.Id);
                w.WriteString("kind", m.Milestone.Kind.ToString());
                w.WriteNumber("year", m.Milestone.Year);
                w.WriteString("status", m.Status.ToString());
                if (m.HeldOn is { } on)
                {
                    w.WriteString("heldOn", LocalDatePattern.Iso.Format(on));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("ahead");
            foreach (var a in report.Ahead)
            {
                w.WriteStartObject();
                w.WriteString("kind", a.Kind.ToString());
                w.WriteString("key", a.Key);
                w.WriteString("start", LocalDatePattern.Iso.Format(a.Start));
                w.WriteString("end", LocalDatePattern.Iso.Format(a.End));
                Text(w, "title", a.Title);
                w.WriteString("detail", a.Detail);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartObject("cases");
            w.WriteNumber("read", report.Cases.Read);
            w.WriteNumber("undated", report.Cases.Undated);
            w.WriteEndObject();

            w.WriteStartObject("referrals");
            w.WriteNumber("cases", report.Referrals.Cases);
            WriteCounts(w, "perService", report.Referrals.PerService);
            WriteCounts(w, "perIntervention", report.Referrals.PerIntervention);
            w.WriteStartObject("perUrgency");
            foreach (var (urgency, count) in report.Referrals.PerUrgency)
            {
                w.WriteNumber(urgency.ToString(), count);
            }

            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("problems");
            foreach (var d in report.Problems)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("severity", d.Severity.ToString());
                w.WriteString("where", d.Location.ToString());
                Explanation(w, d.GetMessage("en"), d.GetMessage("vi"));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    // One unit's or one year's figures for a target: what they are of first (the unit's id, or the year evaluated).
    private static void Figures<TOf>(Utf8JsonWriter w, IndicatorResult r, string ofName, TOf of)
    {
        w.WriteStartObject();
        if (of is int year)
        {
            w.WriteNumber(ofName, year);
        }
        else
        {
            w.WriteString(ofName, of?.ToString());
        }

        Number(w, "year", r.Year);
        w.WriteString("status", r.Status.ToString());
        Number(w, "numerator", r.Numerator);
        Number(w, "denominator", r.Denominator);
        Number(w, "value", r.Value);
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        w.WriteString("vi", text.Vi);
        if (text.En is { } en)
        {
            w.WriteString("en", en);
        }

        w.WriteEndObject();
    }

    private static void Explanation(Utf8JsonWriter w, string en, string vi)
    {
        w.WriteStartObject("explanation");
        w.WriteString("en", en);
        w.WriteString("vi", vi);
        w.WriteEndObject();
    }

    private static void Gaps(Utf8JsonWriter w, string name, ImmutableArray<UnitGap> gaps)
    {
        w.WriteStartArray(name);
        foreach (var gap in gaps)
        {
            w.WriteStartObject();
            w.WriteString("unit", gap.Unit);
            w.WriteString("element", gap.Element);
            Number(w, "numerator", gap.Numerator);
            Number(w, "denominator", gap.Denominator);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            // Four decimal places: enough for a percentage, and the same bytes on every machine.
            w.WriteNumber(name, Math.Round(v, 4, MidpointRounding.AwayFromZero));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, int? value) => Number(w, name, (long?)value);

    // Decisions per service and interventions per rule are counted alike: one object of the three statuses per key.
    private static void WriteCounts(Utf8JsonWriter w, string name, ImmutableSortedDictionary<string, ServiceCounts> counts)
    {
        w.WriteStartObject(name);
        foreach (var (key, c) in counts)
        {
            w.WriteStartObject(key);
            w.WriteNumber("refer", c.Refer);
            w.WriteNumber("consentRequired", c.ConsentRequired);
            w.WriteNumber("needsInformation", c.NeedsInformation);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
