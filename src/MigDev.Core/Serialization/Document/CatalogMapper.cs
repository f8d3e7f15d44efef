using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace MigDev.Core.Serialization.Document;

/// <summary>
/// Maps a catalog document to a <see cref="MigDevModel"/> and back. Reading names the JSON path and the value of
/// anything refused; writing produces the canonical form (nulls and empty lists left out, lists in model order, agencies
/// ordered by id), so that reading what was written and writing it again gives the same bytes.
/// </summary>
internal sealed class CatalogMapper(string sourceName)
{
    internal static CatalogDocumentDto ToDto(MigDevModel model) => new(
        MigDevJson.FormatVersion,
        List(model.Documents, d => new SourceDocumentDto(d.Id, d.Title, d.Author, d.Date, d.FileName)),
        List(model.Agencies, a => new AgencyDto(a.Id, a.Name, a.Kind, a.CorrectedName, a.Acronym, a.Parent, a.IatiIdentifier,
            List(a.Aliases), List(a.IatiAliases), a.Note, Citations(a.Citations))),
        List(model.Programmes, ToDto),
        List(model.Commitments, ToDto),
        List(model.Themes, t => new ThemeDto(t.Number, t.Title, Citations(t.Citations))),
        List(model.Roundtables, r => new RoundtableDto(r.Number, r.Theme, r.Title, Citations(r.Citations))),
        List(model.Sessions, s => new SessionDto(s.Roundtable, s.Letter, s.Title, Citations(s.Citations))),
        List(model.Activities, ToDto),
        List(model.Meetings, ToDto),
        List(model.Memberships, ToDto));

    internal static ProgrammeDto ToDto(Programme p) => new(
        p.Id, p.Name, p.CorrectedName, p.Acronym, List(p.Aliases),
        List(p.Partners, ToDto),
        List(p.Countries, x => new CountryDto(x.Country, x.Relation, x.Note, Citations(x.Citations))),
        p.Parent, p.Phase, p.Period, p.Note, Citations(p.Citations));

    internal static CommitmentDto ToDto(FundingCommitment c) => new(
        [.. c.Funders.Select(f => new FunderDto(f.Funder, f.Share))], c.Stage, c.Amount, c.RelativeAmount, c.RelativeTo,
        c.Recipient, c.Programme, c.ValueDate, c.Period, c.IsIndicative ? true : null, c.Note, Citations(c.Citations));

    internal static ActivityDto ToDto(Activity a) => new(
        a.Roundtable, a.Session, a.Text, List(a.SubActivities), List(a.Objectives), List(a.GmgMembersWithExpertise, x => x),
        a.ReadingNote, Citations(a.Citations));

    internal static MeetingDto ToDto(Meeting m) => new(m.Name, m.CorrectedName, m.Place, m.Date, m.Chair, m.Ordinal, List(m.Aliases),
        List(m.Participants, ToDto), m.Note, Citations(m.Citations));

    internal static PartnerDto ToDto(Participant x) => new(x.Agency, x.Role, x.Period, x.Note, Citations(x.Citations));

    internal static MembershipDto ToDto(AgencyMembership m) => new(m.Member, m.Body, m.Role, m.Period, m.Note, Citations(m.Citations));

