using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Definitions;
using Gbv.Domain.Definitions.Validation;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Evaluation.Rendering;
using Gbv.Domain.Indicators;
using NodaTime;

namespace Gbv.Domain.Tests.Untuned;

/// <summary>
/// A second plan written from docs/plan-format.md alone: a district whose communes report cases and safe addresses, and
/// whose labour office reports a survey for the whole district. A plan-area figure is never summed with communes'
/// figures; counts of facilities are not suppressed as if they named somebody. Expected figures worked by hand.
/// </summary>
public sealed class PlanAreaAndPeopleTests
{
    public const string File = PlanAreaPlan.File;

    public static string Json => PlanAreaPlan.Json;

    private static readonly CompiledPlan<CaseRecord> Plan = Compile(Json);
    private static readonly Instant EndOf2025 = Plan.EndOfDay(new LocalDate(2025, 12, 31));

    public static ImmutableDictionary<string, ImmutableArray<string>> Communes { get; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("ubnd-xa", ["xa-1", "xa-2", "xa-3"]);

    private static CompiledPlan<CaseRecord> Compile(string json)
    {
        var result = ComplianceEngine.Load(json, File);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.CompiledPlan!;
    }

    private static IndicatorResult Hotline(ComplianceReport report) => report.Indicators.Single(r => r.Indicator.Key == "hotline-known");

    [Fact]
    public void The_district_plans_hand_worked_scenarios_pass()
    {
        var run = Gbv.Domain.Scenarios.ScenarioRunner.RunFile(Path.Combine(AppContext.BaseDirectory, "Untuned", "ubnd-huyen-an-lac-2025.plan.tests.json"));
        Assert.Empty(run.Problems);
        Assert.Equal(6, run.Checks.Length);
        Assert.All(run.Checks, c => Assert.True(c.Passed, $"{c.Scenario} › {c.What}: expected {c.Expected}, actual {c.Actual}, because {c.Explanation}"));
    }

    [Fact]
    public void The_plan_loads_without_a_warning_and_keeps_what_each_element_says()
    {
        var loaded = PlanLoader.Load(Json, File);
        Assert.Empty(loaded.Diagnostics);
        var elements = loaded.Plan!.DataElements.ToDictionary(e => e.Key);
        Assert.Equal((ElementCombine.PlanArea, true), (elements["women_aware"].Combine, elements["women_aware"].CountsPeople));
        Assert.Equal((ElementCombine.Sum, false), (elements["addresses_open"].Combine, elements["addresses_open"].CountsPeople));
        Assert.Equal((ElementCombine.Sum, true), (elements["cases_known"].Combine, elements["cases_known"].CountsPeople));

        // Written back, only what differs from the defaults is written, and it reads back the same.
        var written = PlanDefinitionWriter.Write(loaded.Plan);
        Assert.Contains("\"combine\": \"plan-area\"", written, StringComparison.Ordinal);
        Assert.Contains("\"countsPeople\": false", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"combine\": \"sum\"", written, StringComparison.Ordinal);
        Assert.Equal(loaded.Plan.DataElements, PlanLoader.Load(written).Plan!.DataElements);
    }

    [Fact]
    public void A_commune_sending_the_districts_survey_figure_makes_it_unknown_not_summed()
    {
        // Summed, 130 + 20 of 200 + 50 would be 150 of 250 = 60%, not more than 60%: NotMet on figures nobody holds.
        // The survey is one figure for the district: two units sending it is GBV4012 for each element, and no figure.
        ReportedValue[] rows =
        [
            new("phong-ldtbxh", 2025, "women_surveyed", 200), new("phong-ldtbxh", 2025, "women_aware", 130),
            new("xa-1", 2025, "women_surveyed", 50) { Origin = new SourceLocation("reported.csv", string.Empty, 4, 1) },
            new("xa-1", 2025, "women_aware", 20) { Origin = new SourceLocation("reported.csv", string.Empty, 5, 1) },
            new("xa-1", 2025, "cases_known", 5), new("xa-1", 2025, "cases_supported", 4),
        ];
        foreach (var order in new[] { rows, rows.Reverse().ToArray() })
        {
            var report = Plan.Evaluate(new ComplianceData<CaseRecord> { ReportedValues = order, ReportingUnits = Communes }, EndOf2025);
            var hotline = Hotline(report);
            Assert.Equal((IndicatorStatus.NoData, (long?)null, (long?)null), (hotline.Status, hotline.Numerator, hotline.Denominator));
            var twice = report.Problems.Where(d => d.Id == "GBV4012").ToList();
            Assert.Equal(2, twice.Count);
            Assert.All(twice, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));

            // The communes' own figures are untouched: 4 of 5 = 80%, at least 80%.
            var supported = report.Indicators.Single(r => r.Indicator.Key == "cases-supported");
            Assert.Equal((IndicatorStatus.Met, 4L, 5L), (supported.Status, supported.Numerator!.Value, supported.Denominator!.Value));
        }

        var first = Plan.Evaluate(new ComplianceData<CaseRecord> { ReportedValues = rows, ReportingUnits = Communes }, EndOf2025).Problems.First(d => d.Id == "GBV4012");
        Assert.Equal("reported.csv(4,1)", first.Location.ToString());
        Assert.Equal("\"women_surveyed\" is one figure for the whole plan area, but phong-ldtbxh and xa-1 both reported it for 2025; neither is counted for 2025, since adding them would count the same people twice: send it from one unit", first.Message);
        Assert.StartsWith("\"women_surveyed\" là một số liệu chung cho cả địa bàn kế hoạch, nhưng cả phong-ldtbxh và xa-1", first.GetMessage("vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_survey_figure_from_a_second_unit_is_refused_alone()
    {
        var report = Plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues = [new("phong-ldtbxh", 2025, "women_surveyed", 200), new("phong-ldtbxh", 2025, "women_aware", 130), new("xa-2", 2025, "women_aware", -3)],
        }, EndOf2025);
        var hotline = Hotline(report);
        Assert.Equal((IndicatorStatus.Met, 130L, 200L), (hotline.Status, hotline.Numerator!.Value, hotline.Denominator!.Value));
        Assert.Equal(["GBV4002"], report.Problems.Select(d => d.Id));
    }

    [Fact]
    public void Totals_merged_from_two_sources_with_the_survey_twice_give_no_figure_with_the_reason()
    {
        var district = ReportedTotals.From(Plan.Plan, [new("phong-ldtbxh", 2025, "women_surveyed", 200), new("phong-ldtbxh", 2025, "women_aware", 130)], null, out var a);
        var commune = ReportedTotals.From(Plan.Plan, [new("xa-1", 2025, "women_surveyed", 50)], null, out var b);
        Assert.Empty(a);
        Assert.Empty(b);
        var hotline = IndicatorEvaluator.Evaluate(Plan.Plan, district.Merge(commune), new LocalDate(2025, 12, 31)).Single(r => r.Indicator.Key == "hotline-known");
        Assert.Equal(IndicatorStatus.NoData, hotline.Status);
        Assert.Contains("\"women_surveyed\" is one figure for the plan area, but more than one unit reported it for 2025", hotline.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("\"Số phụ nữ được khảo sát toàn huyện\" là một số liệu cho cả địa bàn nhưng có hơn một đơn vị báo cáo năm 2025", hotline.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_area_survey_above_its_whole_is_left_out_and_named()
    {
        // 210 aware of 200 surveyed cannot be: the district's figure is left out, never Met.
        var report = Plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues = [new("phong-ldtbxh", 2025, "women_surveyed", 200), new("phong-ldtbxh", 2025, "women_aware", 210)],
        }, EndOf2025);
        var hotline = Hotline(report);
        Assert.Equal(IndicatorStatus.NoData, hotline.Status);
        Assert.Equal("ubnd-huyen-an-lac-2025", Assert.Single(hotline.ImpossibleUnits).Unit);
    }

    [Fact]
    public void A_ratio_of_a_plan_area_figure_to_a_sum_over_units_is_a_located_warning()
    {
        var mixed = Json.Replace("\"numerator\": \"women_aware\", \"denominator\": \"women_surveyed\"", "\"numerator\": \"women_aware\", \"denominator\": \"cases_known\"", StringComparison.Ordinal);
        var loaded = PlanLoader.Load(mixed, File);
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("GBV2220", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal("/indicators/1/metric/reported", warning.Location.Pointer);
        Assert.Contains("divides \"women_aware\" (one figure for the plan area) by \"cases_known\" (summed over units)", warning.Message, StringComparison.Ordinal);

        // Evaluated anyway, the ratio is the plan area's: the district's 130 against the communes' 6 + 4 = 10 (1300%).
        var plan = Compile(mixed.Replace("\"value\": 60 }", "\"value\": 50, \"unit\": \"times\" }", StringComparison.Ordinal).Replace("Trên 60%", "Trên 50 lần", StringComparison.Ordinal));
        var report = plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues = [new("phong-ldtbxh", 2025, "women_aware", 130), new("xa-1", 2025, "cases_known", 6), new("xa-2", 2025, "cases_known", 4)],
        }, plan.EndOfDay(new LocalDate(2025, 12, 31)));
        var hotline = Hotline(report);
        Assert.Equal((130L, 10L), (hotline.Numerator!.Value, hotline.Denominator!.Value));
    }

    [Fact]
    public void A_way_of_combining_the_format_does_not_know_is_an_error()
    {
        var loaded = PlanLoader.Load(Json.Replace("\"combine\": \"plan-area\"", "\"combine\": \"area\"", StringComparison.Ordinal), File);
        Assert.Null(loaded.Plan);
        Assert.Contains(loaded.Diagnostics, d => d.Id == ValidationDiagnostics.UnknownKeyword.Id && d.Location.Pointer == "/dataElements/2/combine");
    }

    [Fact]
    public void Counts_of_facilities_are_shown_small_counts_of_people_are_not()
    {
        // 3 of 4 safe addresses open names nobody; 3 of 4 cases supported could name somebody: "<5".
        var report = Plan.Evaluate(new ComplianceData<CaseRecord>
        {
            ReportedValues =
            [
                new("xa-1", 2025, "addresses_planned", 4), new("xa-1", 2025, "addresses_open", 3),
                new("xa-1", 2025, "cases_known", 4), new("xa-1", 2025, "cases_supported", 3),
            ],
        }, EndOf2025);
        var lines = ComplianceReportMarkdown.Render(report, "en").Split('\n');
        var addresses = lines.Single(l => l.StartsWith("| addresses-open |", StringComparison.Ordinal));
        var cases = lines.Single(l => l.StartsWith("| cases-supported |", StringComparison.Ordinal));
        Assert.Contains("3/4", addresses, StringComparison.Ordinal);
        Assert.DoesNotContain("<5", addresses, StringComparison.Ordinal);
        Assert.Contains("<5", cases, StringComparison.Ordinal);
        Assert.DoesNotContain("3/4", cases, StringComparison.Ordinal);

        var page = ComplianceReportHtml.Render(report, "en");
        var row = page[page.IndexOf(">addresses-open<", StringComparison.Ordinal)..];
        Assert.DoesNotContain("&lt;5", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public Property The_same_counts_are_shown_for_facilities_and_hidden_for_people_when_small() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (whole, part) =>
        {
            part = Math.Min(part, whole);
            var report = Plan.Evaluate(new ComplianceData<CaseRecord>
            {
                ReportedValues =
                [
                    new("xa-1", 2025, "addresses_planned", whole), new("xa-1", 2025, "addresses_open", part),
                    new("xa-1", 2025, "cases_known", whole), new("xa-1", 2025, "cases_supported", part),
                ],
            }, EndOf2025);
            var lines = ComplianceReportMarkdown.Render(report, "en").Split('\n');
            var addresses = lines.Single(l => l.StartsWith("| addresses-open |", StringComparison.Ordinal));
            var cases = lines.Single(l => l.StartsWith("| cases-supported |", StringComparison.Ordinal));

            // Facilities name nobody: always shown. People: hidden when the part or what is left of the whole is 1-4.
            Assert.Contains($"{part}/{whole}", addresses, StringComparison.Ordinal);
            Assert.DoesNotContain("<5", addresses, StringComparison.Ordinal);
            var small = part is > 0 and < 5 || whole - part is > 0 and < 5 || whole < 5;
            Assert.Equal(!small, cases.Contains($"| {part}/{whole}", StringComparison.Ordinal));
        });
}
