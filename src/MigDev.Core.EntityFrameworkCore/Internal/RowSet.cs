using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore.Internal;

/// <summary>The rows of a model, or of a batch of one, made by <see cref="ModelRows"/>: ready to add to a context.</summary>
internal sealed class RowSet
{
    public List<DocumentRow> Documents { get; } = [];
    public List<AgencyRow> Agencies { get; } = [];
    public List<ProgrammeRow> Programmes { get; } = [];
    public List<ParticipantRow> Participants { get; } = [];
    public List<ProgrammeCountryRow> Countries { get; } = [];
    public List<CommitmentRow> Commitments { get; } = [];
    public List<ContributionRow> Contributions { get; } = [];
    public List<ThemeRow> Themes { get; } = [];
    public List<RoundtableRow> Roundtables { get; } = [];
    public List<SessionRow> Sessions { get; } = [];
    public List<ActivityRow> Activities { get; } = [];
    public List<MeetingRow> Meetings { get; } = [];
    public List<MembershipRow> Memberships { get; } = [];
    public List<CitationRow> Citations { get; } = [];

    /// <summary>Gets the number of rows.</summary>
    public int Count =>
        Documents.Count + Agencies.Count + Programmes.Count + Participants.Count + Countries.Count + Commitments.Count
        + Contributions.Count + Themes.Count + Roundtables.Count + Sessions.Count + Activities.Count + Meetings.Count
        + Memberships.Count + Citations.Count;

    /// <summary>Adds every row to the context as new and saves them, without detecting changes (every row is new: a scan
    /// of each snapshot would find nothing), then clears the tracker.</summary>
    public async Task SaveAsync(DbContext context, CancellationToken cancellationToken)
    {
        var detect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            context.AddRange(Documents);
            context.AddRange(Agencies);
            context.AddRange(Programmes);
            context.AddRange(Meetings);
            context.AddRange(Participants);
            context.AddRange(Countries);
            context.AddRange(Commitments);
            context.AddRange(Contributions);
            context.AddRange(Themes);
            context.AddRange(Roundtables);
            context.AddRange(Sessions);
            context.AddRange(Activities);
            context.AddRange(Memberships);
            context.AddRange(Citations);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            context.ChangeTracker.Clear();
            context.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>Empties every list, to be filled again by the next batch.</summary>
    public void Clear()
    {
        Documents.Clear();
        Agencies.Clear();
        Programmes.Clear();
        Participants.Clear();
        Countries.Clear();
        Commitments.Clear();
        Contributions.Clear();
        Themes.Clear();
        Roundtables.Clear();
        Sessions.Clear();
        Activities.Clear();
        Meetings.Clear();
        Memberships.Clear();
        Citations.Clear();
    }
}
