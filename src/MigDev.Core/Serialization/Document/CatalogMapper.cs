using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using MigDev.Core.Serialization;
using MigDev.Core.Catalog;

namespace MigDev.Core.Serialization.Document;

/// <summary>
/// Maps a catalog document to a <see cref="MigDevModel"/> and back. Reading names the JSON path and the value of
/// anything refused; writing produces the canonical form (nulls and empty lists left out, lists in model order, agencies
/// ordered by id), so that reading what was written and writing it again gives the same bytes.
/// </summary>
internal sealed class CatalogMapper(string sourceName)
{
    // The mapping of a citation, made once per mapper (a method group makes a new delegate at each use).
    private Func<DocPath, CitationDto, Citation>? _citation;

    internal static CatalogDocumentDto ToDto(MigDevModel model) => new(
        CatalogFormat.Version,
        List(model.Documents, ToDto),
        List(model.Agencies, ToDto),
        List(model.Programmes, ToDto),
        List(model.Commitments, ToDto),
        List(model.Themes, ToDto),
        List(model.Roundtables, ToDto),
        List(model.Sessions, ToDto),
        List(model.Activities, ToDto),
        List(model.Meetings, ToDto),
        List(model.Memberships, ToDto));

    // The records a catalog adds to the one it extends: the merge (CatalogMerger) puts the extended catalog's records
    // first in every list, and documents and agencies are told apart by id.
    internal static CatalogDocumentDto ToDto(MigDevModel model, MigDevModel? extended)
    {
        if (extended is null)
        {
            return ToDto(model);
        }
        var documents = extended.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return new(
            CatalogFormat.Version,
            List(model.Documents.Where(d => !documents.Contains(d.Id)), ToDto),
            List(model.Agencies.Where(a => !extended.Agencies.TryGet(a.Id, out _)), ToDto),
            List(model.Programmes.Skip(extended.Programmes.Length), ToDto),
            List(model.Commitments.Skip(extended.Commitments.Length), ToDto),
            List(model.Themes.Skip(extended.Themes.Length), ToDto),
            List(model.Roundtables.Skip(extended.Roundtables.Length), ToDto),
            List(model.Sessions.Skip(extended.Sessions.Length), ToDto),
            List(model.Activities.Skip(extended.Activities.Length), ToDto),
            List(model.Meetings.Skip(extended.Meetings.Length), ToDto),
            List(model.Memberships.Skip(extended.Memberships.Length), ToDto));
    }

    internal static ProgrammeDto ToDto(Programme p) => new(
        p.Id, p.Name, p.CorrectedName, p.Acronym, p.IatiIdentifier, List(p.Aliases),
        List(p.Partners, ToDto),
        List(p.Countries, ToDto),
        p.Parent, p.Phase, p.Period, p.Note, Citations(p.Citations));