    /// <summary>Reads a document's JSON; a JSON error becomes a <see cref="MigDevDataException"/> with its path.</summary>
    internal static CatalogDocumentDto Deserialize(ReadOnlySpan<byte> utf8, string sourceName)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, MigDevJson.DocumentContext.CatalogDocumentDto)
                ?? throw new JsonException("The document is null; expected an object with formatVersion.");
        }
        catch (JsonException ex)
        {
            throw new MigDevDataException(sourceName, ex.Path ?? "$", null, ex);
        }
    }

    /// <summary>Maps a document to a model and validates it as a whole; every whole-model fault is reported at once.</summary>
    internal MigDevModel ToModel(CatalogDocumentDto d)
    {
        if (d.FormatVersion != MigDevJson.FormatVersion)
        {
            throw new MigDevDataException(sourceName, "$.formatVersion", d.FormatVersion.ToString(CultureInfo.InvariantCulture),
                new FormatException($"This version of MigDev.Core reads catalog documents of format version {MigDevJson.FormatVersion}."));
        }
        var documents = Each("$.documents", d.Documents, (p, x) => At(p, x.Id, () => new SourceDocument(x.Id, x.Title, x.Author, x.Date, x.FileName)));
        var agencies = Each("$.agencies", d.Agencies, (p, x) => At(p, x.Id.Value, () => new Agency(
            x.Id, x.Name, x.Kind, x.Acronym, x.Aliases, x.Parent, x.IatiIdentifier, x.IatiAliases, Citations($"{p}.citations", x.Citations), x.DisplayName, x.Note)));
        var directory = Directory(agencies);
        var programmes = Each("$.programmes", d.Programmes, (p, x) =>
        {
            var partners = Each($"{p}.partners", x.Partners, Participant);
            var countries = Each($"{p}.countries", x.Countries, (q, y) => At(q, y.Country.Code, () => new ProgrammeCountry(y.Country, y.Relation, Citations($"{q}.citations", y.Citations), y.Note)));
            return At(p, x.Id.Value, () => new Programme(x.Id, x.Name, x.Acronym, x.Aliases, partners, countries, x.Parent, x.Phase, x.Period,
                Citations($"{p}.citations", x.Citations), x.DisplayName, x.Note));
        });
        var commitments = Each("$.commitments", d.Commitments, (p, x) =>
        {
            var funders = Each($"{p}.funders", x.Funders, (q, y) => At(q, y.Funder.Value, () => new FundingContribution(y.Funder, y.Share)));
            return At(p, x.Amount?.ToString(), () => new FundingCommitment(funders, x.Stage, x.Amount, x.RelativeAmount, x.RelativeTo, x.Recipient,
                x.Programme, x.ValueDate, x.Period, x.IsIndicative ?? false, Citations($"{p}.citations", x.Citations), x.Note));
        });
        var themes = Each("$.themes", d.Themes, (p, x) => At(p, x.Title, () => new Theme(x.Number, x.Title, Citations($"{p}.citations", x.Citations))));
        var roundtables = Each("$.roundtables", d.Roundtables, (p, x) => At(p, x.Title, () => new Roundtable(x.Number, x.Theme, x.Title, Citations($"{p}.citations", x.Citations))));
        var sessions = Each("$.sessions", d.Sessions, (p, x) => At(p, x.Title, () => new Session(x.Roundtable, x.Letter, x.Title, Citations($"{p}.citations", x.Citations))));
        var activities = Each("$.activities", d.Activities, (p, x) => At(p, x.Text, () => new Activity(
            x.Roundtable, x.Session, x.Text, x.Objectives ?? [], x.GmgMembersWithExpertise, x.SubActivities, x.ReadingNote, Citations($"{p}.citations", x.Citations))));
        var meetings = Each("$.meetings", d.Meetings, (p, x) =>
        {
            var participants = Each($"{p}.participants", x.Participants, Participant);
            return At(p, x.Name, () => new Meeting(x.Name, x.Place, x.Date, x.Chair, x.Ordinal, Citations($"{p}.citations", x.Citations),
                x.DisplayName, x.Note, x.Aliases, participants));
        });
        var memberships = Each("$.memberships", d.Memberships, (p, x) => At(p, x.Member.Value, () => new AgencyMembership(
            x.Member, x.Body, x.Role, x.Period, Citations($"{p}.citations", x.Citations), x.Note)));

        var model = new MigDevModel(directory, programmes, commitments, themes, roundtables, sessions, activities, meetings, documents, memberships);
        var faults = model.Validate();
        if (!faults.IsEmpty)
        {
            // The model counts agencies in id order; the document in its own order.
            var sorted = agencies.Select((a, i) => (a.Id, i)).OrderBy(x => x.Id).Select(x => x.i).ToArray();
            var inDocument = faults.Select(f => new ValidationFault("$." + DocumentIndex(f.Path, sorted), f.Value, f.Rule)).ToImmutableArray();
            throw new MigDevDataException(sourceName, inDocument, new ModelValidationException(faults));
        }
        return model;
    }

    private AgencyDirectory Directory(List<Agency> agencies)
    {
        var faults = new List<ValidationFault>();
        var ids = new Dictionary<AgencyId, int>();
        for (var i = 0; i < agencies.Count; i++)
        {
            if (!ids.TryAdd(agencies[i].Id, i))
            {
                faults.Add(new($"$.agencies[{i}].id", agencies[i].Id.Value, $"another agency has this id (agencies[{ids[agencies[i].Id]}])"));
            }
        }
        for (var i = 0; i < agencies.Count; i++)
        {
            if (agencies[i].Parent is { } parent && !ids.ContainsKey(parent))
            {
                faults.Add(new($"$.agencies[{i}].parent", parent.Value, "no agency has this id"));
            }
        }
        if (faults.Count == 0)
        {
            try
            {
                return AgencyDirectory.Create(agencies);
            }
            catch (ArgumentException ex)
            {
                faults.Add(new("$.agencies", null, ex.Message));
            }
        }
        throw new MigDevDataException(sourceName, faults, null);
    }

    private static string DocumentIndex(string path, int[] documentIndexOfSorted)
    {
        const string Prefix = "agencies[";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return path;
        }
        var close = path.IndexOf(']', StringComparison.Ordinal);
        var index = int.Parse(path.AsSpan(Prefix.Length, close - Prefix.Length), CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{documentIndexOfSorted[index]}{path[close..]}");
    }

    private Participant Participant(string path, PartnerDto x) =>
        At(path, x.Agency.Value, () => new Participant(x.Agency, x.Role, x.Period, Citations($"{path}.citations", x.Citations), x.Note));

    private T At<T>(string path, string? value, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new MigDevDataException(sourceName, path, value, ex);
        }
    }

    private List<T> Each<TDto, T>(string path, List<TDto>? items, Func<string, TDto, T> map)
        where TDto : class
    {
        var result = new List<T>(items?.Count ?? 0);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            result.Add(item is null
                ? throw new MigDevDataException(sourceName, itemPath, null, new FormatException("null is not allowed in this list."))
                : map(itemPath, item));
        }
        return result;
    }

    private List<Citation> Citations(string path, List<CitationDto>? citations) =>
        Each(path, citations, (p, c) => At(p, c.Quote, () => new Citation(c.Document, c.FirstLine, c.LastLine, c.Quote)));

    private static List<CitationDto>? Citations(ImmutableArray<Citation> citations) =>
        List(citations, c => new CitationDto(c.DocumentId, c.FirstLine, c.LastLine, c.Quote));

    private static List<TDto>? List<T, TDto>(IEnumerable<T> items, Func<T, TDto> map)
    {
        var list = items.Select(map).ToList();
        return list.Count == 0 ? null : list;
    }

    private static List<string>? List(ImmutableArray<string> items) => items.IsEmpty ? null : [.. items];
}
