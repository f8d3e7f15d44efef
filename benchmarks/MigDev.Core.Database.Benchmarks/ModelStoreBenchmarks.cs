using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MigDev.Core.Catalog;
using MigDev.Core.EntityFrameworkCore;
using MigDev.Core.Iati;

namespace MigDev.Core.Database.Benchmarks;

/// <summary>Saving and loading the corpus model (the 18 files of data/iati/corpus imported into one model: 1,800
/// programmes and their commitments, partners and countries) with the package (<see cref="MigDevModelStore"/>, row
/// entities of the library's value types) against plain DTO entities of strings and decimals mapped by hand
/// (<see cref="DtoStore"/>, the baseline), on SQLite (a file) and on PostgreSQL (when <c>MIGDEV_POSTGRES</c> is set).</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ModelStoreBenchmarks
{
    private static readonly Lazy<MigDevModel> Corpus = new(() =>
        new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents).ImportDirectory(CorpusStream.Folder).Model);

    private BenchDatabase _db = null!;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "SQLite";

    public static IEnumerable<string> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        _db = new BenchDatabase(Provider, Environment.GetEnvironmentVariable("MIGDEV_POSTGRES"));
        using var context = _db.CreateContext();
        // Both stores hold the model for the load rows; the save rows clear their own tables before each iteration.
        MigDevModelStore.SaveAsync(context, Corpus.Value).GetAwaiter().GetResult();
        DtoStore.SaveAsync(context, Corpus.Value).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [IterationSetup(Targets = [nameof(SaveDto), nameof(SavePackage)])]
    public void Empty()
    {
        using var context = _db.CreateContext();
        MigDevModelStore.ClearAsync(context).GetAwaiter().GetResult();
        foreach (var table in new[] { "DtoCitations", "DtoContributions", "DtoParticipants", "DtoProgrammeCountries", "DtoCommitments", "DtoProgrammes", "DtoAgencies", "DtoDocuments" })
        {
#pragma warning disable EF1002 // constant table names
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRaw(context.Database, $"DELETE FROM \"{table}\"");
#pragma warning restore EF1002
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Save")]
    public int SaveDto()
    {
        using var context = _db.CreateContext();
        return DtoStore.SaveAsync(context, Corpus.Value).GetAwaiter().GetResult();
    }

    [Benchmark]
    [BenchmarkCategory("Save")]
    public int SavePackage()
    {
        using var context = _db.CreateContext();
        return MigDevModelStore.SaveAsync(context, Corpus.Value).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Load")]
    public int LoadDto()
    {
        using var context = _db.CreateContext();
        return DtoStore.LoadAsync(context).GetAwaiter().GetResult().Commitments.Length;
    }

    [Benchmark]
    [BenchmarkCategory("Load")]
    public int LoadPackage()
    {
        using var context = _db.CreateContext();
        return MigDevModelStore.LoadAsync(context).GetAwaiter().GetResult().Commitments.Length;
    }
}
