using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Gbv.Domain.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Gbv.Domain.Benchmarks.SeedPlanBenchmarks).Assembly).Run(args);
