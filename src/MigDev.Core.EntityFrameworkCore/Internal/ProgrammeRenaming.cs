using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>A batch's programmes whose id a stored programme has already: each takes the first free suffix
/// (<c>-2</c>, <c>-3</c>...), in its row and in every row of the batch that refers to it.</summary>
internal static class ProgrammeRenaming
{
    public static async Task<int> RenameTakenAsync(DbContext context, RowSet rows, CancellationToken cancellationToken)
    {
        var ids = rows.Programmes.Select(p => p.Id).ToList();
        if (ids.Count == 0)
        {
            return 0;
        }
        var taken = await context.Set<ProgrammeRow>().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (taken.Count == 0)
        {
            return 0;
        }
        var inBatch = ids.ToHashSet();
        var renames = new Dictionary<ProgrammeId, ProgrammeId>();
        foreach (var id in taken)
        {
            for (var n = 2; ; n++)
            {
                // As the importer does: the id cut to 58 characters, so that the suffix keeps it within 64.
                var text = id.ToString();
                var candidate = ProgrammeId.Parse(string.Create(CultureInfo.InvariantCulture, $"{text[..Math.Min(text.Length, 58)].TrimEnd('-')}-{n}"));
                if (!inBatch.Contains(candidate) && !await context.Set<ProgrammeRow>().AnyAsync(p => p.Id == candidate, cancellationToken).ConfigureAwait(false))
                {
                    renames[id] = candidate;
                    inBatch.Add(candidate);
                    break;
                }
            }
        }
        Apply(rows, renames);
        return renames.Count;
    }

    private static void Apply(RowSet rows, Dictionary<ProgrammeId, ProgrammeId> renames)
    {
        ProgrammeId? Renamed(ProgrammeId? id) => id is { } i && renames.TryGetValue(i, out var to) ? to : id;
        foreach (var p in rows.Programmes)
        {
            var from = p.Id;
            p.Id = Renamed(p.Id)!.Value;
            p.Parent = Renamed(p.Parent);
            if (p.Id != from)
            {
                foreach (var c in rows.Citations.Where(c => c.OwnerTable == Tables.Programmes && c.OwnerKey == from.ToString()))
                {
                    c.OwnerKey = p.Id.ToString();
                }
            }
        }
        foreach (var p in rows.Participants)
        {
            p.Programme = Renamed(p.Programme);
        }
        foreach (var c in rows.Countries)
        {
            c.Programme = Renamed(c.Programme)!.Value;
        }
        foreach (var c in rows.Commitments.Where(c => c.Programme is { } p && renames.ContainsKey(p)))
        {
            c.Programme = Renamed(c.Programme);
            c.Version = 1; // a new row: its first version, whatever its setters counted
        }
    }
}
