using Ardalis.GuardClauses;
using Microsoft.EntityFrameworkCore;
using MigDev.Core.EntityFrameworkCore.Internal;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Saves a <see cref="MigDevModel"/> to the tables of <see cref="MigDevModelBuilderExtensions.AddMigDevModel"/> and
/// loads it back: <c>await MigDevModelStore.SaveAsync(context, MigDevCatalog.Default.Model);</c>,
/// <c>var model = await MigDevModelStore.LoadAsync(context);</c>.
/// </summary>
/// <remarks>
/// <para>The store maps the immutable domain records to the row entities (<see cref="ProgrammeRow"/>,
/// <see cref="CommitmentRow"/>...) and back, through the records' own constructors: what loads is a model equal to the
/// one saved, record by record and list by list, in the same order. It does not validate the model as a whole
/// (<see cref="ModelValidator.Validate"/> does, when you want it).</para>
/// <para>The rows stay ordinary entities: query them with LINQ (<c>context.Set&lt;CommitmentRow&gt;()</c>), update them
/// (a <see cref="CommitmentRow"/> carries a concurrency token), or stream IATI activities into the same tables with
/// <see cref="IatiDatabaseImport"/>.</para>
/// </remarks>
public static class MigDevModelStore
{
    /// <summary>Adds every record of a model as new rows and saves them, in one <c>SaveChanges</c> (one transaction):
    /// save into empty tables (<see cref="ClearAsync"/>), as a record already stored has the same key.</summary>
    /// <param name="context">A context whose model calls <see cref="MigDevModelBuilderExtensions.AddMigDevModel"/>, with
    /// no pending changes of its own.</param>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The context tracks changes of its own, which the save would commit
    /// with the model's.</exception>
    /// <exception cref="DbUpdateException">The database refused a row (a key already stored); the inner exception says
    /// which. Nothing is saved.</exception>
    public static async Task<int> SaveAsync(DbContext context, MigDevModel model, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(context);
        Guard.Against.Null(model);
        if (context.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("The context has changes of its own pending: save or clear them before MigDevModelStore.SaveAsync, which saves the model in a unit of work of its own.");
        }
        var rows = ModelRows.Of(model);
        await rows.SaveAsync(context, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    /// <summary>Loads the model the tables hold, without tracking: its agencies and documents, programmes, commitments,
    /// the matrix, meetings and memberships, each list in the order it was saved in.</summary>
    /// <param name="context">A context whose model calls <see cref="MigDevModelBuilderExtensions.AddMigDevModel"/>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The model (not validated as a whole).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDatabaseValueException">A column holds no value of its type (an unknown currency, a malformed
    /// partial date), or a row is no valid record (a programme without a name); the message names the table, the column
    /// or the row's key, and the value.</exception>
    public static Task<MigDevModel> LoadAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(context);
        return ModelReader.LoadAsync(context, cancellationToken);
    }

    /// <summary>Deletes every row of the model's tables, in the database (<c>ExecuteDelete</c>), children first.</summary>
    /// <param name="context">A context whose model calls <see cref="MigDevModelBuilderExtensions.AddMigDevModel"/>.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>The number of rows deleted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    public static async Task<int> ClearAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(context);
        var n = 0;
        n += await context.Set<CitationRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<ContributionRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<ParticipantRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<ProgrammeCountryRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<CommitmentRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<ProgrammeRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<MeetingRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<MembershipRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<ActivityRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<SessionRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<RoundtableRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<ThemeRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<AgencyRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        n += await context.Set<DocumentRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return n;
    }
}
