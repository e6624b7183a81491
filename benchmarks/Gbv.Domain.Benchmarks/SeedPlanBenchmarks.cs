using BenchmarkDotNet.Attributes;
using Gbv.Domain.Definitions;

namespace Gbv.Domain.Benchmarks;

/// <summary>
/// Reading and validating the five seed plans, from bytes already in memory (file I/O is not the library's cost).
/// Every variant checks first that it produces what the others do: five plans, no errors.
/// </summary>
[MemoryDiagnoser]
public class SeedPlanBenchmarks
{
    private byte[][] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "plans");
        // The five seed plans by name: samples/plans also holds national plans (issue 27), which these figures never had.
        string[] seeds = ["hoi-lhpn-long-bien-2023", "ubnd-cam-tan-2024", "ubnd-can-tho-2024", "ubnd-dak-to-2017-2020", "ubnd-hai-duong-2020"];
        _files = [.. seeds.Select(id => File.ReadAllBytes(Path.Combine(folder, id + ".plan.json")))];
        if (_files.Length != 5 || ReadAndValidateAllFive() != 5 || ReadOnlyAllFive() != 5)
        {
            throw new InvalidOperationException("The benchmark needs the five seed plans, all valid.");
        }
    }

    /// <summary>The whole pipeline: strict read, contract check, deserialize, validate, build the model.</summary>
    [Benchmark(Baseline = true)]
    public int ReadAndValidateAllFive()
    {
        var plans = 0;
        foreach (var file in _files)
        {
            plans += PlanLoader.LoadUtf8(file).Plan is null ? 0 : 1;
        }

        return plans;
    }

    /// <summary>The reader alone (scan, contract check, deserialize), to see where the time goes.</summary>
    [Benchmark]
    public int ReadOnlyAllFive()
    {
        var read = 0;
        foreach (var file in _files)
        {
            read += PlanDefinitionReader.ReadUtf8(file).Definition is null ? 0 : 1;
        }

        return read;
    }

    /// <summary>Writing the five plans back to their stable JSON form.</summary>
    [Benchmark]
    public int WriteAllFive()
    {
        var bytes = 0;
        foreach (var file in _files)
        {
            bytes += PlanDefinitionWriter.WriteUtf8(PlanLoader.LoadUtf8(file).Plan!).Length;
        }

        return bytes;
    }
}
