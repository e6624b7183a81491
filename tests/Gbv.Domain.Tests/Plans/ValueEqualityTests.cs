using System.Collections.Immutable;
using Gbv.Domain.Definitions;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;

namespace Gbv.Domain.Tests.Plans;

/// <summary>
/// The plan's parts compare by value, lists by their items: an integrator caches compiled plans by plan and a plan
/// author's test compares a reloaded plan with the one it wrote. Each part is rebuilt member by member into fresh
/// lists (equal), then changed one member at a time (each change must make it unequal).
/// </summary>
public sealed class ValueEqualityTests
{
    private static readonly Plan DakTo = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;

    private static void Laws<T>(T value, T copy, params T[] changed)
        where T : class, IEquatable<T>
    {
        Assert.NotSame(value, copy);
        Assert.True(value.Equals(copy));
        Assert.True(value.Equals((object)copy));
        Assert.Equal(value.GetHashCode(), copy.GetHashCode());
        Assert.False(value.Equals(null));
        Assert.False(value.Equals((object?)null));
        for (var i = 0; i < changed.Length; i++)
        {
            Assert.False(value.Equals(changed[i]), $"change {i} left the value equal");
            Assert.False(changed[i].Equals(value), $"change {i} left the value equal, compared the other way");
        }
    }

