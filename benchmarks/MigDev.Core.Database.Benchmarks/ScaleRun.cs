using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MigDev.Core.Catalog;
using MigDev.Core.EntityFrameworkCore;
using MigDev.Core.Iati;

namespace MigDev.Core.Database.Benchmarks;

/// <summary>Scale past memory: n activities (the corpus repeated with new identifiers, generated on the fly) streamed by
/// <see cref="IatiReader"/> into the database by <see cref="IatiDatabaseImport"/>, with rows per second and the live heap
/// (after a full collection) at 1,000, 10,000, 50,000 and 100,000 activities, then the totals per funder and currency
/// in the database. Run: <c>-- --scale [--activities 100000] [--batch 1000] [--postgres CONNECTION]</c>.</summary>
public static class ScaleRun
{
    public static async Task RunAsync(string[] args)
    {
        var activities = Option(args, "--activities") is { } a ? int.Parse(a, CultureInfo.InvariantCulture) : 100_000;
        var batch = Option(args, "--batch") is { } b ? int.Parse(b, CultureInfo.InvariantCulture) : IatiDatabaseImport.DefaultBatchSize;
        var postgres = Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("MIGDEV_POSTGRES");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{activities:N0} activities (the corpus's {CorpusStream.CorpusActivities:N0}, repeated with new identifiers), batches of {batch:N0}; {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
        if (args.Contains("--import-only"))
        {
            var clock = Stopwatch.StartNew();
            var importer = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
            var n = 0;
            foreach (var chunk in IatiReader.Read(new CorpusStream(activities), "generated").Chunk(batch))
            {
                n += importer.Import(chunk).Model.Commitments.Length;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read and import only, no database: {activities:N0} activities, {n:N0} commitments in {clock.Elapsed.TotalSeconds:F1} s"));
            return;
        }
        await RunOneAsync("SQLite", null, activities, batch);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            await RunOneAsync("PostgreSQL", postgres, activities, batch);
        }
    }

    private static async Task RunOneAsync(string provider, string? postgres, int activities, int batch)
    {
        using var db = new BenchDatabase(provider, postgres);
        await using var context = db.CreateContext();
        var checkpoints = new SortedSet<int>(new[] { 1_000, 10_000, 50_000, 100_000, activities }.Where(n => n <= activities));
        var saveClock = new Stopwatch();
        context.SavingChanges += (_, _) => saveClock.Start();
        context.SavedChanges += (_, _) => saveClock.Stop();
        var clock = Stopwatch.StartNew();
        var done = 0;
        var lines = new List<string>();
        var import = new IatiDatabaseImport(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents)
        {
            BatchSize = batch,
            BatchImported = r =>
            {
                done += r.Activities.Length;
                if (checkpoints.Contains(done))
                {
                    clock.Stop();
                    var heap = LiveHeap();
                    var rows = Rows(db);
                    lines.Add(string.Create(CultureInfo.InvariantCulture,
                        $"| {provider} | {done:N0} | {rows:N0} | {clock.Elapsed.TotalSeconds:F1} | {rows / clock.Elapsed.TotalSeconds:N0} | {done / clock.Elapsed.TotalSeconds:N0} | {heap / 1024.0 / 1024:F1} | {saveClock.Elapsed.TotalSeconds:F1} |"));
                    Console.WriteLine(lines[^1]);
                    clock.Start();
                }
            },
        };
        Console.WriteLine();
        Console.WriteLine("| Database | Activities | Rows | Seconds | Rows/s | Activities/s | Live heap (MB) | In SaveChanges (s) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var result = await import.ImportAsync(context, IatiReader.Read(new CorpusStream(activities), "generated"));
        Console.WriteLine(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB"));
        await TotalsAsync(context);
    }

    private static async Task TotalsAsync(BenchContext context)
    {
        var query = context.TotalsPerFunderAndCurrency(FundingStage.Commitment);
        Console.WriteLine();
        Console.WriteLine(query.ToQueryString());
        var clock = Stopwatch.StartNew();
        var totals = await query.ToListAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Totals per funder and currency: {totals.Count:N0} rows in {clock.Elapsed.TotalMilliseconds:N0} ms; the five largest counts:"));
        foreach (var t in totals.OrderByDescending(t => t.Count).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Funder} {t.Currency} {t.Total:N2} ({t.Count:N0} commitments)"));
        }
    }

    private static long Rows(BenchDatabase db)
    {
        using var context = db.CreateContext();
        return context.Set<ProgrammeRow>().LongCount() + context.Set<CommitmentRow>().LongCount() + context.Set<ContributionRow>().LongCount()
            + context.Set<ParticipantRow>().LongCount() + context.Set<ProgrammeCountryRow>().LongCount() + context.Set<AgencyRow>().LongCount()
            + context.Set<CitationRow>().LongCount();
    }

    private static long LiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
