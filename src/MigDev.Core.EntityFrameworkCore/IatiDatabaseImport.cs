using Ardalis.GuardClauses;
using Microsoft.EntityFrameworkCore;
using MigDev.Core.EntityFrameworkCore.Internal;
using MigDev.Core.Iati;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Streams IATI activities straight into the tables of <see cref="MigDevModelBuilderExtensions.AddMigDevModel"/>, in
/// batches, in memory that does not grow with the number of activities:
/// <c>await new IatiDatabaseImport(catalog.Agencies, catalog.Documents).ImportAsync(context, IatiReader.ReadFile(path));</c>.
/// </summary>
/// <remarks>
/// <para>Each batch of <see cref="BatchSize"/> activities is imported by an <see cref="IatiImporter"/> (the same mapping:
/// each activity a programme, each budget and transaction a commitment), written as rows in one <c>SaveChanges</c>, and
/// dropped: the change tracker is cleared after each batch, so that it never holds more than one. What stays in memory
/// is the agency directory: the one given, with the agencies the database holds already, grown by each batch's new
/// ones (it grows with the organisations met, not with the activities), so that an organisation is one agency whatever
/// batch or import names it. The directory's own agencies (the catalog's) are not written: save them first
/// (<see cref="MigDevModelStore.SaveAsync"/>) when the database should hold every agency a commitment names.</para>
/// <para>What one-model import does across a whole file and a batch does not: a parent activity in an earlier batch is
/// not linked (the importer's <see cref="IatiRuleIds.NotImported"/> finding says so), and a programme id already stored
/// is given a suffix (<c>-2</c>, <c>-3</c>...) here rather than by the importer.</para>
/// </remarks>
public sealed class IatiDatabaseImport
{
    /// <summary>The default number of activities in a batch.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>The largest batch accepted.</summary>
    public const int MaxBatchSize = 100_000;

    private readonly AgencyDirectory _agencies;
    private readonly SourceDocument[] _documents;
    private readonly int _batchSize = DefaultBatchSize;

    /// <summary>Creates an import whose organisations resolve against <paramref name="agencies"/> (as
    /// <see cref="IatiImporter"/>'s do).</summary>
    /// <param name="agencies">The agencies organisations resolve to, such as <c>MigDevCatalog.Default.Agencies</c>.</param>
    /// <param name="documents">The documents their citations cite, such as <c>MigDevCatalog.Default.Documents</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IatiDatabaseImport(AgencyDirectory agencies, IEnumerable<SourceDocument> documents)
    {
        _agencies = Guard.Against.Null(agencies);
        _documents = [.. Guard.Against.Null(documents)];
    }

    /// <summary>Gets the number of activities saved in one <c>SaveChanges</c>; <see cref="DefaultBatchSize"/> unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above <see cref="MaxBatchSize"/>.</exception>
    public int BatchSize { get => _batchSize; init => _batchSize = Guard.Against.OutOfRange(value, nameof(BatchSize), 1, MaxBatchSize); }

    /// <summary>Gets what is called with each batch's import result (its findings, its new agencies) after the batch is
    /// saved, or <see langword="null"/>.</summary>
    public Action<IatiImportResult>? BatchImported { get; init; }

    /// <summary>Reads the activities batch by batch, imports each batch and saves its rows.</summary>
    /// <param name="context">A context whose model calls <see cref="MigDevModelBuilderExtensions.AddMigDevModel"/>, with no
    /// pending changes of its own.</param>
    /// <param name="activities">The activities, such as <see cref="IatiReader.ReadFile"/> streams them.</param>
    /// <param name="cancellationToken">Cancels between batches and during a save.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The context has pending changes of its own.</exception>
    /// <exception cref="MigDevDataException">While reading lazily: the XML is not well formed, or goes beyond a limit.
    /// The batches saved before stay saved.</exception>
    public async Task<IatiDatabaseImportResult> ImportAsync(DbContext context, IEnumerable<IatiActivity> activities, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(context);
        Guard.Against.Null(activities);
        if (context.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("The context has changes of its own pending: save or clear them before IatiDatabaseImport.ImportAsync, which saves batch by batch.");
        }
        var state = await ImportState.StartAsync(context, _agencies, cancellationToken).ConfigureAwait(false);
        var batch = new List<IatiActivity>(Math.Min(_batchSize, 10_000));
        foreach (var activity in activities)
        {
            batch.Add(activity);
            if (batch.Count == _batchSize)
            {
                await SaveBatchAsync(context, state, batch, cancellationToken).ConfigureAwait(false);
            }
        }
        if (batch.Count > 0)
        {
            await SaveBatchAsync(context, state, batch, cancellationToken).ConfigureAwait(false);
        }
        return state.Result();
    }

    private async Task SaveBatchAsync(DbContext context, ImportState state, List<IatiActivity> batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var imported = new IatiImporter(state.Directory, _documents).Import(batch);
        var rows = await state.RowsAsync(context, imported, cancellationToken).ConfigureAwait(false);
        await rows.SaveAsync(context, cancellationToken).ConfigureAwait(false);
        state.Saved(imported, batch.Count);
        batch.Clear();
        BatchImported?.Invoke(imported);
    }
}
