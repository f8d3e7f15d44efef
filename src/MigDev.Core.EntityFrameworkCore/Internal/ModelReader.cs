using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>Reads the tables of the whole-model mapping back into a <see cref="MigDevModel"/>: each row through the
/// domain's own constructors and init properties, so that a row the domain would refuse (a programme without a name, a
/// commitment with an amount and a relative figure) is a <see cref="MigDevDatabaseValueException"/> naming its table and
/// key.</summary>
internal sealed class ModelReader
{
    private readonly Dictionary<(string Table, string Key), List<CitationRow>> _citations = [];
    private readonly Dictionary<ProgrammeId, List<ParticipantRow>> _partners = [];
    private readonly Dictionary<Guid, List<ParticipantRow>> _meetingParticipants = [];
    private readonly Dictionary<ProgrammeId, List<ProgrammeCountryRow>> _countries = [];
    private readonly Dictionary<Guid, List<ContributionRow>> _funders = [];

    public static async Task<MigDevModel> LoadAsync(DbContext context, CancellationToken cancellationToken)
    {
        var reader = new ModelReader();
        await reader.LoadChildrenAsync(context, cancellationToken).ConfigureAwait(false);
        var documents = await InSavedOrderAsync(context.Set<DocumentRow>().AsNoTracking(), r => r.Position, r => r.Position, r => r.Id, cancellationToken).ConfigureAwait(false);
        var agencies = await context.Set<AgencyRow>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var programmes = await context.Set<ProgrammeRow>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var commitments = await InSavedOrderAsync(context.Set<CommitmentRow>().AsNoTracking(), r => r.Position, r => r.Position, r => r.Id, cancellationToken).ConfigureAwait(false);
        var meetings = await InSavedOrderAsync(context.Set<MeetingRow>().AsNoTracking(), r => r.Position, r => r.Position, r => r.Id, cancellationToken).ConfigureAwait(false);
        var memberships = await InSavedOrderAsync(context.Set<MembershipRow>().AsNoTracking(), r => r.Position, r => r.Position, r => r.Id, cancellationToken).ConfigureAwait(false);
        var themes = await context.Set<ThemeRow>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var roundtables = await context.Set<RoundtableRow>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sessions = await context.Set<SessionRow>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var activities = await InSavedOrderAsync(context.Set<ActivityRow>().AsNoTracking(), r => r.Position, r => r.Position, r => r.Id, cancellationToken).ConfigureAwait(false);
        var directory = AgencyDirectory.Create(agencies.Select(reader.Agency));
        return new MigDevModel(directory, documents.Select(Document))
        {
            Programmes = [.. programmes.Select(reader.Programme)],
            Commitments = [.. commitments.Select(reader.Commitment)],
            Themes = [.. themes.Select(r => Build(Tables.Themes, Key(r.Number), () => new Theme(r.Number, r.Title, reader.Cited(Tables.Themes, Key(r.Number)))))],
            Roundtables = [.. roundtables.Select(r => Build(Tables.Roundtables, Key(r.Number), () => new Roundtable(r.Number, r.Theme, r.Title, reader.Cited(Tables.Roundtables, Key(r.Number)))))],
            Sessions = [.. sessions.Select(reader.Session)],
            Activities = [.. activities.Select(reader.Activity)],
            Meetings = [.. meetings.Select(reader.Meeting)],
            Memberships = [.. memberships.Select(r => Build(Tables.Memberships, ModelRows.Key(r.Id), () => new AgencyMembership(r.Member, r.Body, r.Role, r.Period, reader.Cited(Tables.Memberships, ModelRows.Key(r.Id)), r.Note)))],
        };
    }