    // A field at its default (false, Original, Unstated, none) is not written, as isIndicative false is not.
    internal static CommitmentDto ToDto(FundingCommitment c) => new(
        [.. c.Funders.Select(ToDto)], c.Stage, c.Amount, c.RelativeAmount, c.RelativeTo,
        c.Recipient, c.Programme, c.ValueDate, c.Period, c.IsIndicative ? true : null,
        c.BudgetKind == BudgetKind.Original ? null : c.BudgetKind, c.IsSuperseded ? true : null,
        c.Direction == FlowDirection.Unstated ? null : c.Direction, c.ReportedBy, c.ProviderActivity, c.ReceiverActivity,
        c.Note, Citations(c.Citations));

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
            // The one-pass reader first; whatever it is not sure of, the serializer reads (and refuses in its words).
            return CatalogDocumentReader.TryRead(utf8)
                ?? JsonSerializer.Deserialize(utf8, CatalogFormat.Context.CatalogDocumentDto)
                ?? throw new JsonException("The document is null; expected an object with formatVersion.");
        }
        catch (JsonException ex)
        {
            throw new MigDevDataException(sourceName, ex.Path ?? "$", null, JsonMessages.Plain(ex));
        }
    }

    /// <summary>Maps a document to a model, without whole-model validation. With a base catalog, the document's
    /// agencies join the base's (a parent may be a base agency; an id the base gives another agency is a fault).</summary>
    internal MigDevModel ToModelUnvalidated(CatalogDocumentDto d, MigDevModel? baseModel = null, string? baseName = null)
    {
        if (d.FormatVersion != CatalogFormat.Version)
        {
            throw new MigDevDataException(sourceName, "$.formatVersion", d.FormatVersion.ToString(CultureInfo.InvariantCulture),
                new FormatException($"This version of MigDev.Core reads catalog documents of format version {CatalogFormat.Version}."));
        }
        var documents = Each(DocPath.Root.Member("documents"), d.Documents, Document);
        var agencies = Each(DocPath.Root.Member("agencies"), d.Agencies, Agency);
        var directory = Directory(agencies, "$.agencies", baseModel, baseName);
        var programmes = Each(DocPath.Root.Member("programmes"), d.Programmes, Programme);
        var commitments = Each(DocPath.Root.Member("commitments"), d.Commitments, Commitment);
        var themes = Each(DocPath.Root.Member("themes"), d.Themes, Theme);
        var roundtables = Each(DocPath.Root.Member("roundtables"), d.Roundtables, Roundtable);
        var sessions = Each(DocPath.Root.Member("sessions"), d.Sessions, Session);
        var activities = Each(DocPath.Root.Member("activities"), d.Activities, Activity);
        var meetings = Each(DocPath.Root.Member("meetings"), d.Meetings, Meeting);
        var memberships = Each(DocPath.Root.Member("memberships"), d.Memberships, Membership);

        return new MigDevModel(directory, documents)
        {
            Programmes = programmes, Commitments = commitments, Themes = themes, Roundtables = roundtables,
            Sessions = sessions, Activities = activities, Meetings = meetings, Memberships = memberships,
        };
    }

    /// <summary>Maps a document to a model and validates it as a whole; every whole-model fault is reported at once.</summary>
    internal MigDevModel ToModel(CatalogDocumentDto d)
    {
        var model = ToModelUnvalidated(d);
        var agencies = d.Agencies ?? [];
        var faults = ModelValidator.Validate(model);
        if (!faults.IsEmpty)
        {
            // The model counts agencies in id order; the document in its own order.
            var sorted = agencies.Select((a, i) => (a.Id, i)).OrderBy(x => x.Id).Select(x => x.i).ToArray();
            var inDocument = faults.Select(f => new ValidationFault("$." + DocumentIndex(f.Path, sorted), f.Value, f.Rule)).ToImmutableArray();
            throw new MigDevDataException(sourceName, inDocument, new ModelValidationException(faults));
        }
        return model;
    }

    private AgencyDirectory Directory(ImmutableArray<Agency> agencies, string listPath, MigDevModel? baseModel = null, string? baseName = null)
    {
        var faults = new List<ValidationFault>();
        var ids = new Dictionary<AgencyId, int>();
        var known = new HashSet<AgencyId>();
        var all = new List<Agency>();
        if (baseModel is not null)
        {
            foreach (var agency in baseModel.Agencies)
            {
                known.Add(agency.Id);
                all.Add(agency);
            }
            for (var i = 0; i < agencies.Length; i++)
            {
                if (baseModel.Agencies.TryGet(agencies[i].Id, out var existing) && !existing.ContentEquals(agencies[i]))
                {
                    faults.Add(new($"{listPath}[{i}].id", agencies[i].Id.Value, $"'{baseName}' has another agency with this id ({existing.Name})"));
                }
            }
        }
        for (var i = 0; i < agencies.Length; i++)
        {
            if (!ids.TryAdd(agencies[i].Id, i))
            {
                faults.Add(new($"{listPath}[{i}].id", agencies[i].Id.Value, $"another agency has this id ({listPath}[{ids[agencies[i].Id]}])"));
            }
        }
        for (var i = 0; i < agencies.Length; i++)
        {
            if (agencies[i].Parent is { } parent && !ids.ContainsKey(parent) && !known.Contains(parent))
            {
                faults.Add(new($"{listPath}[{i}].parent", parent.Value, "no agency has this id"));
            }
        }
        if (faults.Count == 0)
        {
            try
            {
                all.AddRange(agencies.Where(a => !known.Contains(a.Id)));
                return AgencyDirectory.Create(all);
            }
            catch (ArgumentException ex)
            {
                faults.Add(new(listPath, null, ex.Message));
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

    internal SourceDocument Document(DocPath p, SourceDocumentDto x) => At(p, x.Id, x, static x => new SourceDocument(x.Id, x.Title, x.Author, x.Date, x.FileName));

    internal Agency Agency(DocPath p, AgencyDto x) => At(p, x.Id.Value, (m: this, p, x), static s => new Agency(s.x.Id, s.x.Name, s.x.Kind)
    {
        Acronym = s.x.Acronym, Aliases = [.. s.m.Values(s.p, "aliases", s.x.Aliases)], Parent = s.x.Parent, IatiIdentifier = s.x.IatiIdentifier,
        IatiAliases = [.. s.m.Values(s.p, "iatiAliases", s.x.IatiAliases)],
        Citations = s.m.Citations(s.p, s.x.Citations), DisplayName = s.x.DisplayName, Note = s.x.Note,
    });

    internal Programme Programme(DocPath p, ProgrammeDto x)
    {
        var partners = Each(p.Member("partners"), x.Partners, Participant);
        var countries = Each(p.Member("countries"), x.Countries, Country);
        return At(p, x.Id.Value, (m: this, p, x, partners, countries), static s => new Programme(s.x.Id, s.x.Name)
        {
            Acronym = s.x.Acronym, Aliases = [.. s.m.Values(s.p, "aliases", s.x.Aliases)], Partners = s.partners, Countries = s.countries, Parent = s.x.Parent, Phase = s.x.Phase,
            Period = s.x.Period, Citations = s.m.Citations(s.p, s.x.Citations), DisplayName = s.x.DisplayName, Note = s.x.Note,
            IatiIdentifier = s.x.IatiIdentifier,
        });
    }

    internal ProgrammeCountry Country(DocPath p, CountryDto x) =>
        At(p, x.Country.Code, (m: this, p, x), static s => new ProgrammeCountry(s.x.Country, s.x.Relation, s.m.Citations(s.p, s.x.Citations), s.x.Note));

    internal FundingCommitment Commitment(DocPath p, CommitmentDto x)
    {
        var funders = Each(p.Member("funders"), x.Funders, Funder);
        return At(p, null, (m: this, p, x, funders), static s => new FundingCommitment(s.funders, s.x.Stage, s.x.Amount, s.x.RelativeAmount, s.x.RelativeTo)
        {
            Recipient = s.x.Recipient, Programme = s.x.Programme, ValueDate = s.x.ValueDate, Period = s.x.Period, IsIndicative = s.x.IsIndicative ?? false,
            BudgetKind = s.x.BudgetKind ?? BudgetKind.Original, IsSuperseded = s.x.IsSuperseded ?? false, Direction = s.x.Direction ?? FlowDirection.Unstated,
            ReportedBy = s.x.ReportedBy, ProviderActivity = s.x.ProviderActivity, ReceiverActivity = s.x.ReceiverActivity,
            Citations = s.m.Citations(s.p, s.x.Citations), Note = s.x.Note,
        });
    }

    internal FundingContribution Funder(DocPath p, FunderDto x) => At(p, x.Funder.Value, x, static x => new FundingContribution(x.Funder, x.Share));

    internal Theme Theme(DocPath p, ThemeDto x) => At(p, x.Title, (m: this, p, x), static s => new Theme(s.x.Number, s.x.Title, s.m.Citations(s.p, s.x.Citations)));

    internal Roundtable Roundtable(DocPath p, RoundtableDto x) =>
        At(p, x.Title, (m: this, p, x), static s => new Roundtable(s.x.Number, s.x.Theme, s.x.Title, s.m.Citations(s.p, s.x.Citations)));

    internal Session Session(DocPath p, SessionDto x) => At(p, x.Title, (m: this, p, x), static s => new Session(s.x.Roundtable, s.x.Letter, s.x.Title, s.m.Citations(s.p, s.x.Citations)));

    internal Activity Activity(DocPath p, ActivityDto x) => At(p, x.Text, (m: this, p, x), static s => new Activity(
        s.x.Roundtable, s.x.Session, s.x.Text, s.m.Values(s.p, "objectives", s.x.Objectives), s.m.Values(s.p, "gmgMembersWithExpertise", s.x.GmgMembersWithExpertise),
        s.m.Values(s.p, "subActivities", s.x.SubActivities), s.x.ReadingNote, s.m.Citations(s.p, s.x.Citations)));

    internal Meeting Meeting(DocPath p, MeetingDto x)
    {
        var participants = Each(p.Member("participants"), x.Participants, Participant);
        return At(p, x.Name, (m: this, p, x, participants), static s => new Meeting(s.x.Name)
        {
            Place = s.x.Place, Date = s.x.Date, Chair = s.x.Chair, Ordinal = s.x.Ordinal, Citations = s.m.Citations(s.p, s.x.Citations),
            DisplayName = s.x.DisplayName, Note = s.x.Note, Aliases = [.. s.m.Values(s.p, "aliases", s.x.Aliases)], Participants = s.participants,
        });
    }

    internal AgencyMembership Membership(DocPath p, MembershipDto x) => At(p, x.Member.Value, (m: this, p, x), static s => new AgencyMembership(
        s.x.Member, s.x.Body, s.x.Role, s.x.Period, s.m.Citations(s.p, s.x.Citations), s.x.Note));

    internal Participant Participant(DocPath p, PartnerDto x) =>
        At(p, x.Agency.Value, (m: this, p, x), static s => new Participant(s.x.Agency, s.x.Role, s.x.Period, s.m.Citations(s.p, s.x.Citations), s.x.Note));

    internal Citation Citation(DocPath p, CitationDto c) => At(p, c.Quote, c, static c => new Citation(c.Document, c.FirstLine, c.LastLine, c.Quote));

    internal AgencyDirectory Directory(List<AgencyDto> agencies) => Directory(Each(DocPath.Root, agencies, Agency), "$");

    // The state is passed to a static lambda: no closure is allocated per record.
    private T At<TState, T>(DocPath path, string? value, TState state, Func<TState, T> create)
    {
        try
        {
            return create(state);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new MigDevDataException(sourceName, path.ToString(), value, ex);
        }
    }

    // The records of a list, each at its path; built at their count, with no copy.
    private ImmutableArray<T> Each<TDto, T>(DocPath path, List<TDto>? items, Func<DocPath, TDto, T> map)
        where TDto : class
    {
        if (items is null || items.Count == 0)
        {
            return [];
        }
        var result = ImmutableArray.CreateBuilder<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemPath = path.Item(i);
            result.Add(item is null
                ? throw new MigDevDataException(sourceName, itemPath.ToString(), null, new FormatException("null is not allowed in this list."))
                : map(itemPath, item));
        }
        return result.MoveToImmutable();
    }

    // A record's citations, at its path's member "citations" (made only when there are some).
    private ImmutableArray<Citation> Citations(DocPath record, List<CitationDto>? citations) =>
        citations is null || citations.Count == 0 ? [] : Each(record.Member("citations"), citations, _citation ??= Citation);

    // A list of texts or ids (aliases, objectives, GMG members...): no null element, and each value once, compared
    // exactly (ordinal for texts). The records refuse the same (Provenance.Texts, Provenance.Once); here the refusal
    // names the element's path and the repeated value.
    private List<T> Values<T>(DocPath record, string member, List<T>? values)
        where T : notnull
    {
        if (values is null)
        {
            return [];
        }
        var path = record.Member(member);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                throw new MigDevDataException(sourceName, path.Item(i).ToString(), null, new FormatException("null is not allowed in this list."));
            }
        }
        if (Provenance.FirstRepeat<T>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values), EqualityComparer<T>.Default) is { } at)
        {
            var value = values[at.Again].ToString();
            throw new MigDevDataException(sourceName, path.Item(at.Again).ToString(), value, new FormatException(Provenance.Repeated(member, at, value ?? "")));
        }
        return values;
    }

    private static List<CitationDto>? Citations(ImmutableArray<Citation> citations) => List(citations, ToDto);

    internal static CitationDto ToDto(Citation c) => new(c.DocumentId, c.FirstLine, c.LastLine, c.Quote);

    internal static SourceDocumentDto ToDto(SourceDocument d) => new(d.Id, d.Title, d.Author, d.Date, d.FileName);

    internal static AgencyDto ToDto(Agency a) => new(a.Id, a.Name, a.Kind, a.CorrectedName, a.Acronym, a.Parent, a.IatiIdentifier,
        List(a.Aliases), List(a.IatiAliases), a.Note, Citations(a.Citations));

    internal static CountryDto ToDto(ProgrammeCountry x) => new(x.Country, x.Relation, x.Note, Citations(x.Citations));

    internal static FunderDto ToDto(FundingContribution f) => new(f.Funder, f.Share);

    internal static ThemeDto ToDto(Theme t) => new(t.Number, t.Title, Citations(t.Citations));

    internal static RoundtableDto ToDto(Roundtable r) => new(r.Number, r.Theme, r.Title, Citations(r.Citations));

    internal static SessionDto ToDto(Session s) => new(s.Roundtable, s.Letter, s.Title, Citations(s.Citations));

    private static List<TDto>? List<T, TDto>(IEnumerable<T> items, Func<T, TDto> map)
    {
        var list = items.Select(map).ToList();
        return list.Count == 0 ? null : list;
    }

    private static List<string>? List(ImmutableArray<string> items) => items.IsEmpty ? null : [.. items];
}
