using System.Collections.Immutable;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using NodaTime;

namespace MigDev.Core.Catalog;

/// <summary>
/// The library's default data set: what the five source documents state about the migration-and-development work of
/// the UN system in 2007-2013, as typed records that each cite the document and lines they come from.
/// </summary>
/// <remarks>
/// <para>Loaded on first use of <see cref="Default"/> from the JSON embedded in the package (data/catalog; see
/// docs/catalog.md), validated as a whole. Immutable; safe to share across threads.</para>
/// <para>The catalog answers queries; reading and writing catalog documents (your own, or this one) is
/// <see cref="CatalogDocument"/>'s.</para>
/// </remarks>
/// <example>
/// <code>
/// var catalog = MigDevCatalog.Default;
/// var jmdi = catalog.Model.Programmes.First(p => p.Acronym == "JMDI");
/// </code>
/// </example>
public sealed class MigDevCatalog
{
    internal const string Resource = "MigDev.Core.Catalog.catalog.json";

    private static readonly Lazy<MigDevCatalog> DefaultInstance = new(LoadEmbedded);

    // Plain dictionaries, filled here and never changed: safe to read from any thread, and quicker to build and to
    // query than immutable ones.
    private readonly Dictionary<int, ImmutableArray<Activity>> _activitiesBySession;
    private readonly Dictionary<AgencyId, ImmutableArray<Activity>> _activitiesByExpert;
    private readonly Dictionary<AgencyId, ImmutableArray<Programme>> _programmesByAgency;
    private readonly Dictionary<ProgrammeId, Programme> _programmesById;
    private readonly Dictionary<ProgrammeId, MoneyBag> _committedByProgramme;

    private readonly Lazy<ImmutableDictionary<string, ImmutableArray<CitedRecord>>> _byDocument;

    private MigDevCatalog(MigDevModel model, string sourceName, MigDevCatalog? extends = null)
    {
        Model = model;
        SourceName = sourceName;
        Extends = extends;
        // Built on the first Citing call: most users never ask, and it is a third of the records' allocations.
        _byDocument = new(() => CitedRecord.All(model).GroupBy(r => r.Citation.DocumentId, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal));
        _activitiesBySession = Group<Activity, int>(model.Activities, a => [SessionKey(a.Roundtable, a.Session)]);
        _activitiesByExpert = Group(model.Activities, a => a.GmgMembersWithExpertise);
        _programmesByAgency = Group(model.Programmes, p => p.Partners.Select(x => x.Agency));
        _programmesById = [];
        foreach (var programme in model.Programmes)
        {
            _programmesById.TryAdd(programme.Id, programme);
        }
        // Whole amounts per programme: no split by funder is needed here (Summarize's split can refuse an amount with
        // more decimals than its currency, which is valid data).
        _committedByProgramme = model.Commitments
            .Where(c => c.Stage == FundingStage.Commitment && c.Programme is not null && c.Amount is not null)
            .GroupBy(c => c.Programme!.Value)
            .ToDictionary(g => g.Key, g => MoneyBag.Of(g.Select(c => c.Amount!.Value)));
    }

    /// <summary>Gets the embedded catalog, loading and validating it on first use.</summary>
    /// <exception cref="MigDevDataException">The embedded data is not valid or does not hold together (a defect of the
    /// package).</exception>
    public static MigDevCatalog Default => DefaultInstance.Value;

    /// <summary>Gets the records: agencies, programmes, funding, the GFMD 2007 matrix and the meetings.</summary>
    public MigDevModel Model { get; }

    /// <summary>Gets the agencies of the catalog (for <see cref="Default"/>: every organisation the five seed documents
    /// name, with their spellings and IATI identifiers).</summary>
    public AgencyDirectory Agencies => Model.Agencies;

    /// <summary>Gets the documents the catalog's records cite (for <see cref="Default"/>: the five seed documents, 000 to
    /// 004, as their README describes them).</summary>
    public ImmutableArray<SourceDocument> Documents => Model.Documents;

    /// <summary>Gets a document the catalog cites by id (for <see cref="Default"/>: <c>000</c> to <c>004</c>).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ReferenceNotFoundException">The catalog has no document with that id; the message names the id
    /// meant (white space around it) or the nearest documents.</exception>
    public SourceDocument GetDocument(string id) =>
        Document(id) ?? throw (id?.Trim() is { } trimmed && trimmed.Length != id.Length && Document(trimmed) is { } meant
            ? ReferenceNotFoundException.Spaced("source document", id, meant.Id, meant.ToString())
            : new ReferenceNotFoundException("source document", id ?? "(null)", [], NearestMatches.Find(id, Documents, d => [d.Id, d.Title], d => d.ToString())));

