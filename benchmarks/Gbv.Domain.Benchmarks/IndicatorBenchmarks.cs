using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Gbv.Domain.Conditions;
using Gbv.Domain.Definitions;
using Gbv.Domain.Evaluation.Indicators;
using Gbv.Domain.Indicators;
using Gbv.Domain.Plans;
using NodaTime;

namespace Gbv.Domain.Benchmarks;

/// <summary>
/// All of Đăk Tô's ratio indicators over synthetic cases streamed from <see cref="IEnumerable{T}"/> in one pass. The
/// plan's six data elements (victims and perpetrators, known, detected, supported or counselled) are counted from an
/// integrator's own case entity, as <see cref="CaseTally{T}"/> is meant to be used, and compared with a hand-written
/// single-pass loop computing the same counts per commune and year. The setup checks that both give the same counts
/// and that the indicators evaluate the same on them.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class IndicatorBenchmarks
{
    private static readonly string[] Communes = [.. Enumerable.Range(1, 12).Select(i => $"xa-{i:00}")];

    private SyntheticSurvivor[] _cases = [];
    private CaseTally<SyntheticSurvivor> _tally = null!;
    private Plan _plan = null!;

    [Params(100_000, 1_000_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        _cases = [.. Enumerable.Range(0, Cases).Select(_ => new SyntheticSurvivor(
            random.Next(50) == 0 ? null : Communes[random.Next(Communes.Length)],
            random.Next(40) == 0 ? null : 2017 + random.Next(4),
            Perpetrator: random.Next(3) == 0,
            Detected: random.Next(10) > 0,
            Supported: random.Next(10) > 0,
            Counselled: random.Next(3) > 0))];

        _plan = PlanLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "samples", "plans", "ubnd-dak-to-2017-2020.plan.json")).Plan
            ?? throw new InvalidOperationException("Đăk Tô's plan does not load.");
        var result = CaseTally<SyntheticSurvivor>.Compile(_plan, SyntheticSurvivor.Fields, s => s.Year, SyntheticSurvivor.DakToElements);
        _tally = result.Tally ?? throw new InvalidOperationException(string.Join('\n', result.Diagnostics));

        var engine = _tally.Count(_cases);
        var hand = HandWritten(_cases);
        if (!engine.Equals(hand))
        {
            throw new InvalidOperationException("The tally and the hand-written loop disagree.");
        }

        var asOf = new LocalDate(2020, 12, 31);
        if (!IndicatorEvaluator.Evaluate(_plan, engine.Totals, asOf).Select(r => r.ExplanationEn)
                .SequenceEqual(IndicatorEvaluator.Evaluate(_plan, hand.Totals, asOf).Select(r => r.ExplanationEn)))
        {
            throw new InvalidOperationException("The indicators evaluate differently on the two sets of counts.");
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written single-pass loop")]
    public long HandWrittenLoop() => HandWritten(_cases).Read;

    [Benchmark(Description = "CaseTally (compiled plan)")]
    public long Tally() => _tally.Count(_cases).Read;

    /// <summary>The same counts with direct field access: what an integrator would write for this one plan.</summary>
    private static CaseCounts HandWritten(IEnumerable<SyntheticSurvivor> cases)
    {
        var counts = new Dictionary<(string Unit, int Year), long[]>();
        long total = 0, undated = 0;
        foreach (var c in cases)
        {
            total++;
            if (c.Year is not { } year)
            {
                undated++;
                continue;
            }

            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, (c.Commune ?? string.Empty, year), out _);
            slot ??= new long[6];
            if (!c.Perpetrator)
            {
                slot[0]++;
                if (c.Detected)
                {
                    slot[1]++;
                    if (c.Supported)
                    {
                        slot[2]++;
                    }
                }
            }
            else
            {
                slot[3]++;
                if (c.Detected)
                {
                    slot[4]++;
                    if (c.Counselled)
                    {
                        slot[5]++;
                    }
                }
            }
        }

        // Only to compare with the tally and to evaluate: once per unit and year, not per case.
        string[] elements = ["gbv_victims", "victims_detected", "victims_supported", "gbv_perpetrators", "perpetrators_detected", "perpetrators_counselled"];
        var values = counts.SelectMany(p => elements.Select((e, i) => new ReportedValue(p.Key.Unit, p.Key.Year, e, p.Value[i])));
        return new CaseCounts(ReportedTotals.From(values, out _), total, undated);
    }
}

/// <summary>An integrator's own case entity: a commune, a year and the facts Đăk Tô's figures count.</summary>
public sealed record SyntheticSurvivor(string? Commune, int? Year, bool Perpetrator, bool Detected, bool Supported, bool Counselled)
{
    public static FieldMap<SyntheticSurvivor> Fields { get; } = FieldMap<SyntheticSurvivor>.Empty
        .AddText("unit", s => s.Commune)
        .AddBoolean("perpetrator", s => s.Perpetrator)
        .AddBoolean("detected", s => s.Detected)
        .AddBoolean("supported", s => s.Supported)
        .AddBoolean("counselled", s => s.Counselled);

    /// <summary>Đăk Tô's data elements as conditions over the entity.</summary>
    public static Dictionary<string, string> DakToElements { get; } = new()
    {
        ["gbv_victims"] = "not perpetrator",
        ["victims_detected"] = "not perpetrator and detected",
        ["victims_supported"] = "not perpetrator and detected and supported",
        ["gbv_perpetrators"] = "perpetrator",
        ["perpetrators_detected"] = "perpetrator and detected",
        ["perpetrators_counselled"] = "perpetrator and detected and counselled",
    };
}
