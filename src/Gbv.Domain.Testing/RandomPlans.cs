using System.Collections.Immutable;
using System.Text;
using Gbv.Domain.Agencies;
using Gbv.Domain.Campaigns;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using Gbv.Domain.Referrals;
using Gbv.Domain.Reporting;
using Gbv.Domain.Tasks;
using Gbv.Domain.Time;
using NodaTime;

namespace Gbv.Domain.Testing;

/// <summary>
/// Builds random valid plans from a seed, covering every part of the model, with awkward text (quotes, escapes,
/// combining marks, emoji, line breaks). <see cref="GbvGenerators.Plans"/> takes the seed from FsCheck.
/// </summary>
internal sealed class RandomPlans(int seed)
{
    private static readonly string[] Texts =
    [
        "Kế hoạch phòng ngừa bạo lực", "Phòng Lao động – Thương binh và Xã hội", "“Tháng hành động” (15/11-15/12)",
        "quote \" backslash \\ slash /", "tab\tline\nbreak", "emoji 🚺 and 𝔘", "e\u0301 (combining)", "<b>&amp;</b>",
        "trên 90%", "a", "   leading and trailing   ", "Ủy ban nhân dân xã", "100% nạn nhân", "{\"json\": [1,2]}",
    ];

    private readonly Random _random = new(seed);

