using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --filter '*' --job dry --inProcess   (each once: .ci/run)
// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --iati-memory   (live heap while streaming IATI)
// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --iati-corpus-memory   (the same over data/iati/corpus)
if (args is ["--iati-memory"])
{
    MigDev.Core.Benchmarks.IatiStreamingMemory.Run();
    return 0;
}
if (args is ["--iati-corpus-memory"])
{
    MigDev.Core.Benchmarks.IatiCorpusMemory.Run();
    return 0;
}
// A benchmark that throws, or a class BenchmarkDotNet refuses, fails the run (.ci/run dry-runs every benchmark).
var summaries = BenchmarkSwitcher.FromAssembly(typeof(MigDev.Core.Benchmarks.MoneyAddBenchmarks).Assembly).Run(args);
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).Select(s => s.Title).ToList();
if (failed.Count > 0)
{
    Console.Error.WriteLine($"Benchmarks failed: {string.Join(", ", failed)}");
    return 1;
}
return 0;
