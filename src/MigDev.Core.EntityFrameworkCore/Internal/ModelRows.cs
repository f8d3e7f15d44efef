using System.Collections.Immutable;
using System.Globalization;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>The domain model as rows: each record one row, each list of a record rows of a child table with their
/// position, each citation a row naming its owner's table and key.</summary>
internal static class ModelRows
{
    public static RowSet Of(MigDevModel model)
    {
        var set = new RowSet();
        for (var i = 0; i < model.Documents.Length; i++)
        {
            var d = model.Documents[i];
            set.Documents.Add(new DocumentRow { Id = d.Id, Position = i, Title = d.Title, Author = d.Author, Date = d.Date, FileName = d.FileName });
        }
        var position = 0;
        foreach (var agency in model.Agencies)
        {
            Add(set, agency, position++);
        }
        for (var i = 0; i < model.Programmes.Length; i++)
        {
            Add(set, model.Programmes[i], i);
        }
        for (var i = 0; i < model.Commitments.Length; i++)
        {
            Add(set, model.Commitments[i], i);
        }
        Matrix(set, model);
        for (var i = 0; i < model.Meetings.Length; i++)
        {
            Add(set, model.Meetings[i], i);
        }
        for (var i = 0; i < model.Memberships.Length; i++)
        {
            var m = model.Memberships[i];
            var id = Guid.CreateVersion7();
            set.Memberships.Add(new MembershipRow { Id = id, Position = i, Member = m.Member, Body = m.Body, Role = m.Role, Period = m.Period, Note = m.Note });
            Cite(set, Tables.Memberships, Key(id), m.Citations);
        }
        return set;
    }

    public static void Add(RowSet set, Agency a, int position)
    {
        set.Agencies.Add(new AgencyRow
        {
            Id = a.Id, Position = position, Name = a.Name, DisplayName = Corrected(a.DisplayName, a.Name), Kind = a.Kind, Acronym = a.Acronym,
            Parent = a.Parent, IatiIdentifier = a.IatiIdentifier, Aliases = [.. a.Aliases], IatiAliases = [.. a.IatiAliases], Note = a.Note,
        });
        Cite(set, Tables.Agencies, a.Id.ToString(), a.Citations);
    }

    public static void Add(RowSet set, Programme p, long position)
    {
        set.Programmes.Add(new ProgrammeRow
        {
            Id = p.Id, Position = position, Name = p.Name, DisplayName = Corrected(p.DisplayName, p.Name), Acronym = p.Acronym, Aliases = [.. p.Aliases],
            Parent = p.Parent, Phase = p.Phase, Period = p.Period, IatiIdentifier = p.IatiIdentifier, Note = p.Note,
        });
        Cite(set, Tables.Programmes, p.Id.ToString(), p.Citations);
        Participants(set, p.Partners, p.Id, null);
        for (var i = 0; i < p.Countries.Length; i++)
        {
            var c = p.Countries[i];
            var id = Guid.CreateVersion7();
            set.Countries.Add(new ProgrammeCountryRow { Id = id, Programme = p.Id, Position = i, Country = c.Country, Relation = c.Relation, Note = c.Note });
            Cite(set, Tables.ProgrammeCountries, Key(id), c.Citations);
        }
    }

    public static void Add(RowSet set, FundingCommitment c, long position)
    {
        var id = Guid.CreateVersion7();
        set.Commitments.Add(new CommitmentRow
        {
            Id = id, Position = position, Stage = c.Stage, Amount = c.Amount, RelativeAmount = c.RelativeAmount, RelativeTo = c.RelativeTo,
            Recipient = c.Recipient, Programme = c.Programme, ValueDate = c.ValueDate, Period = c.Period, IsIndicative = c.IsIndicative,
            BudgetKind = c.BudgetKind, IsSuperseded = c.IsSuperseded, Direction = c.Direction, ReportedBy = c.ReportedBy,
            ProviderActivity = c.ProviderActivity, ReceiverActivity = c.ReceiverActivity, Note = c.Note, Version = 1,
        });
        for (var i = 0; i < c.Funders.Length; i++)
        {
            set.Contributions.Add(new ContributionRow { Commitment = id, Position = i, Funder = c.Funders[i].Funder, Share = c.Funders[i].Share });
        }
        Cite(set, Tables.Commitments, Key(id), c.Citations);
    }

