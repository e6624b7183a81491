using Gbv.Domain.Calendar;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Reporting;
using Gbv.Domain.Plans;
using Gbv.Domain.Reporting;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Cascade;

/// <summary>What the source does not give is stated as unknown, and nothing downstream fills it in.</summary>
public sealed class UnknownFactsTests
{
    [Fact]
    public void A_document_known_only_by_its_issuer_keeps_its_kind_number_and_date_unknown()
    {
        var result = PlanLoader.Load(CascadePlans.Plan(document: "\"issuer\": \"ubnd\", \"unknown\": [\"date\", \"kind\", \"number\"]"));
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        var document = result.Plan!.Document;
        Assert.Null(document.Kind);
        Assert.Null(document.Number);
        Assert.Null(document.Issued);
        Assert.Equal([UnknownFact.Kind, UnknownFact.Number, UnknownFact.Date], document.Unknown);
        Assert.True(document.IsUnknown(UnknownFact.Number));
        var info = Assert.Single(result.Diagnostics, d => d.Id == "GBV2265");
        Assert.Equal("The source does not give the kind of document, number, date of issue: left unknown, never filled in", info.Message);
    }

    [Fact]
    public void A_blank_number_is_not_an_unknown_one()
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Plan());
        Assert.Null(plan.Document.Number);
        Assert.False(plan.Document.IsUnknown(UnknownFact.Number));
        Assert.Equal(DocumentKind.Plan, plan.Document.Kind);
    }

    [Fact]
    public void An_issuer_the_source_does_not_name_is_unknown_and_one_left_out_is_an_error()
    {
        var unknown = TestFiles.LoadPlan(CascadePlans.Plan(document: "\"unknown\": [\"issuer\"]"));
        Assert.Null(unknown.Document.Issuer);
        var missing = PlanLoader.Load(CascadePlans.Plan(document: "\"number\": \"12/KH-UBND\""));
        Assert.Equal(["GBV2261"], missing.Diagnostics.Select(d => d.Id));
        Assert.Equal("The issuer is missing; give it, or list \"issuer\" in \"unknown\" when the source does not say", missing.Diagnostics[0].Message);
    }

    [Fact]
    public void A_reference_of_unknown_kind_is_not_other()
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Plan(extra: """
            "references": [ { "id": "ct-08", "relation": "implements", "number": "08/CT-TTg", "unknown": ["kind", "date"],
              "source": "Thực hiện văn bản số 08/CT-TTg của Thủ tướng Chính phủ" } ],
            """));
        var reference = Assert.Single(plan.References);
        Assert.Null(reference.Kind);
        Assert.Equal([UnknownFact.Kind, UnknownFact.Date], reference.Unknown);
    }

    [Fact]
    public void A_period_known_only_by_its_end_is_never_a_period_of_one_year()
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Plan(period: "\"to\": 2025, \"unknown\": [\"from\"]"));
        Assert.Null(plan.Period.From);
        Assert.False(plan.Period.FromKnown);
        Assert.Equal(2025, plan.Period.To);
        Assert.Equal("?-2025", plan.Period.ToString());
        Assert.True(plan.Period.Contains(2021));
        Assert.False(plan.Period.Contains(2026));
    }

    [Fact]
    public void Writing_a_plan_with_unknowns_and_reading_it_again_gives_an_equal_plan()
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Plan(document: "\"unknown\": [\"issuer\", \"number\"]", period: "\"to\": 2025, \"vision\": 2030, \"unknown\": [\"from\"]"));
        var again = PlanLoader.Load(PlanDefinitionWriter.Write(plan));
        Assert.True(again.Success, string.Join('\n', again.Diagnostics));
        Assert.Equal(plan, again.Plan);
    }

    [Fact]
    public void The_agenda_of_a_plan_whose_first_year_is_unknown_starts_where_it_is_asked_to()
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Plan(period: "\"to\": 2025, \"unknown\": [\"from\"]", extra: """
            "reporting": [ { "key": "annual", "frequency": "annual", "due": { "rule": "before", "date": "11-20" },
              "reporters": ["hoi-lhpn"], "recipient": "ubnd", "source": "báo cáo năm trước ngày 20/11" } ],
            """));
        var entries = PlanAgenda.Between(ReportingSchedule.For(plan, WorkingCalendar.Vietnam), new LocalDate(2023, 1, 1), new LocalDate(2026, 12, 31));
        Assert.Equal([new LocalDate(2023, 11, 19), new LocalDate(2024, 11, 19), new LocalDate(2025, 11, 19)], entries.Where(e => e.Kind == AgendaKind.ReportDue).Select(e => e.Start));
    }

    [Fact]
    public void Timeliness_with_the_first_year_unknown_counts_from_the_earliest_submission_and_says_so()
    {
        var plan = TestFiles.LoadPlan(CascadePlans.Plan(period: "\"to\": 2025, \"unknown\": [\"from\"]", extra: """
            "reporting": [ { "key": "annual", "frequency": "annual", "due": { "rule": "before", "date": "11-20" },
              "reporters": ["hoi-lhpn"], "recipient": "ubnd", "source": "báo cáo năm trước ngày 20/11" } ],
            """));
        var schedule = ReportingSchedule.For(plan, WorkingCalendar.Vietnam);
        var asOf = Instant.FromUtc(2026, 1, 10, 0, 0);
        var submitted = new Submission("annual", "hoi-lhpn", new ReportingPeriod(PeriodKind.Year, 2024, 1), Instant.FromUtc(2024, 11, 10, 2, 0));
        var report = TimelinessChecker.Check(schedule, [submitted], asOf, new Dictionary<string, System.Collections.Immutable.ImmutableArray<string>>());
        var info = Assert.Single(report.Problems, p => p.Id == "GBV2272");
        Assert.Contains("from 2024", info.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Problems, p => p.Id == "GBV4102");
    }
}
