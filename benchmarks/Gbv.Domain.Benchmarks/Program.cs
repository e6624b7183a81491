using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Gbv.Domain.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/Gbv.Domain.Benchmarks -- database "Host=...;Username=...;Database=..." [rows]
// dotnet run -c Release --project benchmarks/Gbv.Domain.Benchmarks -- files [cases] [--gbv path/to/gbv.dll or path/to/gbv] [--runs 3] [--dir folder]
if (args is ["files", ..])
{
    return Gbv.Domain.Benchmarks.FileComparison.Run(args);
}

if (args is ["duckdb-side", var csv])
{
    return Gbv.Domain.Benchmarks.FileComparison.DuckSide(csv);
}

if (args is ["database", var connection, ..])
{
    return await Gbv.Domain.Benchmarks.DatabaseComparison.RunAsync(connection, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
}

BenchmarkSwitcher.FromAssembly(typeof(Gbv.Domain.Benchmarks.SeedPlanBenchmarks).Assembly).Run(args);
return 0;
