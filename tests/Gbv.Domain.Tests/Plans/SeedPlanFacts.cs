using Gbv.Domain.Agencies;
using Gbv.Domain.Definitions;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Tests.Plans;

/// <summary>
/// Facts of the five seed plans, written by hand from the Vietnamese sources in samples/sources, checked against
/// the plan files in samples/plans. A plan author checks the file against the paper; these tests do it too.
/// </summary>
public sealed class SeedPlanFacts
{
    private static Plan Load(string file)
    {
        var result = PlanLoader.LoadFile(TestFiles.SamplePlan(file));
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return result.Plan!;
    }

    private static Target TargetAt(Indicator indicator, int year) => indicator.Targets.Single(t => t.Horizon == new Horizon(HorizonKind.By, year));

    // Seed 001: Đăk Tô district, 2017-2020, vision 2030.
    [Fact]
    public void Dak_To_has_two_horizons_with_of_which_targets()
    {
        var plan = Load("ubnd-dak-to-2017-2020.plan.json");
        Assert.Equal(new PlanPeriod(2017, 2020, 2030), plan.Period);
        Assert.Equal(AdministrativeLevel.District, plan.IssuerLevel);
        Assert.Null(plan.Document.Number);

        // "100% nạn nhân ... được phát hiện, trong đó có trên 90% nạn nhân được hỗ trợ" (2020); "trên 95%" (2030).
        var detected = plan.FindIndicator("victims-detected")!;
        Assert.Equal(Threshold.All, TargetAt(detected, 2020).Threshold);
        Assert.Equal(Threshold.All, TargetAt(detected, 2030).Threshold);
        var supported = plan.FindIndicator("victims-supported")!;
        Assert.Equal("victims-detected", supported.OfWhich);
        Assert.Equal(new Threshold(Comparison.MoreThan, 90m), TargetAt(supported, 2020).Threshold);
        Assert.Equal(new Threshold(Comparison.MoreThan, 95m), TargetAt(supported, 2030).Threshold);
        Assert.Equal("trên 90%", TargetAt(supported, 2020).Phrase);
        Assert.Contains("trong đó có trên 90% nạn nhân được hỗ trợ và can thiệp kịp thời", supported.Source, StringComparison.Ordinal);

        // "100% người gây bạo lực ... được phát hiện, trong đó có trên 60% ... được tư vấn" (2020); "trên 80%" (2030).
        Assert.Equal(Threshold.All, TargetAt(plan.FindIndicator("perpetrators-detected")!, 2020).Threshold);
        var counselled = plan.FindIndicator("perpetrators-counselled")!;
        Assert.Equal("perpetrators-detected", counselled.OfWhich);
        Assert.Equal(new Threshold(Comparison.MoreThan, 60m), TargetAt(counselled, 2020).Threshold);
        Assert.Equal(new Threshold(Comparison.MoreThan, 80m), TargetAt(counselled, 2030).Threshold);

        // The "of which" denominator is the parent's numerator: no denominator of its own.
        Assert.Equal(new ReportedRatioMetric("victims_supported", null), supported.Metric);
    }

    [Fact]
    public void Dak_To_reports_six_monthly_before_10_June_and_yearly_before_20_November()
    {
        var plan = Load("ubnd-dak-to-2017-2020.plan.json");
        var sixMonthly = plan.Reporting.Single(r => r.Frequency == ReportingFrequency.SixMonthly);
        Assert.Equal(new AnnualDueRule(new AnnualDate(6, 10), Inclusive: false), sixMonthly.Due);
        Assert.Equal("ubnd-dak-to", sixMonthly.Recipient);
        Assert.Equal("phong-ldtbxh", sixMonthly.Via);
        Assert.Equal(["co-quan-don-vi", "ubnd-xa"], sixMonthly.Reporters);

        var annual = plan.Reporting.Single(r => r.Frequency == ReportingFrequency.Annual);
        Assert.Equal(new AnnualDueRule(new AnnualDate(11, 20), Inclusive: false), annual.Due);

        var adHoc = plan.Reporting.Single(r => r.Frequency == ReportingFrequency.AdHoc);
        Assert.IsType<OnRequestDueRule>(adHoc.Due);
    }

