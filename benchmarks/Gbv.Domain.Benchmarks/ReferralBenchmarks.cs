using BenchmarkDotNet.Attributes;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Referrals;
using NodaTime;
using RulesEngine.Models;

namespace Gbv.Domain.Benchmarks;

/// <summary>
/// The same six referral rules over generated cases, evaluated (a) by this engine, (b) by a hand-written C# loop over
/// the same <see cref="CaseRecord"/>s, and (c) by Microsoft RulesEngine 6.0.1 as its documentation shows
/// (a workflow of lambda-expression rules, <c>ExecuteAllRulesAsync</c> per input). The setup checks that all three
/// find the same rules for every case. Each benchmark computes, per case, which rules hold, and sums the results.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ReferralBenchmarks
{
    private static readonly string[] SixRules =
        ["police-threat-to-life", "post-exposure-prophylaxis", "child-protection", "safe-place", "trafficking-support", "counselling"];

    private CaseRecord[] _cases = [];
    private ReferralEngine<CaseRecord> _engine = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;
    private string[] _ruleNames = [];

    [Params(10_000, 100_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var start = Instant.FromUtc(2024, 1, 1, 0, 0);
        _cases = [.. Enumerable.Range(0, Cases).Select(i => new CaseRecord
        {
            CaseId = $"c{i}",
            Age = random.Next(6) == 0 ? null : random.Next(0, 60),
            Violence = (ViolenceKinds)random.Next(16),
            Risk = random.Next(5) == 0 ? null : (RiskLevel)random.Next(4),
            Trafficking = random.Next(10) == 0,
            IncidentAt = start,
            ReportedAt = start + Duration.FromHours(random.Next(0, 150)),
        })];

        var set = ReferralRuleSet.Create(DefaultReferralRules.Rules.Where(r => SixRules.Contains(r.Id)), DefaultReferralRules.Services);
        _engine = ReferralEngine<CaseRecord>.Compile(set, CaseFields.Map).Engine ?? throw new InvalidOperationException("The rules do not compile.");
        _ruleNames = [.. _engine.Rules.Select(r => r.Id)];

        // The same rules in RulesEngine's expression language (System.Linq.Dynamic.Core), written for CaseRecord.
        var expressions = new Dictionary<string, string>
        {
            ["police-threat-to-life"] = "input1.Risk != null && int(input1.Risk.Value) == 3",
            ["post-exposure-prophylaxis"] = "(int(input1.Violence) & 4) != 0 && input1.HoursSinceIncident != null && input1.HoursSinceIncident.Value <= 72",
            ["child-protection"] = "input1.Age != null && input1.Age.Value < 16",
            ["safe-place"] = "input1.Risk != null && (int(input1.Risk.Value) == 2 || int(input1.Risk.Value) == 3)",
            ["trafficking-support"] = "input1.Trafficking",
            ["counselling"] = "true",
        };
        var workflow = new Workflow
        {
            WorkflowName = "referrals",
            Rules = [.. _ruleNames.Select(name => new Rule { RuleName = name, Expression = expressions[name], RuleExpressionType = RuleExpressionType.LambdaExpression })],
        };
        _rulesEngine = new RulesEngine.RulesEngine([workflow], new ReSettings());

        foreach (var c in _cases)
        {
            var engine = _engine.Fired(c);
            var hand = HandWrittenMask(c);
            var peer = PeerMask(c);
            if (engine != hand || engine != peer)
            {
                throw new InvalidOperationException($"The variants disagree on {c.CaseId}: engine {engine}, hand {hand}, RulesEngine {peer}.");
            }
        }
    }

    // Bits in the engine's rule order: police 0, PEP 1, child 2, safe place 3, trafficking 4, counselling 5.
    private static ulong HandWrittenMask(CaseRecord c)
    {
        ulong mask = 0;
        if (c.Risk == RiskLevel.LifeThreatening)
        {
            mask |= 1;
        }

        if ((c.Violence & ViolenceKinds.Sexual) != 0 && c.HoursSinceIncident <= 72)
        {
            mask |= 2;
        }

        if (c.Age < 16)
        {
            mask |= 4;
        }

        if (c.Risk is RiskLevel.High or RiskLevel.LifeThreatening)
        {
            mask |= 8;
        }

        if (c.Trafficking)
        {
            mask |= 16;
        }

        return mask | 32;
    }

    private ulong PeerMask(CaseRecord c)
    {
        ulong mask = 0;
        foreach (var result in _rulesEngine.ExecuteAllRulesAsync("referrals", c).GetAwaiter().GetResult())
        {
            if (result.IsSuccess)
            {
                mask |= 1UL << Array.IndexOf(_ruleNames, result.Rule.RuleName);
            }
        }

        return mask;
    }

    /// <summary>(b) The six rules written by hand.</summary>
    [Benchmark(Baseline = true)]
    public ulong HandWritten()
    {
        ulong sum = 0;
        foreach (var c in _cases)
        {
            sum += HandWrittenMask(c);
        }

        return sum;
    }

    /// <summary>(a) This engine: one compiled delegate for the whole rule set.</summary>
    [Benchmark]
    public ulong Engine()
    {
        ulong sum = 0;
        foreach (var c in _cases)
        {
            sum += _engine.Fired(c);
        }

        return sum;
    }

    /// <summary>This engine, also finding the rules that need missing information (a second compiled delegate).</summary>
    [Benchmark]
    public ulong EngineWithUndetermined()
    {
        ulong sum = 0;
        foreach (var c in _cases)
        {
            var match = _engine.Match(c);
            sum += match.Fired + match.Undetermined;
        }

        return sum;
    }

    /// <summary>(c) Microsoft RulesEngine 6.0.1.</summary>
    [Benchmark]
    public ulong RulesEngine()
    {
        ulong sum = 0;
        foreach (var c in _cases)
        {
            sum += PeerMask(c);
        }

        return sum;
    }
}
