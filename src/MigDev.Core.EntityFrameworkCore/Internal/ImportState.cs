using Microsoft.EntityFrameworkCore;
using MigDev.Core.Iati;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>What <see cref="IatiDatabaseImport"/> keeps between batches: the directory (grown by each batch's new
/// agencies), the next positions, and the counts.</summary>
internal sealed class ImportState
{
    private long _programmePosition;
    private long _commitmentPosition;
    private int _agencyPosition;
    private long _activities;
    private long _programmes;
    private long _commitments;
    private long _newAgencies;
    private long _findings;
    private long _renamed;
    private int _batches;

    private ImportState(AgencyDirectory directory) => Directory = directory;

    public AgencyDirectory Directory { get; private set; }

    public static async Task<ImportState> StartAsync(DbContext context, AgencyDirectory directory, CancellationToken cancellationToken)
    {
        // Rows added after those already stored, in the order read.
        return new ImportState(directory)
        {
            _programmePosition = 1 + (await context.Set<ProgrammeRow>().MaxAsync(r => (long?)r.Position, cancellationToken).ConfigureAwait(false) ?? -1),
            _commitmentPosition = 1 + (await context.Set<CommitmentRow>().MaxAsync(r => (long?)r.Position, cancellationToken).ConfigureAwait(false) ?? -1),
            _agencyPosition = 1 + (await context.Set<AgencyRow>().MaxAsync(r => (int?)r.Position, cancellationToken).ConfigureAwait(false) ?? -1),
        };
    }

    /// <summary>The rows of a batch: its programmes and commitments, and those of its new agencies the database does
    /// not hold yet; programmes whose id is stored already are renamed.</summary>
    public async Task<RowSet> RowsAsync(DbContext context, IatiImportResult imported, CancellationToken cancellationToken)
    {
        var rows = new RowSet();
        var agencyIds = imported.NewAgencies.Select(a => a.Id).ToList();
        var stored = agencyIds.Count == 0
            ? []
            : (await context.Set<AgencyRow>().Where(a => agencyIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        foreach (var agency in imported.NewAgencies.Where(a => !stored.Contains(a.Id)))
        {
            ModelRows.Add(rows, agency, _agencyPosition++);
            _newAgencies++;
        }
        foreach (var programme in imported.Model.Programmes)
        {
            ModelRows.Add(rows, programme, _programmePosition++);
        }
        foreach (var commitment in imported.Model.Commitments)
        {
            ModelRows.Add(rows, commitment, _commitmentPosition++);
        }
        _renamed += await ProgrammeRenaming.RenameTakenAsync(context, rows, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    public void Saved(IatiImportResult imported, int activities)
    {
        if (!imported.NewAgencies.IsEmpty)
        {
            Directory = Directory.With(imported.NewAgencies);
        }
        _activities += activities;
        _programmes += imported.Model.Programmes.Length;
        _commitments += imported.Model.Commitments.Length;
        _findings += imported.Findings.Length;
        _batches++;
    }

    public IatiDatabaseImportResult Result() => new(_activities, _programmes, _commitments, _newAgencies, _findings, _batches, _renamed);
}
