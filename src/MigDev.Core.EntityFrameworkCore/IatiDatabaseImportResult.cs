namespace MigDev.Core.EntityFrameworkCore;

/// <summary>What <see cref="IatiDatabaseImport.ImportAsync"/> wrote: counts only, so that the result of a hundred
/// thousand activities is as small as that of ten (each batch's findings go to
/// <see cref="IatiDatabaseImport.BatchImported"/>).</summary>
public sealed class IatiDatabaseImportResult
{
    internal IatiDatabaseImportResult(long activities, long programmes, long commitments, long newAgencies, long findings, int batches, long renamedProgrammes)
    {
        Activities = activities;
        Programmes = programmes;
        Commitments = commitments;
        NewAgencies = newAgencies;
        Findings = findings;
        Batches = batches;
        RenamedProgrammes = renamedProgrammes;
    }

    /// <summary>Gets the number of activities read.</summary>
    public long Activities { get; }

    /// <summary>Gets the number of programme rows written (one per activity).</summary>
    public long Programmes { get; }

    /// <summary>Gets the number of commitment rows written (budgets and transactions).</summary>
    public long Commitments { get; }

    /// <summary>Gets the number of agency rows written: organisations the directory did not know and the database did
    /// not hold yet.</summary>
    public long NewAgencies { get; }

    /// <summary>Gets the number of findings of the import (each batch's are given to
    /// <see cref="IatiDatabaseImport.BatchImported"/>).</summary>
    public long Findings { get; }

    /// <summary>Gets the number of batches, each saved in one <c>SaveChanges</c>.</summary>
    public int Batches { get; }

    /// <summary>Gets the number of programmes whose id was taken by a programme already stored (by an earlier batch or
    /// an earlier import) and that were saved with a suffix (<c>-2</c>, <c>-3</c>...), as the importer does within one
    /// batch.</summary>
    public long RenamedProgrammes { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Activities} activities in {Batches} batches: {Programmes} programmes, {Commitments} commitments, {NewAgencies} new agencies, {Findings} findings, {RenamedProgrammes} programmes renamed";
}
