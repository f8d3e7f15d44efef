using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --iati-memory   (live heap while streaming IATI)
// dotnet run -c Release --project benchmarks/MigDev.Core.Benchmarks -- --iati-corpus-memory   (the same over data/iati/corpus)
if (args is ["--iati-memory"])
{
    MigDev.Core.Benchmarks.IatiStreamingMemory.Run();
    return;
}
if (args is ["--iati-corpus-memory"])
{
    MigDev.Core.Benchmarks.IatiCorpusMemory.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(MigDev.Core.Benchmarks.MoneyAddBenchmarks).Assembly).Run(args);
