using BenchmarkDotNet.Attributes;
using Gbv.Domain.Cases;
using Gbv.Domain.Conditions;
using NodaTime;

namespace Gbv.Domain.Benchmarks;

/// <summary>
/// A six-clause condition over <see cref="CaseRecord"/>, compiled from text, against the same condition written by
/// hand in C#; both called through a delegate over the same array of cases. The setup checks that every variant
/// selects the same cases.
/// </summary>
[MemoryDiagnoser]
public class ConditionBenchmarks
{
    private const int Cases = 10_000;

    private const string SixClauses =
        "age < 16 and violence has sexual and hoursSinceIncident <= 72 and risk in [high, life-threatening] and not trafficking and unit = \"u-1\"";

    private CaseRecord[] _cases = [];
    private Func<CaseRecord, bool> _compiled = _ => false;
    private Func<CaseRecord, bool> _handWritten = _ => false;
    private CompiledCondition<CaseRecord> _condition = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = Instant.FromUtc(2024, 1, 1, 0, 0);
        _cases = [.. Enumerable.Range(0, Cases).Select(i => new CaseRecord
        {
            CaseId = $"c{i}",
            Age = random.Next(6) == 0 ? null : random.Next(0, 30),
            Violence = (ViolenceKinds)random.Next(16),
            Risk = random.Next(5) == 0 ? null : (RiskLevel)random.Next(4),
            Trafficking = random.Next(4) == 0,
            IncidentAt = start,
            ReportedAt = start + Duration.FromHours(random.Next(0, 150)),
            Unit = $"u-{random.Next(1, 3)}",
        })];

        _condition = Condition.Compile(SixClauses, CaseFields.Map).Condition ?? throw new InvalidOperationException("The condition does not compile.");
        _compiled = _condition.Predicate;
        _handWritten = c => c.Age < 16 && (c.Violence & ViolenceKinds.Sexual) != 0 && c.HoursSinceIncident <= 72
            && (c.Risk == RiskLevel.High || c.Risk == RiskLevel.LifeThreatening) && !c.Trafficking && c.Unit == "u-1";

        var expected = Count(_handWritten);
        if (expected == 0 || Count(_compiled) != expected || _cases.Count(_condition.Interpret) != expected)
        {
            throw new InvalidOperationException("The variants do not select the same cases.");
        }
    }

    private int Count(Func<CaseRecord, bool> predicate)
    {
        var n = 0;
        foreach (var c in _cases)
        {
            if (predicate(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The same six clauses written by hand.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Cases)]
    public int HandWritten() => Count(_handWritten);

    /// <summary>The condition compiled from text into one delegate.</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public int Compiled() => Count(_compiled);

    /// <summary>The tree-walking interpreter (explanations; the fallback without dynamic code).</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public int Interpreted() => Count(_condition.Interpret);
}

/// <summary>Parsing, type-checking and compiling a 20-clause condition to a delegate, once.</summary>
[MemoryDiagnoser]
public class ConditionCompileBenchmarks
{
    private static readonly string TwentyClauses = string.Join(" and ",
    [
        "age < 16", "age >= 0", "violence has sexual", "violence has any [physical, psychological]", "hoursSinceIncident <= 72",
        "risk in [high, life-threatening]", "not trafficking", "unit = \"u-1\"", "sex = female", "incidentType != rape",
        "consent", "not domestic", "age between 1 and 15", "incidentAt is present", "reportedAt is present",
        "unit in [\"u-1\", \"u-2\", \"u-3\"]", "risk != low", "hoursSinceIncident > 0", "violence has all [sexual]", "sex is present",
    ]);

    [Benchmark]
    public bool ParseCheckCompile()
    {
        var condition = Condition.Compile(TwentyClauses, CaseFields.Map).Condition!;
        return condition.Predicate(new CaseRecord { CaseId = "x" });
    }

    [Benchmark]
    public bool ParseAndCheckOnly() => Condition.Compile(TwentyClauses, CaseFields.Map).Success;
}
