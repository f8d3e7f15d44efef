using System.Collections.Immutable;
using MigDev.Core.Catalog;

namespace MigDev.Core;

/// <summary>
/// The library's default data set: what the five source documents state about the migration-and-development work of
/// the UN system in 2007-2013, as typed records that each cite the document and lines they come from.
/// </summary>
/// <remarks>
/// <para>Loaded on first use of <see cref="Default"/> from the JSON embedded in the package (data/catalog; see
/// docs/catalog.md), validated as a whole. Immutable; safe to share across threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var catalog = MigDevCatalog.Default;
/// var jmdi = catalog.Model.Programmes.First(p => p.Acronym == "JMDI");
/// </code>
/// </example>
public sealed class MigDevCatalog
{
    internal const string MatrixResource = "MigDev.Core.Catalog.gfmd-2007-matrix.json";
    internal const string RecordsResource = "MigDev.Core.Catalog.records.json";

    private static readonly Lazy<MigDevCatalog> DefaultInstance = new(LoadEmbedded);

    private readonly ImmutableDictionary<int, ImmutableArray<Activity>> _activitiesBySession;
    private readonly ImmutableDictionary<AgencyId, ImmutableArray<Activity>> _activitiesByExpert;
    private readonly ImmutableDictionary<AgencyId, ImmutableArray<Programme>> _programmesByAgency;
    private readonly ImmutableDictionary<ProgrammeId, Programme> _programmesById;
    private readonly ImmutableSortedDictionary<ProgrammeId, MoneyBag> _committedByProgramme;

    private MigDevCatalog(MigDevModel model, ImmutableArray<AgencyMembership> memberships)
    {
        Model = model;
        Memberships = memberships;
        _activitiesBySession = model.Activities.GroupBy(a => SessionKey(a.Roundtable, a.Session))
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        _activitiesByExpert = model.Activities.SelectMany(a => a.GmgMembersWithExpertise.Distinct().Select(m => (m, a)))
            .GroupBy(x => x.m).ToImmutableDictionary(g => g.Key, g => g.Select(x => x.a).ToImmutableArray());
        _programmesByAgency = model.Programmes.SelectMany(p => p.Partners.Select(x => x.Agency).Distinct().Select(agency => (agency, p)))
            .GroupBy(x => x.agency).ToImmutableDictionary(g => g.Key, g => g.Select(x => x.p).ToImmutableArray());
        _programmesById = model.Programmes.GroupBy(p => p.Id).ToImmutableDictionary(g => g.Key, g => g.First());
        _committedByProgramme = model.Summarize(FundingStage.Commitment).ByProgramme;
    }

    /// <summary>Gets the embedded catalog, loading and validating it on first use.</summary>
    /// <exception cref="MigDevDataException">The embedded data is not valid (a defect of the package).</exception>
    /// <exception cref="ModelValidationException">The embedded records do not hold together (a defect of the package).</exception>
    public static MigDevCatalog Default => DefaultInstance.Value;

    /// <summary>Gets the records: agencies, programmes, funding, the GFMD 2007 matrix and the meetings.</summary>
    public MigDevModel Model { get; }

    /// <summary>Gets the dated memberships the documents state (chairs, co-chairs, partners).</summary>
    public ImmutableArray<AgencyMembership> Memberships { get; }

    /// <summary>Gets the activities of a session of the GFMD 2007 matrix, in the matrix's order.</summary>
    /// <param name="roundtable">The roundtable's number.</param>
    /// <param name="session">The session's letter.</param>
    /// <returns>The activities; empty for a session the matrix does not have. Allocates nothing.</returns>
    public ImmutableArray<Activity> ActivitiesOf(int roundtable, char session) =>
        _activitiesBySession.GetValueOrDefault(SessionKey(roundtable, session), []);

    /// <summary>Gets the activities for which the matrix lists an agency among the GMG members with expertise.</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>The activities, in the matrix's order. Allocates nothing.</returns>
    public ImmutableArray<Activity> ActivitiesWithExpertise(AgencyId agency) => _activitiesByExpert.GetValueOrDefault(agency, []);