    public static string Key(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static void Add(RowSet set, Meeting m, int position)
    {
        var id = Guid.CreateVersion7();
        set.Meetings.Add(new MeetingRow
        {
            Id = id, Position = position, Name = m.Name, DisplayName = Corrected(m.DisplayName, m.Name), Aliases = [.. m.Aliases], Place = m.Place,
            Date = m.Date, Chair = m.Chair, Ordinal = m.Ordinal, Note = m.Note,
        });
        Cite(set, Tables.Meetings, Key(id), m.Citations);
        Participants(set, m.Participants, null, id);
    }

    private static void Matrix(RowSet set, MigDevModel model)
    {
        for (var i = 0; i < model.Themes.Length; i++)
        {
            var t = model.Themes[i];
            set.Themes.Add(new ThemeRow { Number = t.Number, Position = i, Title = t.Title });
            Cite(set, Tables.Themes, t.Number.ToString(CultureInfo.InvariantCulture), t.Citations);
        }
        for (var i = 0; i < model.Roundtables.Length; i++)
        {
            var r = model.Roundtables[i];
            set.Roundtables.Add(new RoundtableRow { Number = r.Number, Position = i, Theme = r.Theme, Title = r.Title });
            Cite(set, Tables.Roundtables, r.Number.ToString(CultureInfo.InvariantCulture), r.Citations);
        }
        for (var i = 0; i < model.Sessions.Length; i++)
        {
            var s = model.Sessions[i];
            set.Sessions.Add(new SessionRow { Roundtable = s.Roundtable, Letter = s.Letter.ToString(), Position = i, Title = s.Title });
            Cite(set, Tables.Sessions, s.Key, s.Citations);
        }
        for (var i = 0; i < model.Activities.Length; i++)
        {
            var a = model.Activities[i];
            var id = Guid.CreateVersion7();
            set.Activities.Add(new ActivityRow
            {
                Id = id, Position = i, Roundtable = a.Roundtable, Session = a.Session.ToString(), Text = a.Text, Objectives = [.. a.Objectives],
                GmgMembersWithExpertise = [.. a.GmgMembersWithExpertise.Select(m => m.ToString())], SubActivities = [.. a.SubActivities],
                ReadingNote = a.ReadingNote,
            });
            Cite(set, Tables.Activities, Key(id), a.Citations);
        }
    }

    private static void Participants(RowSet set, ImmutableArray<Participant> participants, ProgrammeId? programme, Guid? meeting)
    {
        for (var i = 0; i < participants.Length; i++)
        {
            var p = participants[i];
            var id = Guid.CreateVersion7();
            set.Participants.Add(new ParticipantRow { Id = id, Programme = programme, Meeting = meeting, Position = i, Agency = p.Agency, Role = p.Role, Period = p.Period, Note = p.Note });
            Cite(set, Tables.Participants, Key(id), p.Citations);
        }
    }

    private static void Cite(RowSet set, string table, string key, ImmutableArray<Citation> citations)
    {
        for (var i = 0; i < citations.Length; i++)
        {
            var c = citations[i];
            set.Citations.Add(new CitationRow
            {
                Id = Guid.CreateVersion7(), OwnerTable = table, OwnerKey = key, Position = i, DocumentId = c.DocumentId, FirstLine = c.FirstLine,
                LastLine = c.LastLine, Quote = c.Quote,
            });
        }
    }

    // The display name is stored only where it corrects the name as written.
    private static string? Corrected(string displayName, string name) => string.Equals(displayName, name, StringComparison.Ordinal) ? null : displayName;
}