    public Plan Next()
    {
        var from = _random.Next(1990, 2040);
        int? to = Chance(0.8) ? from + _random.Next(0, 10) : null;
        int? vision = Chance(0.3) ? (to ?? from) + _random.Next(0, 15) : null;
        // Now and then a period known only by its end ("đến năm 2025"): its first year is unknown, never a guess.
        var period = to is not null && Chance(0.1) ? new PlanPeriod(null, to, vision) : new PlanPeriod(from, to, vision);
        var years = Enumerable.Range(from, (to ?? from + 5) - from + 1).Concat(vision is int v ? [v] : []).Distinct().ToArray();

        var agencies = Many(1, 5, i => new Agency($"agency-{i}", Localized(), Pick(Enum.GetValues<AgencyKind>()), Chance(0.7) ? Level() : null));
        var agencyIds = agencies.Select(a => a.Id).ToArray();
        var dataElements = Many(0, 4, i => new DataElement($"element_{i}", Localized()));
        var campaigns = Many(0, 3, i => new Campaign($"campaign-{i}", Localized(), Window(), Chance(0.3) ? Pick(years) : null, Chance(0.5), Text()));
        var tasks = Many(0, 5, i => new PlanTask(
            $"task-{i}", Optional(Text), Localized(), Chance(0.7) ? Pick(agencyIds) : null, Subset(agencyIds),
            Pick(Enum.GetValues<Recurrence>()), Chance(0.3) ? new MinimumFrequency(_random.Next(1, 13), Pick(Enum.GetValues<FrequencyUnit>())) : null,
            Chance(0.3) ? Pick(years) : null, campaigns.Length > 0 && Chance(0.4) ? Pick(campaigns).Id : null,
            Many(0, 3, _ => Text()), Optional(Text), Text())
        {
            // A task in several campaigns (Đăk Tô's first activity); the agenda lists it in each.
            Campaigns = campaigns.Length > 1 && Chance(0.2) ? [.. campaigns.Select(c => c.Id).Where(_ => Chance(0.7))] : default,
            SourceKind = Chance(0.2) ? Pick(Enum.GetValues<SourceKind>()) : null,
        });
        var services = Many(0, 3, i => new Service($"service-{i}", Pick(Enum.GetValues<ServiceKind>()), Localized(), Chance(0.5) ? "0220" + _random.Next(1000000, 9999999) : null,
            Chance(0.5) ? Pick(agencyIds) : null, Text()));

        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        for (var i = 0; i < _random.Next(0, 5); i++)
        {
            // An "of which" hangs under a ratio and is a ratio of the same kind (GBV2216).
            var ratios = indicators.Where(x => x.Metric is ReportedRatioMetric { And.IsEmpty: true } or CaseRatioMetric).ToArray();
            var parent = ratios.Length > 0 && Chance(0.4) ? Pick(ratios) : null;
            indicators.Add(new Indicator($"indicator-{i}", Localized(), Optional(Text), Text(), Metric(dataElements, tasks, parent?.Metric), parent?.Key,
                [.. years.OrderBy(_ => _random.Next()).Take(_random.Next(0, 3)).Select(y => Target(y))],
                Optional(Text), Chance(0.3) ? $"parent-plan#indicator-{_random.Next(5)}" : null)
            {
                Missing = Pick(Enum.GetValues<MissingValueStrategy>()),
                StatedDirection = Chance(0.3) ? Pick(Enum.GetValues<Direction>()) : null,
                Baseline = Chance(0.3) ? new Baseline(_random.Next(0, 1001) / 10m, Pick(years), Optional(Text)) : null,
                Base = Chance(0.2) ? Pick(Enum.GetValues<PopulationBase>()) : null,
                SourceKind = Chance(0.2) ? Pick(Enum.GetValues<SourceKind>()) : null,
            });
        }

        var reporting = Many(0, 4, i =>
        {
            var frequency = Pick(Enum.GetValues<ReportingFrequency>());
            return new ReportingObligation($"report-{i}", frequency, Due(frequency, years), [.. Subset(agencyIds).DefaultIfEmpty(agencyIds[0])],
                Pick(agencyIds), Chance(0.4) ? Pick(agencyIds) : null, Subset(agencyIds), Optional(Text), Text());
        });

        var unknownKind = Chance(0.15);
        var unknownNumber = Chance(0.15);
        var unknownIssuer = Chance(0.1);
        return new Plan($"plan-{seed & 0xffff}", Localized(),
            new PlanDocument(unknownKind ? null : Pick(Enum.GetValues<DocumentKind>()), unknownNumber ? null : Optional(Text), Chance(0.7) ? Partial() : null, Optional(Text),
                unknownIssuer ? null : Pick(agencyIds), Chance(0.5) ? new Signatory(Text(), Text()) : null)
            {
                Unknown = [.. new[] { (unknownKind, UnknownFact.Kind), (unknownNumber, UnknownFact.Number), (unknownIssuer, UnknownFact.Issuer) }.Where(f => f.Item1).Select(f => f.Item2)],
            },
            Level(), period, Chance(0.8) ? Plan.DefaultTimeZone : "Asia/Bangkok",
            Chance(0.7) ? SourceCompleteness.Complete : new SourceCompleteness(false, Text()))
        {
            References = Many(0, 3, i => new DocumentReference($"ref-{i}", Pick(Enum.GetValues<ReferenceRelation>()), Pick(Enum.GetValues<DocumentKind>()),
                Optional(Text), Chance(0.7) ? Partial() : null, Optional(Text), Chance(0.5) ? Localized() : null, Chance(0.3) ? $"parent-{i}" : null, Text())),
            SourceKind = Chance(0.2) ? Pick(Enum.GetValues<SourceKind>()) : SourceKind.Verbatim,
            Roles = Chance(0.3) ? new PlanRoles(Pick(agencyIds), Subset(agencyIds), Optional(Text)) : null,
            Purposes = Many(0, 2, _ => Text()),
            Requirements = Many(0, 2, _ => Text()),
            TargetGroups = Many(0, 2, _ => Text()),
            Coverage = Chance(0.4) ? Coverage() : null,
            DataElements = dataElements,
            Agencies = agencies,
            Tasks = tasks,
            Indicators = indicators.ToImmutable(),
            ConsistencyRules = dataElements.IsEmpty ? [] : Many(0, 3, i => new ConsistencyRule($"check-{i}", Localized(),
                Side(dataElements), Pick(Enum.GetValues<RuleOperator>()), Side(dataElements), Pick(Enum.GetValues<Importance>()),
                Pick(Enum.GetValues<MissingValueStrategy>()), "consistencyRules")),
            Reporting = reporting,
            Campaigns = campaigns,
            ObservanceDays = Many(0, 3, i => new ObservanceDay($"day-{i}", Localized(), Annual(), Chance(0.7), Text())),
            Milestones = Many(0, 2, i => new Milestone($"milestone-{i}", Pick(Enum.GetValues<MilestoneKind>()), Pick(years), Chance(0.5) ? Pick(agencyIds) : null, Text())),
            Services = services,
            ReferralRules = services.Length == 0 ? [] : Many(0, 3, i => new ReferralRule($"rule-{i}", Pick(["age < 16 and violence has sexual", "true", "risk = life-threatening"]),
                Pick(services).Id, Pick(Enum.GetValues<Urgency>()),
                Chance(0.5) ? (Chance(0.5) ? Duration.FromHours(_random.Next(1, 99999)) : Duration.FromDays(_random.Next(1, 9999))) : null,
                Pick(Enum.GetValues<WindowStart>()), Pick(Enum.GetValues<ConsentRequirement>()),
                [.. Enum.GetValues<ConsentOverrideReason>().Where(_ => Chance(0.3))], _random.Next(-5, 6), Text())
            {
                Name = Chance(0.5) ? Localized() : null,
            }),
            Notes = Many(0, 3, _ => Text()),
        };
    }

    private RuleSide Side(ImmutableArray<DataElement> elements) =>
        new(Many(0, 2, _ => Pick(elements).Key), Chance(0.4) ? _random.Next(0, 100) : 0);

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private ImmutableArray<T> Many<T>(int min, int max, Func<int, T> make) => [.. Enumerable.Range(0, _random.Next(min, max + 1)).Select(make)];

    private ImmutableArray<string> Subset(string[] ids) => [.. ids.Where(_ => Chance(0.3))];

    private string? Optional(Func<string> make) => Chance(0.5) ? make() : null;