    /// <summary>Gets the programmes in which an agency has any role (lead, partner, donor...).</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>The programmes, in the catalog's order. Allocates nothing.</returns>
    public ImmutableArray<Programme> ProgrammesOf(AgencyId agency) => _programmesByAgency.GetValueOrDefault(agency, []);

    /// <summary>Gets a programme by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ReferenceNotFoundException">The catalog has no programme with that id.</exception>
    public Programme GetProgramme(ProgrammeId id) =>
        _programmesById.TryGetValue(id, out var programme) ? programme : throw new ReferenceNotFoundException("programme id", id.ToString());

    /// <summary>Gets what is committed to a programme, per currency (convert it with a <see cref="CurrencyConverter"/>
    /// for a reporting currency).</summary>
    /// <param name="id">The programme.</param>
    /// <returns>The committed amounts; empty when none is stated. Allocates nothing.</returns>
    public MoneyBag CommittedTo(ProgrammeId id) => _committedByProgramme.GetValueOrDefault(id, MoneyBag.Empty);

    /// <summary>Finds the programmes whose name, acronym or aliases, and the activities whose text, contain a text
    /// (ignoring case).</summary>
    /// <param name="text">The text to look for.</param>
    /// <returns>The programmes and the activities found.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public (ImmutableArray<Programme> Programmes, ImmutableArray<Activity> Activities) Search(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return (
            [.. Model.Programmes.Where(p => p.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || (p.Acronym?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
                || p.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase)))],
            [.. Model.Activities.Where(a => a.Text.Contains(text, StringComparison.OrdinalIgnoreCase))]);
    }

    internal static MigDevCatalog Load(Stream matrix, string matrixName, Stream records, string recordsName)
    {
        var m = CatalogReader.Deserialize(matrix, CatalogJsonContext.Default.MatrixDto, matrixName);
        var r = CatalogReader.Deserialize(records, CatalogJsonContext.Default.RecordsDto, recordsName);
        var mr = new CatalogReader(matrixName);
        var rr = new CatalogReader(recordsName);

        var themes = CatalogReader.Each("$.themes", m.Themes, (p, t) => mr.At(p, t.Title, () => new Theme(t.Number, t.Title!)));
        var roundtables = CatalogReader.Each("$.roundtables", m.Roundtables, (p, t) => mr.At(p, t.Title, () => new Roundtable(t.Number, t.Theme, t.Title!)));
        var sessions = CatalogReader.Each("$.sessions", m.Sessions, (p, s) => mr.At(p, s.Letter, () => new Session(s.Roundtable, Letter(s.Letter), s.Title!)));
        var activities = CatalogReader.Each("$.activities", m.Activities, (p, a) =>
        {
            var members = CatalogReader.Each($"{p}.gmgMembersWithExpertise", a.GmgMembersWithExpertise, (q, id) => mr.Agency(q, id));
            var citations = CatalogReader.Each($"{p}.citations", a.Citations, mr.Citation);
            return mr.At(p, a.Text, () => new Activity(a.Roundtable, Letter(a.Session), a.Text!, a.Objectives ?? [], members, a.SubActivities, a.ReadingNote, citations));
        });

        var programmes = CatalogReader.Each("$.programmes", r.Programmes, (p, d) =>
        {
            var partners = CatalogReader.Each($"{p}.partners", d.Partners, (q, x) => rr.At(q, x.Agency, () => new ProgrammePartner(rr.Agency($"{q}.agency", x.Agency), rr.Enum<OrganisationRole>($"{q}.role", x.Role), rr.Period($"{q}.period", x.Period))));
            var countries = CatalogReader.Each($"{p}.countries", d.Countries, (q, x) => rr.At(q, x.Country, () => new ProgrammeCountry(CountryCode.Parse(x.Country!), rr.Enum<CountryRelation>($"{q}.relation", x.Relation))));
            var citations = CatalogReader.Each($"{p}.citations", d.Citations, rr.Citation);
            return rr.At(p, d.Id, () => new Programme(
                rr.Programme($"{p}.id", d.Id), d.Name!, d.Acronym, d.Aliases, partners, countries,
                d.Parent is null ? null : rr.Programme($"{p}.parent", d.Parent), d.Phase, rr.Period($"{p}.period", d.Period), citations));
        });
        var commitments = CatalogReader.Each("$.commitments", r.Commitments, (p, d) =>
        {
            var funders = CatalogReader.Each($"{p}.funders", d.Funders, (q, f) => rr.At(q, f.Funder, () => new FundingContribution(rr.Agency($"{q}.funder", f.Funder), f.Share is null ? null : rr.At($"{q}.share", f.Share, () => Share.Parse(f.Share)))));
            Money? amount = d.Amount is null ? null : rr.At($"{p}.amount", $"{d.Amount.Amount} {d.Amount.Currency}", () => new Money(d.Amount.Amount, CurrencyCode.Parse(d.Amount.Currency!)));
            var citations = CatalogReader.Each($"{p}.citations", d.Citations, rr.Citation);
            return rr.At(p, null, () => new FundingCommitment(
                funders, rr.Enum<FundingStage>($"{p}.stage", d.Stage), amount,
                d.RelativeAmount is null ? null : rr.At($"{p}.relativeAmount", d.RelativeAmount, () => Share.Parse(d.RelativeAmount)), d.RelativeTo,
                d.Recipient is null ? null : rr.Agency($"{p}.recipient", d.Recipient),
                d.Programme is null ? null : rr.Programme($"{p}.programme", d.Programme),
                rr.Date($"{p}.valueDate", d.ValueDate), rr.Period($"{p}.period", d.Period), d.IsIndicative, citations));
        });
        var meetings = CatalogReader.Each("$.meetings", r.Meetings, (p, d) =>
        {
            var citations = CatalogReader.Each($"{p}.citations", d.Citations, rr.Citation);
            return rr.At(p, d.Name, () => new Meeting(d.Name!, d.Place, rr.Period($"{p}.date", d.Date), d.Chair is null ? null : rr.At($"{p}.chair", d.Chair, () => CountryCode.Parse(d.Chair)), d.Ordinal, citations));
        });
        var memberships = CatalogReader.Each("$.memberships", r.Memberships, (p, d) =>
        {
            var citations = CatalogReader.Each($"{p}.citations", d.Citations, rr.Citation);
            return rr.At(p, d.Member, () => new AgencyMembership(rr.Agency($"{p}.member", d.Member), rr.Agency($"{p}.body", d.Body), rr.Enum<OrganisationRole>($"{p}.role", d.Role), rr.Period($"{p}.period", d.Period), citations));
        });

        var model = new MigDevModel(AgencyDirectory.Default, programmes, commitments, themes, roundtables, sessions, activities, meetings);
        model.EnsureValid();
        return new MigDevCatalog(model, [.. memberships]);

        static char Letter(string? letter) => letter is { Length: 1 } ? letter[0] : throw new FormatException($"A session letter is one character, was '{letter}'.");
    }

    // Roundtable and letter in one integer, so that a session query allocates nothing.
    private static int SessionKey(int roundtable, char session) => (roundtable << 16) | session;

    private static MigDevCatalog LoadEmbedded()
    {
        var assembly = typeof(MigDevCatalog).Assembly;
        using var matrix = assembly.GetManifestResourceStream(MatrixResource) ?? throw new InvalidOperationException($"The embedded resource '{MatrixResource}' is missing.");
        using var records = assembly.GetManifestResourceStream(RecordsResource) ?? throw new InvalidOperationException($"The embedded resource '{RecordsResource}' is missing.");
        return Load(matrix, MatrixResource, records, RecordsResource);
    }
}