    [Fact]
    public void Dak_To_states_its_campaigns_reviews_and_annual_training()
    {
        var plan = Load("ubnd-dak-to-2017-2020.plan.json");

        // "(từ 15/11 đến 15/12)" and "(Tháng 6)".
        Assert.Equal(new AnnualWindow(new AnnualDate(11, 15), new AnnualDate(12, 15)), plan.Campaigns.Single(c => c.Id == "action-month-gbv").Window);
        Assert.Equal(AnnualWindow.WholeMonth(6), plan.Campaigns.Single(c => c.Id == "action-month-dv").Window);
        Assert.All(plan.Campaigns, c => Assert.True(c.DatesStated));
        Assert.Equal(new AnnualDate(11, 25), plan.ObservanceDays.Single().Date);

        // "sơ kết (vào năm 2018) và tổng kết (vào năm 2020)".
        Assert.Equal([(MilestoneKind.MidTermReview, 2018), (MilestoneKind.FinalReview, 2020)],
            plan.Milestones.Select(m => (m.Kind, m.Year)));

        // "Tổ chức tập huấn ít nhất 01 lần/năm", led by the labour office, every year.
        var training = plan.Tasks.Single(t => t.Id == "ii-2-1-capacity-building");
        Assert.Equal(new MinimumFrequency(1, FrequencyUnit.Year), training.MinimumFrequency);
        Assert.Equal(Recurrence.Annual, training.Recurrence);
        Assert.Equal("phong-ldtbxh", training.Lead);
        var annualTraining = plan.FindIndicator("annual-training")!;
        Assert.Equal(new EventCountMetric("ii-2-1-capacity-building", FrequencyUnit.Year), annualTraining.Metric);
        Assert.Equal(new Horizon(HorizonKind.From, 2017), annualTraining.Targets.Single().Horizon);
    }

    [Fact]
    public void Dak_To_communication_campaign_is_led_by_labour_office_with_ten_coordinators()
    {
        var plan = Load("ubnd-dak-to-2017-2020.plan.json");
        var campaign = plan.Tasks.Single(t => t.Id == "ii-1-1-communication-campaign");
        Assert.Equal("phong-ldtbxh", campaign.Lead);
        Assert.Equal(10, campaign.Coordinators.Length);
        Assert.Contains("cong-an-huyen", campaign.Coordinators);
        Assert.Equal(AgencyKind.Police, plan.FindAgency("cong-an-huyen")!.Kind);
        Assert.Contains(plan.TasksOf("hoi-lhpn-huyen"), x => x.Task.Id == "ii-2-2-trusted-address" && x.Role == TaskRole.Lead);
        Assert.Contains(plan.TasksOf("hoi-lhpn-huyen"), x => x.Task.Id == "ii-1-1-communication-campaign" && x.Role == TaskRole.Coordinating);

        var parent = plan.References.Single(r => r.Relation == ReferenceRelation.Implements && r.Kind == DocumentKind.Plan);
        Assert.Equal("302/KH-UBND", parent.Number);
        Assert.Equal(PartialDate.FromDate(new LocalDate(2017, 2, 9)), parent.Date);
        Assert.Equal("UBND tỉnh Kon Tum", parent.Issuer);
    }

