using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --iati-memory   (live heap while streaming IATI)
if (args is ["--iati-memory"])
{
    MigDev.Core.Benchmarks.IatiStreamingMemory.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(MigDev.Core.Benchmarks.MoneyAddBenchmarks).Assembly).Run(args);
