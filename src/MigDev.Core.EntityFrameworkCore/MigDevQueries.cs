using Ardalis.GuardClauses;
using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>Queries over the tables of <see cref="MigDevModelBuilderExtensions.AddMigDevModel"/> that run in the
/// database (EF Core translates them to one SQL statement; nothing is summed in memory).</summary>
public static class MigDevQueries
{
    /// <summary>Returns the totals per funder and currency of the commitments at a stage (one row per funder and
    /// currency), summed in the database: <c>await context.TotalsPerFunderAndCurrency(FundingStage.Commitment).ToListAsync()</c>.</summary>
    /// <remarks>A commitment co-financed by several funders counts in full under each (the shares are not applied: split
    /// it with <see cref="FundingCommitment.SplitByFunder"/> when they matter); a relative figure (no amount) is left
    /// out. On SQLite the sum is EF Core's exact decimal sum of the amount text (<c>ef_sum</c>); on PostgreSQL it is
    /// <c>SUM</c> of <c>numeric</c>.</remarks>
    /// <param name="context">A context whose model calls <see cref="MigDevModelBuilderExtensions.AddMigDevModel"/>.</param>
    /// <param name="stage">The stage: <see cref="FundingStage.Commitment"/> for what was committed.</param>
    /// <returns>The query, ordered by funder and currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    public static IQueryable<FunderTotal> TotalsPerFunderAndCurrency(this DbContext context, FundingStage stage)
    {
        Guard.Against.Null(context);
        return from f in context.Set<ContributionRow>()
               join c in context.Set<CommitmentRow>() on f.Commitment equals c.Id
               where c.Stage == stage && c.Amount != null
               group c.Amount!.Value.Amount by new { f.Funder, c.Amount!.Value.Currency } into g
               orderby g.Key.Funder, g.Key.Currency
               select new FunderTotal(g.Key.Funder, g.Key.Currency, g.Sum(), g.Count());
    }
}