    private string Text()
    {
        if (Chance(0.6))
        {
            return Pick(Texts);
        }

        // Random code points, avoiding lone surrogates and control characters that are not text.
        var builder = new StringBuilder();
        for (var i = 0; i < _random.Next(1, 40); i++)
        {
            var rune = _random.Next(0x20, 0x2FFF);
            if (rune is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            builder.Append(char.ConvertFromUtf32(rune));
        }

        var text = builder.ToString();
        return string.IsNullOrWhiteSpace(text) ? "x" : text;
    }

    private LocalizedText Localized() => new(Text(), Chance(0.6) ? Text() : null);

    private AdministrativeLevel Level() => Pick([AdministrativeLevel.Province, AdministrativeLevel.District, AdministrativeLevel.Commune, AdministrativeLevel.Ward, new AdministrativeLevel("special-zone-2")]);

    private AnnualDate Annual()
    {
        var month = _random.Next(1, 13);
        return new AnnualDate(month, _random.Next(1, CalendarSystem.Iso.GetDaysInMonth(2024, month) + 1));
    }

    private AnnualWindow Window() => Chance(0.3) ? AnnualWindow.WholeMonth(_random.Next(1, 13)) : new AnnualWindow(Annual(), Annual());

    private PartialDate Partial()
    {
        var date = new LocalDate(_random.Next(1990, 2040), 1, 1).PlusDays(_random.Next(0, 366));
        return _random.Next(3) switch
        {
            0 => PartialDate.FromYear(date.Year),
            1 => PartialDate.FromYearMonth(date.Year, date.Month),
            _ => PartialDate.FromDate(date),
        };
    }

    private UnitCoverage Coverage()
    {
        var total = _random.Next(1, 200);
        return new UnitCoverage(Level(), total, Chance(0.7) ? _random.Next(0, total + 1) : null, Text());
    }

    private Metric Metric(ImmutableArray<DataElement> elements, ImmutableArray<PlanTask> tasks, Metric? parent)
    {
        switch (parent)
        {
            case ReportedRatioMetric:
                return new ReportedRatioMetric(Pick(elements).Key, null);
            case CaseRatioMetric:
                return new CaseRatioMetric("violence has sexual", null);
        }

        var kind = _random.Next(4);
        if (kind == 0 && elements.Length > 0)
        {
            var numerator = Pick(elements).Key;
            var denominator = Chance(0.2) ? null : Pick(elements).Key;
            // A joint target over further figures, none of them the numerator or the denominator (GBV2269).
            ImmutableArray<string> and = denominator is null || !Chance(0.2) ? [] : [.. elements.Select(e => e.Key).Where(k => k != numerator && k != denominator && Chance(0.6))];
            return new ReportedRatioMetric(numerator, denominator) { And = and };
        }

        if (kind == 1 && elements.Length > 0)
        {
            return new UnitCoverageMetric(Level(), Pick(elements).Key, _random.Next(1, 100));
        }

        if (kind == 2 && tasks.Length > 0)
        {
            return new EventCountMetric(Pick(tasks).Id, Pick(Enum.GetValues<FrequencyUnit>()));
        }

        return new CaseRatioMetric("violence has sexual", Chance(0.5) ? null : "age < 18");
    }

    /// <summary>A target whose phrase, when it has one, says what its threshold says (the validator checks that).</summary>
    private Target Target(int year)
    {
        var threshold = Threshold();
        var value = threshold.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
        var phrase = (threshold.Comparison, threshold.Unit) switch
        {
            (Comparison.All, ThresholdUnit.Percent) => "100%",
            (Comparison.MoreThan, ThresholdUnit.Percent) => $"trên {value}%",
            (Comparison.AtLeast, ThresholdUnit.Percent) => $"tối thiểu {value}%",
            (Comparison.AtMost, ThresholdUnit.Times) => $"không quá {value} lần",
            _ => null,
        };
        return new Target(new Horizon(Pick(Enum.GetValues<HorizonKind>()), year), threshold, Chance(0.6) ? phrase : null);
    }

    private Threshold Threshold()
    {
        var comparison = Pick(Enum.GetValues<Comparison>());
        var unit = Pick(Enum.GetValues<ThresholdUnit>());
        if (comparison == Comparison.All && unit == ThresholdUnit.Percent)
        {
            return Gbv.Domain.Indicators.Threshold.All;
        }

        decimal value = unit switch
        {
            ThresholdUnit.Count => _random.Next(0, 1000),
            ThresholdUnit.Times => _random.Next(1, 500) / 100m,
            _ => comparison switch
            {
                Comparison.MoreThan => _random.Next(0, 9999) / 100m,
                Comparison.LessThan => _random.Next(1, 10001) / 100m,
                _ => _random.Next(0, 10001) / 100m,
            },
        };
        return new Threshold(comparison, value, unit);
    }

    private DueRule Due(ReportingFrequency frequency, int[] years)
    {
        if (frequency == ReportingFrequency.AdHoc)
        {
            return new OnRequestDueRule();
        }

        return _random.Next(4) switch
        {
            0 => new AnnualDueRule(Annual(), Chance(0.5)),
            1 => new FixedDueRule(new LocalDate(Pick(years), 1, 1).PlusDays(_random.Next(0, 365)), Chance(0.5)),
            2 => new MonthlyDueRule(_random.Next(1, 32), Chance(0.5)),
            _ => new UnstatedDueRule(),
        };
    }
}
