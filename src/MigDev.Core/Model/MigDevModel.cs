using System.Collections.Immutable;

namespace MigDev.Core;

/// <summary>
/// A whole model: agencies, programmes, funding commitments, the GFMD matrix, meetings and memberships, and the
/// documents they cite: the data only.
/// Its parts validate their own fields when built; <see cref="ModelValidator.Validate"/> checks the model as a whole
/// and reports every fault at once, and <see cref="FundingAnalytics"/> totals its funding.
/// </summary>
/// <remarks>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class MigDevModel
{
    /// <summary>Initializes a model; nothing is checked until <see cref="ModelValidator.Validate"/>.</summary>
    /// <param name="agencies">The agencies; <see cref="AgencyDirectory.Empty"/> when <see langword="null"/> (the model loads nothing by itself: for the embedded catalog's, pass <c>MigDevCatalog.Default.Agencies</c>).</param>
    /// <param name="programmes">The programmes.</param>
    /// <param name="commitments">The funding commitments.</param>
    /// <param name="themes">The GFMD themes.</param>
    /// <param name="roundtables">The roundtables.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="activities">The matrix activities.</param>
    /// <param name="meetings">The meetings.</param>
    /// <param name="documents">The documents citations may cite; none when <see langword="null"/> (for the five seed documents, pass <c>MigDevCatalog.Default.Documents</c>).</param>
    /// <param name="memberships">The dated memberships (chairs, co-chairs, members of bodies).</param>
    public MigDevModel(
        AgencyDirectory? agencies = null,
        IEnumerable<Programme>? programmes = null,
        IEnumerable<FundingCommitment>? commitments = null,
        IEnumerable<Theme>? themes = null,
        IEnumerable<Roundtable>? roundtables = null,
        IEnumerable<Session>? sessions = null,
        IEnumerable<Activity>? activities = null,
        IEnumerable<Meeting>? meetings = null,
        IEnumerable<SourceDocument>? documents = null,
        IEnumerable<AgencyMembership>? memberships = null)
    {
        Agencies = agencies ?? AgencyDirectory.Empty;
        Programmes = programmes is null ? [] : [.. programmes];
        Commitments = commitments is null ? [] : [.. commitments];
        Themes = themes is null ? [] : [.. themes];
        Roundtables = roundtables is null ? [] : [.. roundtables];
        Sessions = sessions is null ? [] : [.. sessions];
        Activities = activities is null ? [] : [.. activities];
        Meetings = meetings is null ? [] : [.. meetings];
        Documents = documents is null ? [] : [.. documents];
        Memberships = memberships is null ? [] : [.. memberships];
    }

    /// <summary>Gets the agencies.</summary>
    public AgencyDirectory Agencies { get; }

    /// <summary>Gets the programmes.</summary>
    public ImmutableArray<Programme> Programmes { get; }

    /// <summary>Gets the funding commitments.</summary>
    public ImmutableArray<FundingCommitment> Commitments { get; }

    /// <summary>Gets the GFMD themes.</summary>
    public ImmutableArray<Theme> Themes { get; }

    /// <summary>Gets the roundtables.</summary>
    public ImmutableArray<Roundtable> Roundtables { get; }

    /// <summary>Gets the sessions.</summary>
    public ImmutableArray<Session> Sessions { get; }

    /// <summary>Gets the matrix activities.</summary>
    public ImmutableArray<Activity> Activities { get; }

    /// <summary>Gets the meetings.</summary>
    public ImmutableArray<Meeting> Meetings { get; }

    /// <summary>Gets the documents citations may cite.</summary>
    public ImmutableArray<SourceDocument> Documents { get; }

    /// <summary>Gets the dated memberships (chairs, co-chairs, members of bodies).</summary>
    public ImmutableArray<AgencyMembership> Memberships { get; }
}
