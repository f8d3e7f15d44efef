using System.Globalization;

namespace MigDev.Core.Catalog;

/// <summary>
/// A record of a model and one citation it carries: what <see cref="MigDevCatalog.Citing"/> returns, so that everything
/// a document states can be listed with where it states it.
/// </summary>
/// <remarks>Immutable. Equality is by reference (two entries for the same record and citation are the same fact
/// listed twice only if the record cites the passage twice).</remarks>
public sealed class CitedRecord
{
    private CitedRecord(string path, object record, Citation citation)
    {
        Path = path;
        Record = record;
        Citation = citation;
    }

    /// <summary>Gets the record's path in the model and in its catalog document, such as <c>programmes[3].partners[1]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the record: an <see cref="Agency"/>, <see cref="Programme"/>, <see cref="Participant"/>,
    /// <see cref="ProgrammeCountry"/>, <see cref="FundingCommitment"/>, <see cref="Theme"/>, <see cref="Roundtable"/>,
    /// <see cref="Session"/>, <see cref="Activity"/>, <see cref="Meeting"/> or <see cref="AgencyMembership"/>.</summary>
    public object Record { get; }

    /// <summary>Gets the citation.</summary>
    public Citation Citation { get; }

    /// <summary>Returns the path, the record and the cited lines, such as <c>programmes[0] jmdi ... (000:15)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path} {Record} ({Citation.DocumentId}:{Citation.FirstLine})");

    /// <summary>Lists every citation of a model with its record, in model order.</summary>
    internal static IEnumerable<CitedRecord> All(MigDevModel model)
    {
        var agencyIndex = 0;
        foreach (var a in model.Agencies)
        {
            foreach (var r in Of($"agencies[{agencyIndex++}]", a, a.Citations))
            {
                yield return r;
            }
        }
        var items = Enumerable.Empty<CitedRecord>();
        for (var i = 0; i < model.Programmes.Length; i++)
        {
            var p = model.Programmes[i];
            // The path now: the lambdas below run when the list is read, after the loop (i is one variable for all).
            var path = $"programmes[{i}]";
            items = items.Concat(Of(path, p, p.Citations));
            items = items.Concat(p.Partners.SelectMany((x, j) => Of($"{path}.partners[{j}]", x, x.Citations)));
            items = items.Concat(p.Countries.SelectMany((x, j) => Of($"{path}.countries[{j}]", x, x.Citations)));
        }
        items = items.Concat(model.Commitments.SelectMany((x, i) => Of($"commitments[{i}]", x, x.Citations)));
        items = items.Concat(model.Themes.SelectMany((x, i) => Of($"themes[{i}]", x, x.Citations)));
        items = items.Concat(model.Roundtables.SelectMany((x, i) => Of($"roundtables[{i}]", x, x.Citations)));
        items = items.Concat(model.Sessions.SelectMany((x, i) => Of($"sessions[{i}]", x, x.Citations)));
        items = items.Concat(model.Activities.SelectMany((x, i) => Of($"activities[{i}]", x, x.Citations)));
        for (var i = 0; i < model.Meetings.Length; i++)
        {
            var m = model.Meetings[i];
            var path = $"meetings[{i}]";
            items = items.Concat(Of(path, m, m.Citations));
            items = items.Concat(m.Participants.SelectMany((x, j) => Of($"{path}.participants[{j}]", x, x.Citations)));
        }
        items = items.Concat(model.Memberships.SelectMany((x, i) => Of($"memberships[{i}]", x, x.Citations)));
        foreach (var r in items)
        {
            yield return r;
        }
    }

    private static IEnumerable<CitedRecord> Of(string path, object record, IEnumerable<Citation> citations) =>
        citations.Select(c => new CitedRecord(path, record, c));
}
