using BenchmarkDotNet.Running;
using MigDev.Core.Database.Benchmarks;

// dotnet run -c Release --project benchmarks/MigDev.Core.Database.Benchmarks -- --filter '*'      (BenchmarkDotNet: save and load)
// dotnet run -c Release --project benchmarks/MigDev.Core.Database.Benchmarks -- --scale [--activities 100000] [--postgres CONNECTION]
if (args.Length > 0 && args[0] == "--scale")
{
    await ScaleRun.RunAsync(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ModelStoreBenchmarks).Assembly).Run(args);