    [Fact]
    public void A_task_differs_in_any_member()
    {
        // "Hoạt động 1": a lead, ten coordinators, outputs, a solution, annual, in the action month.
        var t = DakTo.Tasks.Single(x => x.Id == "ii-1-1-communication-campaign");
        Assert.Equal((10, 6), (t.Coordinators.Length, t.Outputs.Length));
        PlanTask With(string? id = null, string? section = null, LocalizedText? title = null, string? lead = null, ImmutableArray<string>? coordinators = null,
            Recurrence? recurrence = null, MinimumFrequency? minimum = null, int? year = null, string? campaign = null, ImmutableArray<string>? outputs = null,
            string? solution = null, string? source = null) =>
            new(id ?? t.Id, section ?? t.Section, title ?? t.Title, lead ?? t.Lead, coordinators ?? [.. t.Coordinators], recurrence ?? t.Recurrence,
                minimum ?? t.MinimumFrequency, year ?? t.Year, campaign ?? t.Campaign, outputs ?? [.. t.Outputs], solution ?? t.Solution, source ?? t.Source)
            {
                // The activity runs in both action months (issue 27): a copy keeps both, a changed campaign is the only one.
                Campaigns = campaign is null ? [.. t.Campaigns] : [campaign],
            };

        Laws(t, With(),
            With(id: "other"), With(section: "II.1.2"), With(title: new LocalizedText(t.Title.Vi)), With(lead: "phong-vhtt"),
            With(coordinators: t.Coordinators.RemoveAt(9)), With(coordinators: [.. t.Coordinators.Reverse()]), With(recurrence: Recurrence.Once),
            With(minimum: new MinimumFrequency(1, FrequencyUnit.Year)), With(year: 2019), With(campaign: "action-month-dv"), t with { Campaigns = [.. t.Campaigns.Reverse()] }, t with { SourceKind = SourceKind.Summary },
            With(outputs: t.Outputs.RemoveAt(0)), With(solution: "khác"), With(source: "khác"));

        // A task built without lists has empty ones, equal to empty lists given.
        var bare = new PlanTask("x", null, new LocalizedText("x"), null, default, Recurrence.Unspecified, null, null, null, default, null, "x");
        Assert.Equal((0, 0), (bare.Coordinators.Length, bare.Outputs.Length));
        Assert.Equal(bare, new PlanTask("x", null, new LocalizedText("x"), null, [], Recurrence.Unspecified, null, null, null, [], null, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinimumFrequency(0, FrequencyUnit.Year));
        Assert.Equal(1, new MinimumFrequency(1, FrequencyUnit.Month).Count);
    }

    [Fact]
    public void An_indicator_differs_in_any_member()
    {
        var i = DakTo.Indicators.Single(x => x.Key == "victims-supported");
        Indicator With(string? key = null, LocalizedText? title = null, string? section = null, string? source = null, Metric? metric = null,
            string? ofWhich = null, ImmutableArray<Target>? targets = null, string? note = null, string? implements = null) =>
            new(key ?? i.Key, title ?? i.Title, section ?? i.Section, source ?? i.Source, metric ?? i.Metric, ofWhich ?? i.OfWhich,
                targets ?? [.. i.Targets], note ?? i.Note, implements ?? i.Implements)
            { Missing = i.Missing, Baseline = i.Baseline, StatedDirection = i.StatedDirection };

        Laws(i, With(),
            With(key: "other"), With(title: new LocalizedText("khác")), With(section: "Z"), With(source: "khác"),
            With(metric: new ReportedRatioMetric("victims_detected", null)), With(ofWhich: "perpetrators-detected"), With(targets: i.Targets.RemoveAt(0)),
            With(note: "khác"), With(implements: "national-target"),
            With() with { Missing = MissingValueStrategy.SkipIfAllMissing }, With() with { Baseline = new Baseline(50m, 2016, null) },
            With() with { StatedDirection = Direction.Decrease });
    }

    [Fact]
    public void A_reporting_obligation_differs_in_any_member()
    {
        var o = DakTo.Reporting.Single(x => x.Key == "six-monthly");
        ReportingObligation With(string? key = null, ReportingFrequency? frequency = null, DueRule? due = null, ImmutableArray<string>? reporters = null,
            string? recipient = null, string? via = null, ImmutableArray<string>? forwardTo = null, string? section = null, string? source = null) =>
            new(key ?? o.Key, frequency ?? o.Frequency, due ?? o.Due, reporters ?? [.. o.Reporters], recipient ?? o.Recipient, via ?? o.Via,
                forwardTo ?? [.. o.ForwardTo], section ?? o.Section, source ?? o.Source)
            { CutOff = o.CutOff, Roll = o.Roll };

        var annual = DakTo.Reporting.Single(x => x.Key == "annual");
        Laws(o, With(),
            With(key: "other"), With(frequency: ReportingFrequency.Annual), With(due: annual.Due), With(reporters: o.Reporters.RemoveAt(0)),
            With(recipient: "ubnd-xa"), With(via: "phong-vhtt"), With(forwardTo: ["ubnd-tinh"]), With(section: "V"), With(source: "khác"),
            With() with { CutOff = Decree09CutOff.Instance }, With() with { Roll = DueRoll.NextWorkingDay });
    }

    [Fact]
    public void A_side_of_a_consistency_rule_differs_in_its_elements_or_its_constant()
    {
        var side = RuleSide.Parse("victims_supported + victims_referred + 2")!;
        Laws(side, RuleSide.Parse("victims_supported + victims_referred + 2")!,
            RuleSide.Parse("victims_supported + 2")!, RuleSide.Parse("victims_referred + victims_supported + 2")!, RuleSide.Parse("victims_supported + victims_referred + 3")!);
        Assert.Equal("victims_supported + victims_referred + 2", side.ToString());
    }

    [Fact]
    public void A_plan_read_twice_is_equal_and_any_changed_member_makes_it_differ()
    {
        var p = PlanLoader.LoadFile(TestFiles.SamplePlan("ubnd-dak-to-2017-2020.plan.json")).Plan!;
        var other = PlanLoader.LoadFile(TestFiles.SamplePlan("hoi-lhpn-long-bien-2023.plan.json")).Plan!;
        Plan With(string? id = null, LocalizedText? title = null, PlanDocument? document = null, AdministrativeLevel? level = null, PlanPeriod? period = null,
            string? zone = null, SourceCompleteness? completeness = null) =>
            new(id ?? p.Id, title ?? p.Title, document ?? p.Document, level ?? p.IssuerLevel, period ?? p.Period, zone ?? p.TimeZone, completeness ?? p.Completeness)
            {
                References = p.References, Purposes = p.Purposes, Requirements = p.Requirements, TargetGroups = p.TargetGroups, Coverage = p.Coverage,
                DataElements = p.DataElements, Agencies = p.Agencies, Tasks = p.Tasks, Indicators = p.Indicators, ConsistencyRules = p.ConsistencyRules,
                Reporting = p.Reporting, Campaigns = p.Campaigns, ObservanceDays = p.ObservanceDays, Milestones = p.Milestones, Services = p.Services,
                ReferralRules = p.ReferralRules, Notes = p.Notes,
            };
        var rule = new ConsistencyRule("supported-within-detected", new LocalizedText("Số được hỗ trợ không vượt quá số được phát hiện"),
            RuleSide.Parse("victims_supported")!, RuleOperator.AtMost, RuleSide.Parse("victims_detected")!, Importance.High, MissingValueStrategy.SkipIfAllMissing, "thử");

        Laws(DakTo, p);
        Laws(p, With(),
            With(id: "other"), With(title: other.Title), With(document: other.Document), With(level: AdministrativeLevel.Commune),
            With(period: other.Period), With(zone: "Asia/Bangkok"), With(completeness: new SourceCompleteness(false, "thiếu trang 3")),
            p with { References = p.References.RemoveAt(0) }, p with { Purposes = p.Purposes.RemoveAt(0) },
            p with { Requirements = p.Requirements.RemoveAt(0) }, p with { TargetGroups = p.TargetGroups.RemoveAt(0) },
            p with { Coverage = other.Coverage }, p with { DataElements = p.DataElements.RemoveAt(0) }, p with { Agencies = p.Agencies.RemoveAt(0) },
            p with { Tasks = p.Tasks.RemoveAt(0) }, p with { Indicators = p.Indicators.RemoveAt(0) }, p with { ConsistencyRules = [rule] },
            p with { Reporting = p.Reporting.RemoveAt(0) }, p with { Campaigns = p.Campaigns.RemoveAt(0) },
            p with { ObservanceDays = p.ObservanceDays.RemoveAt(0) }, p with { Milestones = p.Milestones.RemoveAt(0) },
            p with { Services = p.Services.RemoveAt(0) }, p with { ReferralRules = [DefaultReferralRules.Rules[0]] },
            p with { Notes = p.Notes.RemoveAt(0) });
    }
}