    // Seed 000: Long Biên Women's Union, 2023.
    [Fact]
    public void Long_Bien_has_six_lines_of_percentage_targets_and_all_fourteen_wards()
    {
        var plan = Load("hoi-lhpn-long-bien-2023.plan.json");
        Assert.Equal("13/KH-BTV", plan.Document.Number);
        Assert.Equal(PartialDate.FromDate(new LocalDate(2023, 3, 14)), plan.Document.Issued);
        Assert.Equal(AgencyKind.WomensUnion, plan.FindAgency(plan.Document.Issuer!)!.Kind);
        Assert.Equal(new PlanPeriod(2023, 2023), plan.Period);

        // Section II: 100%, 90%, 60%, 80%, 90%, and a sixth line holding two 100% targets.
        var percentages = plan.Indicators.Where(i => i.Targets.Single().Threshold.Unit == ThresholdUnit.Percent).ToList();
        Assert.Equal(7, percentages.Count);
        Assert.Equal([100m, 90m, 60m, 80m, 90m, 100m, 100m], percentages.Select(i => i.Targets.Single().Threshold.Value));
        Assert.Equal(6, percentages.Select(i => i.Source).Distinct().Count());
        Assert.All(percentages, i => Assert.Equal(new Horizon(HorizonKind.By, 2023), i.Targets.Single().Horizon));

        // A bare "90%" keeps its words and says how it was read.
        var supported = plan.FindIndicator("victims-supported")!;
        Assert.Equal("90%", supported.Targets.Single().Phrase);
        Assert.Equal(Comparison.AtLeast, supported.Targets.Single().Threshold.Comparison);
        Assert.NotNull(supported.Note);

        // "14/14 phường".
        Assert.Equal(new UnitCoverage(AdministrativeLevel.Ward, 14, 14, plan.Coverage!.Source), plan.Coverage);
        Assert.Equal(new Threshold(Comparison.All, 14m, ThresholdUnit.Count), plan.FindIndicator("wards-covered")!.Targets.Single().Threshold);
    }

    [Fact]
    public void Long_Bien_reports_monthly_six_monthly_before_30_May_and_yearly_before_30_November()
    {
        var plan = Load("hoi-lhpn-long-bien-2023.plan.json");
        var byFrequency = plan.Reporting.Where(r => r.Reporters.Contains("hoi-lhpn-phuong")).ToDictionary(r => r.Frequency);
        Assert.IsType<UnstatedDueRule>(byFrequency[ReportingFrequency.Monthly].Due);
        Assert.Equal(new AnnualDueRule(new AnnualDate(5, 30), false), byFrequency[ReportingFrequency.SixMonthly].Due);
        Assert.Equal(new AnnualDueRule(new AnnualDate(11, 30), false), byFrequency[ReportingFrequency.Annual].Due);
        Assert.All(byFrequency.Values, r =>
        {
            Assert.Equal("hoi-lhpn-long-bien", r.Recipient);
            Assert.Equal(["hoi-lhpn-ha-noi", "ubnd-long-bien"], r.ForwardTo);
        });
    }

    [Fact]
    public void Long_Bien_names_observance_days_some_without_dates_and_the_one_stop_model()
    {
        var plan = Load("hoi-lhpn-long-bien-2023.plan.json");
        var days = plan.ObservanceDays.ToDictionary(d => d.Id);
        Assert.Equal(8, days.Count);
        Assert.Equal(new AnnualDate(3, 8), days["womens-day"].Date);
        Assert.Equal(new AnnualDate(6, 28), days["family-day"].Date);
        Assert.True(days["family-day"].DateStated);

        // Named without their dates in the text: 11/10 and 25/11.
        Assert.Equal((new AnnualDate(10, 11), false), (days["girl-child-day"].Date, days["girl-child-day"].DateStated));
        Assert.Equal((new AnnualDate(11, 25), false), (days["evaw-day"].Date, days["evaw-day"].DateStated));
        Assert.False(plan.Campaigns.Single().DatesStated);

        Assert.Contains(plan.Services, s => s.Kind == ServiceKind.OneStopCentre && s.Source.Contains("Một điểm dừng", StringComparison.Ordinal));
        Assert.Equal(3, plan.References.Count(r => r.Relation == ReferenceRelation.Implements));
    }

    // Seed 002: Cần Thơ, 2024, cut short.
    [Fact]
    public void Can_Tho_targets_at_least_70_percent_and_all_cases_helped_and_is_marked_incomplete()
    {
        var plan = Load("ubnd-can-tho-2024.plan.json");
        Assert.Equal("80/KH-UBND", plan.Document.Number);
        Assert.Equal(PartialDate.FromDate(new LocalDate(2024, 4, 10)), plan.Document.Issued);
        Assert.False(plan.Completeness.IsComplete);
        Assert.Contains("[...]", plan.Completeness.Note!, StringComparison.Ordinal);
        Assert.Empty(plan.Reporting);

        var seekHelp = plan.FindIndicator("victims-seek-help")!.Targets.Single();
        Assert.Equal(new Threshold(Comparison.AtLeast, 70m), seekHelp.Threshold);
        Assert.Equal("Tối thiểu 70%", seekHelp.Phrase);
        Assert.Equal(Threshold.All, plan.FindIndicator("help-provided")!.Targets.Single().Threshold);

        Assert.Equal("18008065", plan.Services.Single(s => s.Kind == ServiceKind.Hotline).Phone);
        Assert.Equal("111", plan.Services.Single(s => s.Kind == ServiceKind.ChildProtectionHotline).Phone);
        var decision = plan.References.Single(r => r.Number == "2232/QĐ-TTg");
        Assert.Equal((ReferenceRelation.BasedOn, DocumentKind.Decision), (decision.Relation, decision.Kind));
        Assert.Equal(PartialDate.FromDate(new LocalDate(2020, 12, 28)), decision.Date);
        Assert.Equal("54/KH-UBND", plan.References.Single(r => r.Relation == ReferenceRelation.Implements).Number);
    }

