using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(MigDev.Core.Benchmarks.MoneyAddBenchmarks).Assembly).Run(args);