    // Rows by position, and by key where rows share a position (rows written by hand; the store and the import number
    // them apart). The key is asked for only then, in a second query: on SQLite it makes the database sort whole rows
    // after reading them in the position index's order (docs/benchmarks.md, "Database (issue 20)"). Unique positions give
    // the same order either way.
    private static async Task<List<TRow>> InSavedOrderAsync<TRow, TPosition, TKey>(IQueryable<TRow> rows, Expression<Func<TRow, TPosition>> position,
        Func<TRow, TPosition> positionOf, Expression<Func<TRow, TKey>> key, CancellationToken cancellationToken)
        where TRow : class
        where TPosition : IEquatable<TPosition>
    {
        var read = await rows.OrderBy(position).ToListAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 1; i < read.Count; i++)
        {
            if (positionOf(read[i]).Equals(positionOf(read[i - 1])))
            {
                return await rows.OrderBy(position).ThenBy(key).ToListAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        return read;
    }

    // The domain refuses what it cannot hold with an ArgumentException; read from a table, that is a bad row.
    private static T Build<T>(string table, string key, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            throw NotARecord(table, key, e);
        }
    }

    private static MigDevDatabaseValueException NotARecord(string table, string key, ArgumentException e) =>
        new(table, null, key, $"is not a valid record: {e.Message.TrimEnd('.')}", e);

    // A record's child rows in the order saved; none is no list of its own.
    private static IReadOnlyList<TRow> Children<TKey, TRow>(Dictionary<TKey, List<TRow>> groups, TKey key)
        where TKey : notnull =>
        groups.TryGetValue(key, out var rows) ? rows : Array.Empty<TRow>();