    // A document id is a code: any case, no white space around it (docs/design-decisions.md, issue 19).
    private SourceDocument? Document(string? id) => Documents.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gets where the catalog was read from: the embedded resource, a file, a stream's name.</summary>
    public string SourceName { get; }

    /// <summary>Gets the activities of a session of the GFMD 2007 matrix, in the matrix's order.</summary>
    /// <param name="roundtable">The roundtable's number.</param>
    /// <param name="session">The session's letter.</param>
    /// <returns>The activities; empty for a session the matrix does not have. Allocates nothing.</returns>
    public ImmutableArray<Activity> ActivitiesOf(int roundtable, char session) =>
        _activitiesBySession.GetValueOrDefault(SessionKey(roundtable, session), []);

    /// <summary>Gets the activities for which the matrix lists an agency among the GMG members with expertise.</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>The activities, in the matrix's order. Allocates nothing.</returns>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is <c>default</c>.</exception>
    public ImmutableArray<Activity> ActivitiesWithExpertise(AgencyId agency) => _activitiesByExpert.GetValueOrDefault(Guard.Against.DefaultValue(agency), []);

    /// <summary>Gets the programmes in which an agency has any role (lead, partner, donor...).</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>The programmes, in the catalog's order. Allocates nothing.</returns>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is <c>default</c>.</exception>
    public ImmutableArray<Programme> ProgrammesOf(AgencyId agency) => _programmesByAgency.GetValueOrDefault(Guard.Against.DefaultValue(agency), []);

    /// <summary>Gets a programme by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ReferenceNotFoundException">The catalog has no programme with that id; the exception names the
    /// nearest programmes (<see cref="ReferenceNotFoundException.NearestMatches"/>: same name, initials, a few edits,
    /// prefix, whole words; at most three).</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public Programme GetProgramme(ProgrammeId id) =>
        _programmesById.TryGetValue(Guard.Against.DefaultValue(id), out var programme)
            ? programme
            : throw new ReferenceNotFoundException("programme id", id.ToString(), [], NearestMatches.Find(id.Value, Model.Programmes, p => [p.Id.Value, p.Name, p.Acronym, .. p.Aliases], p => p.ToString()));

    /// <summary>Gets what is committed to a programme, per currency (convert it with a <see cref="CurrencyConverter"/>
    /// for a reporting currency).</summary>
    /// <param name="id">The programme.</param>
    /// <returns>The committed amounts; empty when none is stated. Allocates nothing.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public MoneyBag CommittedTo(ProgrammeId id) => _committedByProgramme.GetValueOrDefault(Guard.Against.DefaultValue(id), MoneyBag.Empty);

    /// <summary>Gets what is committed to a programme in a reporting currency: each currency's subtotal converted at
    /// the rate of one date, every line with its rate, date and source (<see cref="ConvertedTotal.Lines"/>).</summary>
    /// <param name="id">The programme.</param>
    /// <param name="reportingCurrency">The currency to report in.</param>
    /// <param name="asOf">The date of the rates.</param>
    /// <param name="policy">How to choose each rate; <see cref="RatePolicy.LatestOnOrBefore"/> (4 days back) by default.</param>
    /// <param name="converter">The converter; <see cref="CurrencyConverter.Ecb"/> by default.</param>
    /// <returns>The total, line by line; zero in the reporting currency when nothing is committed.</returns>
    /// <exception cref="ExchangeRateNotFoundException">A currency has no rate under the policy.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public ConvertedTotal CommittedTo(ProgrammeId id, CurrencyCode reportingCurrency, LocalDate asOf, RatePolicy? policy = null, CurrencyConverter? converter = null) =>
        (converter ?? CurrencyConverter.Ecb).Total(CommittedTo(id), reportingCurrency, asOf, policy ?? RatePolicy.LatestOnOrBefore());