    // Seed 003: Cẩm Tân commune, 2024.
    [Fact]
    public void Cam_Tan_is_dated_only_to_the_month_and_keeps_its_2022_deadline()
    {
        var plan = Load("ubnd-cam-tan-2024.plan.json");
        Assert.Null(plan.Document.Number);
        Assert.Equal(PartialDate.FromYearMonth(2024, 4), plan.Document.Issued);
        Assert.Equal(PartialDatePrecision.Month, plan.Document.Issued!.Value.Precision);
        Assert.Equal(AdministrativeLevel.Commune, plan.IssuerLevel);

        // "báo cáo kết quả thực hiện về UBND xã (qua Công chức Chính sách xã hội) vào ngày 16/12/2022".
        var report = plan.Reporting.Single(r => r.Due is FixedDueRule);
        Assert.Equal(new FixedDueRule(new LocalDate(2022, 12, 16), Inclusive: true), report.Due);
        Assert.Equal(("ubnd-cam-tan", "cong-chuc-csxh"), (report.Recipient, report.Via));
        Assert.Equal(AgencyKind.CommuneOfficial, plan.FindAgency("cong-chuc-csxh")!.Kind);
        Assert.Equal(new UnitCoverage(AdministrativeLevel.Village, 8, null, "08 thôn"), plan.Coverage);
        Assert.Equal(2024, plan.Campaigns.Single().Year);
    }

    // Seed 004: Hải Dương province, from 2020, cut short.
    [Fact]
    public void Hai_Duong_is_open_ended_with_reviews_in_2022_and_2025()
    {
        var plan = Load("ubnd-hai-duong-2020.plan.json");
        Assert.Equal(2020, plan.Period.From);
        Assert.Null(plan.Period.To);
        Assert.Equal([(MilestoneKind.MidTermReview, 2022), (MilestoneKind.FinalReview, 2025)], plan.Milestones.Select(m => (m.Kind, m.Year)));
        Assert.False(plan.Completeness.IsComplete);

        var directive = plan.References.Single(r => r.Relation == ReferenceRelation.Implements);
        Assert.Equal(("08/CT-TTg", DocumentKind.Directive), (directive.Number, directive.Kind));
        Assert.Equal(PartialDate.FromDate(new LocalDate(2020, 2, 4)), directive.Date);

        Assert.Equal("02203.846.333", plan.Services.Single(s => s.Kind == ServiceKind.Hotline).Phone);
        Assert.Contains(plan.Services, s => s.Kind == ServiceKind.RapidResponseTeam);
        Assert.Contains(plan.Services, s => s.Kind == ServiceKind.TrustedAddress);
    }

    [Fact]
    public void Seed_files_keep_the_Vietnamese_source_text_of_every_part()
    {
        foreach (var (_, file) in TestFiles.Seeds)
        {
            var plan = Load(Path.GetFileName(file));
            Assert.All(plan.Tasks, t => Assert.False(string.IsNullOrWhiteSpace(t.Source)));
            Assert.All(plan.Indicators, i => Assert.Matches("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", i.Source));
            Assert.All(plan.Reporting, r => Assert.Contains("báo cáo", r.Source, StringComparison.OrdinalIgnoreCase));
            Assert.NotEmpty(plan.Agencies);
            Assert.NotEmpty(plan.Tasks);
        }
    }
}
