using Microsoft.EntityFrameworkCore;
using MigDev.Core.Iati;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>What <see cref="IatiDatabaseImport"/> keeps between batches: the directory (the one given, with the agencies
/// the database holds already, grown by each batch's new agencies: organisations, not activities), the next positions,
/// and the counts.</summary>
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
        // The agencies stored already resolve as the directory's do: an organisation is one agency however many imports
        // and batches name it.
        var stored = await context.Set<AgencyRow>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var known = stored.Where(r => IsNew(directory, r.Id, r.IatiIdentifier)).Select(ModelReader.AgencyToResolve).ToList();
        // Rows added after those already stored, in the order read.
        return new ImportState(known.Count == 0 ? directory : directory.With(known))
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
        // An organisation new to this batch whose id the directory has (the same name, another identifier) is that
        // agency: it is neither stored nor added twice.
        var added = imported.NewAgencies.Where(a => IsNew(Directory, a.Id, a.IatiIdentifier)).ToList();
        foreach (var agency in added)
        {
            ModelRows.Add(rows, agency, _agencyPosition++);
            _newAgencies++;
        }
        if (added.Count > 0)
        {
            Directory = Directory.With(added);
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
        _activities += activities;
        _programmes += imported.Model.Programmes.Length;
        _commitments += imported.Model.Commitments.Length;
        _findings += imported.Findings.Length;
        _batches++;
    }

    private static bool IsNew(AgencyDirectory directory, AgencyId id, string? iatiIdentifier) =>
        !directory.TryGet(id, out _) && (iatiIdentifier is null || !directory.TryGetByIatiIdentifier(iatiIdentifier, out _));

    public IatiDatabaseImportResult Result() => new(_activities, _programmes, _commitments, _newAgencies, _findings, _batches, _renamed);
}