    /// <summary>Finds the programmes whose name, acronym or aliases, and the activities whose text, contain a text
    /// (ignoring case).</summary>
    /// <param name="text">The text to look for.</param>
    /// <returns>The programmes and the activities found.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public (ImmutableArray<Programme> Programmes, ImmutableArray<Activity> Activities) Search(string text)
    {
        Guard.Against.Blank(text, $"Search needs a text to look for, was '{text}'.");
        return (
            [.. Model.Programmes.Where(p => p.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || (p.Acronym?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
                || p.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase)))],
            [.. Model.Activities.Where(a => a.Text.Contains(text, StringComparison.OrdinalIgnoreCase))]);
    }

    // Each item under each of its keys (a key listed twice for an item counts once), in the model's order.
    private static Dictionary<TKey, ImmutableArray<T>> Group<T, TKey>(ImmutableArray<T> items, Func<T, IEnumerable<TKey>> keys)
        where TKey : notnull
    {
        // Each group with the index of the item it took last: a key listed twice for one item finds that item there.
        var groups = new Dictionary<TKey, (ImmutableArray<T>.Builder? Items, int Last)>();
        for (var i = 0; i < items.Length; i++)
        {
            foreach (var key in keys(items[i]))
            {
                ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _);
                if (group.Items is null || group.Last != i)
                {
                    (group.Items ??= ImmutableArray.CreateBuilder<T>()).Add(items[i]);
                    group.Last = i;
                }
            }
        }
        return groups.ToDictionary(g => g.Key, g => g.Value.Items!.ToImmutable());
    }

    // Roundtable and letter in one integer, so that a session query allocates nothing.
    private static int SessionKey(int roundtable, char session) => (roundtable << 16) | session;

    /// <summary>Gets every record that cites a document, with the citation: agencies, programmes and their partners and
    /// countries, commitments, the matrix's headings and activities, meetings and memberships.</summary>
    /// <param name="documentId">The <see cref="SourceDocument.Id"/>, such as <c>"001"</c>.</param>
    /// <returns>The records and citations, in model order (a record citing the document twice appears twice); empty
    /// for a document nothing cites. The index is built on the first call; later calls allocate nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documentId"/> is <see langword="null"/>.</exception>
    public ImmutableArray<CitedRecord> Citing(string documentId)
    {
        Guard.Against.Null(documentId, message: "Citing needs a document id, was null.");
        return _byDocument.Value.GetValueOrDefault(documentId, []);
    }

    /// <summary>Builds a catalog from a model, validating it as a whole.</summary>
    /// <param name="model">The model.</param>
    /// <param name="sourceName">A name for where it comes from, used in messages.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ModelValidationException">The model has whole-model faults; all of them are listed.</exception>
    public static MigDevCatalog FromModel(MigDevModel model, string sourceName = "model")
    {
        Guard.Against.Null(model, message: "A catalog is built from a model, was null.");
        Guard.Against.Blank(sourceName, $"A catalog needs a source name for its messages, was '{sourceName}'.");
        ModelValidator.EnsureValid(model);
        return new MigDevCatalog(model, sourceName);
    }

    /// <summary>Unites this catalog with another: the documents and agencies of both (one held by both must be the
    /// same record), and every other record of each, validated as a whole.</summary>
    /// <param name="other">The other catalog.</param>
    /// <returns>The union; its <see cref="SourceName"/> names both.</returns>
    /// <exception cref="MigDevDataException">An id is given to different records by the two catalogs (the fault names
    /// both sources), or the union has whole-model faults.</exception>
    public MigDevCatalog Merge(MigDevCatalog other)
    {
        Guard.Against.Null(other, message: "The catalog to merge with was null.");
        return new MigDevCatalog(CatalogMerger.Merge(Model, SourceName, other.Model, other.SourceName), $"{SourceName} + {other.SourceName}");
    }

    /// <summary>Gets the catalog this one extends (loaded or built with <c>extending</c>), or <see langword="null"/>
    /// when it stands alone. <see cref="Model"/> holds both; <see cref="CatalogDocument.WriteTo"/> writes only what this one
    /// adds.</summary>
    public MigDevCatalog? Extends { get; }

    // A model that was validated already (read by CatalogMapper.ToModel, or merged by CatalogMerger).
    internal static MigDevCatalog OfValidated(MigDevModel model, string sourceName, MigDevCatalog? extends = null) => new(model, sourceName, extends);

    private static MigDevCatalog LoadEmbedded()
    {
        using var stream = typeof(MigDevCatalog).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource '{Resource}' is missing.");
        return CatalogDocument.Load(stream, Resource);
    }
}
