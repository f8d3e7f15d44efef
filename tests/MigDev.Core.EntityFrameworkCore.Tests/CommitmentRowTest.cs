using Microsoft.EntityFrameworkCore;
using MigDev.Core.Catalog;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>The commitment row's version: two contexts update the same commitment, the second gets EF Core's
/// concurrency error, and the first one's change is what the database holds.</summary>
public class CommitmentRowTest
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Version_TwoContextsUpdateOneCommitment_TheSecondGetsAConcurrencyError(string provider)
    {
        using var db = TestDatabase.Open(provider);
        var ct = TestContext.Current.CancellationToken;
        await using (var seed = db.CreateContext())
        {
            await MigDevModelStore.SaveAsync(seed, MigDevCatalog.Default.Model, ct);
        }
        await using var first = db.CreateContext();
        await using var second = db.CreateContext();
        var mine = await first.Set<CommitmentRow>().SingleAsync(c => c.Position == 0, ct);
        var theirs = await second.Set<CommitmentRow>().SingleAsync(c => c.Position == 0, ct);
        var read = mine.Version;

        mine.Amount = new Money(16_000_000.00m, CurrencyCode.EUR);
        await first.SaveChangesAsync(ct);
        theirs.Note = "A change made on the version read before the first save.";

        var error = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));

        Assert.Same(theirs, Assert.Single(error.Entries).Entity);
        await using var check = db.CreateContext();
        var stored = await check.Set<CommitmentRow>().AsNoTracking().SingleAsync(c => c.Position == 0, ct);
        Assert.Equal(new Money(16_000_000.00m, CurrencyCode.EUR), stored.Amount);
        Assert.Equal(MigDevCatalog.Default.Model.Commitments[0].Note, stored.Note);
        Assert.True(stored.Version > read);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Version_ARowReadAndNotChanged_IsNotWritten(string provider)
    {
        using var db = TestDatabase.Open(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var context = db.CreateContext();
        await MigDevModelStore.SaveAsync(context, MigDevCatalog.Default.Model, ct);

        var rows = await context.Set<CommitmentRow>().ToListAsync(ct);

        Assert.All(rows, r => Assert.Equal(1, r.Version));
        Assert.False(context.ChangeTracker.HasChanges());
        Assert.Equal(0, await context.SaveChangesAsync(ct));
    }

    [Fact]
    public void Setters_EachChange_AddOneToTheVersion()
    {
        var row = new CommitmentRow { Version = 7 };

        row.Stage = FundingStage.Disbursement;
        row.Amount = new Money(1m, CurrencyCode.USD);
        row.Note = "n";

        Assert.Equal(10, row.Version);
    }
}
