using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using MigDev.Core.Serialization.Document;

namespace MigDev.Core.Catalog;

/// <summary>
/// Builds a catalog in code, record by record, and validates it as a whole on <see cref="Build"/>: your own
/// programmes and commitments, referring to your own agencies or to those of a catalog you extend (the embedded one).
/// </summary>
/// <remarks>
/// <para>Each record validates its own fields when you create it (its constructor or an init property throws with the field and value); the
/// builder checks how they hold together when you build (every fault at once, each with its path, such as
/// <c>programmes[0].partners[1].agency</c>).</para>
/// <para>A builder is mutable and not thread-safe; the catalog it builds is immutable.</para>
/// </remarks>
/// <example>
/// <code>
/// var catalog = new MigDevCatalogBuilder(extending: MigDevCatalog.Default)
///     .AddProgramme(new Programme(ProgrammeId.Parse("my-pilot"), "My pilot")
///     {
///         Partners = [new Participant(AgencyId.Parse("undp"), OrganisationRole.Implementing)],
///     })
///     .AddCommitment(new FundingCommitment([new FundingContribution(AgencyId.Parse("sdc"))], FundingStage.Commitment,
///         new Money(250_000m, CurrencyCode.CHF)) { Programme = ProgrammeId.Parse("my-pilot"), ValueDate = PartialDate.Parse("2013-01") })
///     .Build();
/// </code>
/// </example>
public sealed class MigDevCatalogBuilder
{
    private readonly MigDevCatalog? _extending;
    private readonly List<SourceDocument> _documents = [];
    private readonly List<Agency> _agencies = [];
    private readonly List<Programme> _programmes = [];
    private readonly List<FundingCommitment> _commitments = [];
    private readonly List<Theme> _themes = [];
    private readonly List<Roundtable> _roundtables = [];
    private readonly List<Session> _sessions = [];
    private readonly List<Activity> _activities = [];
    private readonly List<Meeting> _meetings = [];
    private readonly List<AgencyMembership> _memberships = [];

    /// <summary>Starts a catalog.</summary>
    /// <param name="extending">A catalog whose agencies, programmes and documents the records may refer to, and which
    /// the built catalog includes; <see langword="null"/> for a catalog that stands alone.</param>
    public MigDevCatalogBuilder(MigDevCatalog? extending = null) => _extending = extending;

    /// <summary>Adds a document that citations may cite.</summary>
    /// <param name="document">The document.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddDocument(SourceDocument document) => Add(_documents, document);

    /// <summary>Adds an agency.</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddAgency(Agency agency) => Add(_agencies, agency);

    /// <summary>Adds a programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddProgramme(Programme programme) => Add(_programmes, programme);

    /// <summary>Adds a funding commitment (a pledge, commitment, disbursement...).</summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddCommitment(FundingCommitment commitment) => Add(_commitments, commitment);

    /// <summary>Adds a theme of a GFMD-style matrix.</summary>
    /// <param name="theme">The theme.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="theme"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddTheme(Theme theme) => Add(_themes, theme);

    /// <summary>Adds a roundtable.</summary>
    /// <param name="roundtable">The roundtable.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roundtable"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddRoundtable(Roundtable roundtable) => Add(_roundtables, roundtable);

    /// <summary>Adds a session.</summary>
    /// <param name="session">The session.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddSession(Session session) => Add(_sessions, session);

    /// <summary>Adds a matrix activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddActivity(Activity activity) => Add(_activities, activity);

    /// <summary>Adds a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddMeeting(Meeting meeting) => Add(_meetings, meeting);

    /// <summary>Adds a dated membership.</summary>
    /// <param name="membership">The membership.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="membership"/> is <see langword="null"/>.</exception>
    public MigDevCatalogBuilder AddMembership(AgencyMembership membership) => Add(_memberships, membership);

    /// <summary>Builds the catalog and validates it as a whole.</summary>
    /// <param name="sourceName">A name for it, used in messages and as its <see cref="MigDevCatalog.SourceName"/>.</param>
    /// <returns>The catalog (with the extended catalog's records, if any).</returns>
    /// <exception cref="ModelValidationException">The records do not hold together; every fault is listed, with its
    /// path in this builder's lists (a fault in the extended catalog's records is prefixed with its name).</exception>
    public MigDevCatalog Build(string sourceName = "builder")
    {
        Guard.Against.Blank(sourceName, $"A catalog needs a source name for its messages, was '{sourceName}'.");
        if (_extending is null)
        {
            MigDevModel model;
            try
            {
                model = new MigDevModel(AgencyDirectory.Create(_agencies), _documents)
                {
                    Programmes = [.. _programmes], Commitments = [.. _commitments], Themes = [.. _themes], Roundtables = [.. _roundtables],
                    Sessions = [.. _sessions], Activities = [.. _activities], Meetings = [.. _meetings], Memberships = [.. _memberships],
                };
            }
            catch (ArgumentException ex)
            {
                throw new ModelValidationException([new ValidationFault("agencies", null, ex.Message)]);
            }
            return MigDevCatalog.FromModel(model, sourceName);
        }
        try
        {
            var own = new MigDevModel(AgencyDirectory.Create(_extending.Model.Agencies.Concat(_agencies.Where(a => !_extending.Model.Agencies.TryGet(a.Id, out _)))), _documents)
            {
                Programmes = [.. _programmes], Commitments = [.. _commitments], Themes = [.. _themes], Roundtables = [.. _roundtables],
                Sessions = [.. _sessions], Activities = [.. _activities], Meetings = [.. _meetings], Memberships = [.. _memberships],
            };
            var conflicts = _agencies.Select((a, i) => (a, i))
                .Where(x => _extending.Model.Agencies.TryGet(x.a.Id, out var existing) && !existing.ContentEquals(x.a))
                .Select(x => new ValidationFault($"agencies[{x.i}].id", x.a.Id.Value, $"'{_extending.SourceName}' has another agency with this id"))
                .ToList();
            if (conflicts.Count > 0)
            {
                throw new ModelValidationException(conflicts);
            }
            // The merge validates the union as a whole.
            return MigDevCatalog.OfValidated(CatalogMerger.Merge(_extending.Model, _extending.SourceName, own, sourceName), $"{_extending.SourceName} + {sourceName}", _extending);
        }
        catch (MigDevDataException ex)
        {
            throw new ModelValidationException(ex.Faults.Select(f => new ValidationFault(f.Path.StartsWith("$.", StringComparison.Ordinal) ? f.Path[2..] : f.Path, f.Value, f.Rule)));
        }
        catch (ArgumentException ex)
        {
            throw new ModelValidationException([new ValidationFault("agencies", null, ex.Message)]);
        }
    }

    private MigDevCatalogBuilder Add<T>(List<T> list, T item, [CallerArgumentExpression(nameof(item))] string? parameterName = null)
        where T : class
    {
        list.Add(Guard.Against.Null(item, parameterName, $"The {typeof(T).Name} to add was null."));
        return this;
    }
}
