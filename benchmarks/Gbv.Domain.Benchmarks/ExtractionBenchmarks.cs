using BenchmarkDotNet.Attributes;
using Gbv.Domain.Extraction;

namespace Gbv.Domain.Benchmarks;

/// <summary>
/// <c>gbv extract</c>'s reading of a plan's text (the extractor alone: file decoding is the .docx/.pdf libraries' cost).
/// A "30-page plan" is 90,000 characters or more, about 3,000 a page: the Đăk Tô seed repeated until it is that long.
/// The setup checks that each variant extracts what it should (the seeds' targets, and as many again per repetition).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string[] _seeds = [];
    private string _thirtyPages = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        _seeds = [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        var dakTo = _seeds.Single(s => s.Contains("Đăk Tô", StringComparison.Ordinal));
        var copies = (int)Math.Ceiling(90_000d / dakTo.Length);
        _thirtyPages = string.Join("\n\n", Enumerable.Repeat(dakTo, copies));
        var once = PlanExtractor.Extract(dakTo).Of<ExtractedTarget>().Count();
        if (_seeds.Length != 5 || AllFiveSeeds() != 19 || ThirtyPagePlan() != once * copies)
        {
            throw new InvalidOperationException("The benchmark needs the five seeds, with 19 targets, and the long text with a copy's targets per copy.");
        }
    }

    /// <summary>The five seed plans, one after the other; returns the targets read.</summary>
    [Benchmark(Baseline = true)]
    public int AllFiveSeeds() => _seeds.Sum(s => PlanExtractor.Extract(s).Of<ExtractedTarget>().Count());

    /// <summary>A plan of 30 pages or more.</summary>
    [Benchmark]
    public int ThirtyPagePlan() => PlanExtractor.Extract(_thirtyPages).Of<ExtractedTarget>().Count();
}