    private static string Key(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static SourceDocument Document(DocumentRow r) =>
        Build(Tables.Documents, r.Id, () => new SourceDocument(r.Id, r.Title, r.Author, r.Date, r.FileName));

    private async Task LoadChildrenAsync(DbContext context, CancellationToken cancellationToken)
    {
        foreach (var c in await context.Set<CitationRow>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            Group(_citations, (c.OwnerTable, c.OwnerKey), c);
        }
        foreach (var p in await context.Set<ParticipantRow>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (p.Programme is { } programme)
            {
                Group(_partners, programme, p);
            }
            if (p.Meeting is { } meeting)
            {
                Group(_meetingParticipants, meeting, p);
            }
        }
        foreach (var c in await context.Set<ProgrammeCountryRow>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            Group(_countries, c.Programme, c);
        }
        foreach (var f in await context.Set<ContributionRow>().AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            Group(_funders, f.Commitment, f);
        }
    }

    private static void Group<TKey, TRow>(Dictionary<TKey, List<TRow>> groups, TKey key, TRow row)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }
        list.Add(row);
    }

    private ImmutableArray<Citation> Cited(string table, string key) =>
        _citations.TryGetValue((table, key), out var rows)
            ? [.. rows.Select(c => Build(Tables.Citations, ModelRows.Key(c.Id), () => new Citation(c.DocumentId, c.FirstLine, c.LastLine, c.Quote)))]
            : [];

    /// <summary>An agency as the import resolves organisations against it: its names and identifiers, not its citations.</summary>
    public static Agency AgencyToResolve(AgencyRow r) => new ModelReader().Agency(r);

    private Agency Agency(AgencyRow r) => Build(Tables.Agencies, r.Id.ToString(), () => new Agency(r.Id, r.Name, r.Kind)
    {
        DisplayName = r.DisplayName, Acronym = r.Acronym, Parent = r.Parent, IatiIdentifier = r.IatiIdentifier, Aliases = [.. r.Aliases],
        IatiAliases = [.. r.IatiAliases], Note = r.Note, Citations = Cited(Tables.Agencies, r.Id.ToString()),
    });

    private Programme Programme(ProgrammeRow r) => Build(Tables.Programmes, r.Id.ToString(), () => new Programme(r.Id, r.Name)
    {
        DisplayName = r.DisplayName, Acronym = r.Acronym, Aliases = [.. r.Aliases], Parent = r.Parent, Phase = r.Phase, Period = r.Period,
        IatiIdentifier = r.IatiIdentifier, Note = r.Note, Citations = Cited(Tables.Programmes, r.Id.ToString()),
        Partners = [.. Children(_partners, r.Id).Select(Participant)],
        Countries = [.. Children(_countries, r.Id).Select(Country)],
    });

    private ProgrammeCountry Country(ProgrammeCountryRow c)
    {
        var key = ModelRows.Key(c.Id);
        return Build(Tables.ProgrammeCountries, key, () => new ProgrammeCountry(c.Country, c.Relation, Cited(Tables.ProgrammeCountries, key), c.Note));
    }

    private Participant Participant(ParticipantRow p)
    {
        var key = ModelRows.Key(p.Id);
        return Build(Tables.Participants, key, () => new Participant(p.Agency, p.Role, p.Period, Cited(Tables.Participants, key), p.Note));
    }

    // The key a bad funder row is named by, commitment/position, is written only when there is one.
    private static FundingContribution Funder(string commitment, ContributionRow f)
    {
        try
        {
            return new FundingContribution(f.Funder, f.Share);
        }
        catch (ArgumentException e)
        {
            throw NotARecord(Tables.Contributions, $"{commitment}/{f.Position}", e);
        }
    }

    private FundingCommitment Commitment(CommitmentRow r)
    {
        var key = ModelRows.Key(r.Id);
        var rows = Children(_funders, r.Id);
        var funders = new List<FundingContribution>(rows.Count);
        foreach (var f in rows)
        {
            funders.Add(Funder(key, f));
        }
        var citations = Cited(Tables.Commitments, key);
        return Build(Tables.Commitments, key, () => (r.Amount, r.RelativeAmount) switch
        {
            // Init-only properties are set where the object is made: once per constructor.
            ({ } amount, null) => new FundingCommitment(funders, r.Stage, amount)
            {
                Recipient = r.Recipient, Programme = r.Programme, ValueDate = r.ValueDate, Period = r.Period, IsIndicative = r.IsIndicative,
                BudgetKind = r.BudgetKind, IsSuperseded = r.IsSuperseded, Direction = r.Direction, ReportedBy = r.ReportedBy,
                ProviderActivity = r.ProviderActivity, ReceiverActivity = r.ReceiverActivity, Note = r.Note, Citations = citations,
            },
            (null, { } share) => new FundingCommitment(funders, r.Stage, share, r.RelativeTo!)
            {
                Recipient = r.Recipient, Programme = r.Programme, ValueDate = r.ValueDate, Period = r.Period, IsIndicative = r.IsIndicative,
                BudgetKind = r.BudgetKind, IsSuperseded = r.IsSuperseded, Direction = r.Direction, ReportedBy = r.ReportedBy,
                ProviderActivity = r.ProviderActivity, ReceiverActivity = r.ReceiverActivity, Note = r.Note, Citations = citations,
            },
            _ => throw new ArgumentException($"A commitment has either an amount or a relative amount; this row has {(r.Amount is null ? "neither" : "both")}."),
        });
    }

    private Session Session(SessionRow r) => Build(Tables.Sessions, $"{r.Roundtable}{r.Letter}",
        () => new Session(r.Roundtable, Letter(r.Letter), r.Title, Cited(Tables.Sessions, $"{r.Roundtable}{r.Letter}")));

    private Activity Activity(ActivityRow r)
    {
        var key = ModelRows.Key(r.Id);
        var members = r.GmgMembersWithExpertise.Select(m => AgencyId.TryParse(m, out var id) && id.ToString() == m
            ? id
            : throw new MigDevDatabaseValueException(Tables.Activities, nameof(ActivityRow.GmgMembersWithExpertise), m, "is not an agency id (kebab-case, at most 64 characters)", null)).ToList();
        return Build(Tables.Activities, key, () => new Activity(r.Roundtable, Letter(r.Session), r.Text, r.Objectives, members, r.SubActivities, r.ReadingNote, Cited(Tables.Activities, key)));
    }

    private Meeting Meeting(MeetingRow r)
    {
        var key = ModelRows.Key(r.Id);
        return Build(Tables.Meetings, key, () => new Meeting(r.Name)
        {
            DisplayName = r.DisplayName, Aliases = [.. r.Aliases], Place = r.Place, Date = r.Date, Chair = r.Chair, Ordinal = r.Ordinal, Note = r.Note,
            Citations = Cited(Tables.Meetings, key), Participants = [.. Children(_meetingParticipants, r.Id).Select(Participant)],
        });
    }

    private static char Letter(string text) => text.Length == 1 ? text[0] : throw new ArgumentException($"A session letter is one character, was '{text}'.");
}
