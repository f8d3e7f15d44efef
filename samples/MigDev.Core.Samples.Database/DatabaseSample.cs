using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MigDev.Core.Catalog;
using MigDev.Core.EntityFrameworkCore;
using MigDev.Core.Iati;
using NodaTime;

namespace MigDev.Core.Samples.Database;

public static class DatabaseSample
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var postgres = Option(args, "--postgres");
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "iati", "corpus"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        if (Option(args, "--files") is { } count)
        {
            files = files[..Math.Min(files.Length, int.Parse(count, CultureInfo.InvariantCulture))];
        }
        var options = new DbContextOptionsBuilder<FundingContext>();
        if (postgres is null)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "migdev.db");
            File.Delete(path);
            options.UseSqlite($"Data Source={path}");
            output.WriteLine($"SQLite: {path}");
        }
        else
        {
            options.UseNpgsql(postgres);
            output.WriteLine("PostgreSQL");
        }
        await using var context = new FundingContext(options.Options);
        await context.Database.EnsureCreatedAsync();
        await MigDevModelStore.ClearAsync(context);
        await SaveAsync(context, files, output);
        await CommittedPerFunderAsync(context, output);
        await InDollarsAsync(context, output);
        return 0;
    }

    // The catalog first (its agencies are the ones IATI organisations resolve to), then the corpus, streamed in batches.
    private static async Task SaveAsync(FundingContext context, string[] files, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var rows = await MigDevModelStore.SaveAsync(context, MigDevCatalog.Default.Model);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The embedded catalog: {rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s"));
        clock.Restart();
        var import = new IatiDatabaseImport(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
        var result = await import.ImportAsync(context, files.SelectMany(f => IatiReader.ReadFile(f)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The IATI corpus ({files.Length} files): {result} in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    // Summed in the database (one GROUP BY), exact.
    private static async Task CommittedPerFunderAsync(FundingContext context, TextWriter output)
    {
        var totals = await context.TotalsPerFunderAndCurrency(FundingStage.Commitment).ToListAsync();
        output.WriteLine();
        output.WriteLine($"Committed per funder and currency ({totals.Count} rows), the ten largest by number of commitments:");
        foreach (var t in totals.OrderByDescending(t => t.Count).ThenBy(t => t.Funder.ToString(), StringComparer.Ordinal).Take(10))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Funder,-62} {new Money(t.Total, t.Currency),22}  ({t.Count} commitments)"));
        }
    }

    // Summed in the database per funder, currency and value date; each sum converted in .NET at the ECB rate of its value
    // date (the last rate on or before the first day the date names), and the conversions added up per funder.
    private static async Task InDollarsAsync(FundingContext context, TextWriter output)
    {
        var sums = await (from f in context.Set<ContributionRow>()
                          join c in context.Set<CommitmentRow>() on f.Commitment equals c.Id
                          where c.Stage == FundingStage.Commitment && c.Amount != null && c.ValueDate != null
                          group c.Amount!.Value.Amount by new { f.Funder, c.Amount!.Value.Currency, c.ValueDate } into g
                          select new { g.Key.Funder, g.Key.Currency, g.Key.ValueDate, Total = g.Sum() }).ToListAsync();
        var converter = CurrencyConverter.Ecb;
        var policy = RatePolicy.LatestOnOrBefore();
        var perFunder = new Dictionary<AgencyId, (Money Usd, int Rates)>();
        var unconverted = 0;
        foreach (var s in sums)
        {
            var date = s.ValueDate!.Value.FirstDay;
            if (!converter.TryConvert(new Money(s.Total, s.Currency), CurrencyCode.USD, date, policy, out var conversion))
            {
                unconverted++;
                continue;
            }
            var (usd, rates) = perFunder.GetValueOrDefault(s.Funder, (new Money(0m, CurrencyCode.USD), 0));
            perFunder[s.Funder] = (usd + conversion.Converted.Round(), rates + conversion.LegCount);
        }
        output.WriteLine();
        output.WriteLine($"Committed per funder in USD at the ECB rate of each value date, each conversion rounded to the cent ({sums.Count} sums by funder, currency and date; {unconverted} with no rate, left out), the ten largest:");
        foreach (var (funder, (usd, rates)) in perFunder.OrderByDescending(p => p.Value.Usd.Amount).Take(10))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {funder,-62} {usd,22}  ({rates} rates used)"));
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
