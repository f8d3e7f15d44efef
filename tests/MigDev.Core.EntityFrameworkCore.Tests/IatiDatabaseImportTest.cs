using System.Globalization;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>The real IOM file (100 activities) streamed into the database in batches: the change tracker never holds
/// more than one batch, what is stored equals the one-model import, and the totals per funder and currency run in the
/// database and equal a plain XML pass.</summary>
public class IatiDatabaseImportTest
{
    private static readonly string IomFile = Path.Combine(AppContext.BaseDirectory, "data", "iati", "real", "iom-XM-DAC-47066-dportal_118.xml");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_InBatches_TheTrackerHoldsOneBatchAtMost(string provider)
    {
        using var db = TestDatabase.Open(provider);
        await using var context = db.CreateContext();
        var tracked = new List<int>();
        context.SavingChanges += (_, _) => tracked.Add(context.ChangeTracker.Entries<ProgrammeRow>().Count());
        var batches = new List<int>();
        var import = new IatiDatabaseImport(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents)
        {
            BatchSize = 30, BatchImported = r => batches.Add(r.Activities.Length),
        };

        var result = await import.ImportAsync(context, IatiReader.ReadFile(IomFile), TestContext.Current.CancellationToken);

        var activities = XDocument.Load(IomFile).Root!.Elements("iati-activity").Count();
        Assert.Equal(100, activities);
        Assert.Equal([30, 30, 30, 10], batches);
        Assert.Equal([30, 30, 30, 10], tracked);
        Assert.Empty(context.ChangeTracker.Entries());
        Assert.Equal((activities, activities, 4), (result.Activities, result.Programmes, result.Batches));
        Assert.Equal(activities, await context.Set<ProgrammeRow>().CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_TheStoredCommitments_EqualTheOneModelImport(string provider)
    {
        using var db = TestDatabase.Open(provider);
        await using var context = db.CreateContext();
        var import = new IatiDatabaseImport(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents) { BatchSize = 25 };

        var result = await import.ImportAsync(context, IatiReader.ReadFile(IomFile), TestContext.Current.CancellationToken);

        var whole = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents).ImportFile(IomFile).Model;
        var loaded = await MigDevModelStore.LoadAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal(whole.Commitments.Length, result.Commitments);
        // Every field but the funders' ids: a batch resolves an organisation with the evidence of its own activities (a
        // one-model import links UK FCDO's GB-GOV-1 to the catalog's dfid through a name another activity gives it), so
        // the funders are compared by count and share, and the ids where they agree.
        Assert.Equal(whole.Commitments.Select(Comparable), loaded.Commitments.Select(Comparable));
        var sameFunders = whole.Commitments.Zip(loaded.Commitments).Count(p => p.First.Funders.SequenceEqual(p.Second.Funders));
        Assert.True(sameFunders >= whole.Commitments.Length * 9 / 10, $"{sameFunders} of {whole.Commitments.Length} with the same funders");
        Assert.Equal(whole.Programmes.Select(p => p.Id), loaded.Programmes.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_TwiceIntoOneDatabase_RenamesTheProgrammesAndAddsNoAgencyTwice(string provider)
    {
        using var db = TestDatabase.Open(provider);
        await using var context = db.CreateContext();
        var import = new IatiDatabaseImport(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents) { BatchSize = 40 };
        var first = await import.ImportAsync(context, IatiReader.ReadFile(IomFile), TestContext.Current.CancellationToken);

        var second = await import.ImportAsync(context, IatiReader.ReadFile(IomFile), TestContext.Current.CancellationToken);

        Assert.Equal(100, second.RenamedProgrammes);
        Assert.Equal(0, second.NewAgencies);
        var ids = await context.Set<ProgrammeRow>().Select(p => p.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(200, ids.Distinct().Count());
        Assert.Equal(2 * first.Commitments, await context.Set<CommitmentRow>().CountAsync(TestContext.Current.CancellationToken));
        var loaded = await MigDevModelStore.LoadAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal(loaded.Commitments.Length, loaded.Commitments.Count(c => c.Programme is { } p && ids.Contains(p)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TotalsPerFunderAndCurrency_RunsInTheDatabase_AndEqualsAPlainXmlPass(string provider)
    {
        using var db = TestDatabase.Open(provider);
        await using var context = db.CreateContext();
        var import = new IatiDatabaseImport(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents) { BatchSize = 50 };
        await import.ImportAsync(context, IatiReader.ReadFile(IomFile), TestContext.Current.CancellationToken);

        var query = context.TotalsPerFunderAndCurrency(FundingStage.Budget);
        var sql = query.ToQueryString();
        var totals = await query.ToListAsync(TestContext.Current.CancellationToken);

        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.Contains(db.IsPostgres ? "sum(" : "ef_sum(", sql, StringComparison.OrdinalIgnoreCase);
        // Every budget has one funder: summed over the funders, the totals per currency are the plain XML pass's sums of
        // every budget value (the value's currency, else the activity's default).
        var expected = XDocument.Load(IomFile).Root!.Elements("iati-activity")
            .SelectMany(a => a.Elements("budget").Select(b => b.Element("value")!)
                .Select(v => ((string?)v.Attribute("currency") ?? (string)a.Attribute("default-currency")!, decimal.Parse(v.Value, CultureInfo.InvariantCulture))))
            .GroupBy(x => x.Item1).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(x => x.Item2), g.Count()));
        var perCurrency = totals.GroupBy(t => t.Currency.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(t => t.Total), g.Sum(t => t.Count)));
        Assert.Equal(expected, perCurrency);
        Assert.True(totals.Select(t => t.Funder).Distinct().Count() > 5);
    }

    private static string Comparable(FundingCommitment c) =>
        $"{c.Stage} {c.Amount} {c.Programme} {c.ValueDate} {c.Period} {c.Direction} {c.ReportedBy} {c.BudgetKind} {c.IsSuperseded} {c.ProviderActivity} {c.ReceiverActivity} "
        + $"{c.Recipient} {c.Note} {string.Join(",", c.Funders.Select(f => f.Share))} {string.Join(",", c.Citations)}";
}
