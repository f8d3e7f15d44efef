using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace MigDev.Core;

/// <summary>
/// A whole model: agencies, programmes, funding commitments, the GFMD matrix, meetings and memberships, and the
/// documents they cite: the data only.
/// Its parts validate their own fields when built; <see cref="ModelValidator.Validate"/> checks the model as a whole
/// and reports every fault at once, and <see cref="FundingAnalytics"/> totals its funding.
/// </summary>
/// <remarks>
/// <para>The constructor takes what every model needs (its agencies and the documents citations may cite); the lists
/// are init-only properties, empty unless set, so that a list added later is not a breaking change:
/// <c>new MigDevModel(agencies, documents) { Programmes = [jmdi], Commitments = [phase1] }</c>. An
/// <see cref="ImmutableArray{T}"/> set to <c>default</c> is empty; a <see langword="null"/> element is refused with an
/// <see cref="ArgumentException"/> naming the list and the index.</para>
/// <para>Immutable once initialized; safe to share across threads.</para>
/// </remarks>
public sealed class MigDevModel
{
    private const string Owner = "Model";

    private readonly ImmutableArray<Programme> _programmes = [];
    private readonly ImmutableArray<FundingCommitment> _commitments = [];
    private readonly ImmutableArray<Theme> _themes = [];
    private readonly ImmutableArray<Roundtable> _roundtables = [];
    private readonly ImmutableArray<Session> _sessions = [];
    private readonly ImmutableArray<Activity> _activities = [];
    private readonly ImmutableArray<Meeting> _meetings = [];
    private readonly ImmutableArray<AgencyMembership> _memberships = [];

    /// <summary>Initializes a model with its agencies and documents; its lists are set by the init properties, and
    /// nothing is checked as a whole until <see cref="ModelValidator.Validate"/>.</summary>
    /// <param name="agencies">The agencies (the model loads nothing by itself: for the embedded catalog's, pass
    /// <c>MigDevCatalog.Default.Agencies</c>; for none, <see cref="AgencyDirectory.Empty"/>).</param>
    /// <param name="documents">The documents citations may cite (for the five seed documents, pass
    /// <c>MigDevCatalog.Default.Documents</c>; for none, <c>[]</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="agencies"/> or <paramref name="documents"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="documents"/> holds <see langword="null"/>; the message names
    /// its index.</exception>
    public MigDevModel(AgencyDirectory agencies, IEnumerable<SourceDocument> documents)
    {
        Agencies = Guard.Against.Null(agencies);
        Documents = Provenance.Items(Guard.Against.Null(documents), Owner, nameof(documents));
    }

    /// <summary>Gets the agencies.</summary>
    public AgencyDirectory Agencies { get; }

    /// <summary>Gets the documents citations may cite.</summary>
    public ImmutableArray<SourceDocument> Documents { get; }

    /// <summary>Gets the programmes; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element.</exception>
    public ImmutableArray<Programme> Programmes { get => _programmes; init => _programmes = Provenance.Items(value, Owner, "programmes"); }

    /// <summary>Gets the funding commitments; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element.</exception>
    public ImmutableArray<FundingCommitment> Commitments { get => _commitments; init => _commitments = Provenance.Items(value, Owner, "commitments"); }

    /// <summary>Gets the GFMD themes; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element.</exception>
    public ImmutableArray<Theme> Themes { get => _themes; init => _themes = Provenance.Items(value, Owner, "themes"); }

    /// <summary>Gets the roundtables; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element.</exception>
    public ImmutableArray<Roundtable> Roundtables { get => _roundtables; init => _roundtables = Provenance.Items(value, Owner, "roundtables"); }

    /// <summary>Gets the sessions; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element.</exception>
    public ImmutableArray<Session> Sessions { get => _sessions; init => _sessions = Provenance.Items(value, Owner, "sessions"); }

    /// <summary>Gets the matrix activities; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element.</exception>
    public ImmutableArray<Activity> Activities { get => _activities; init => _activities = Provenance.Items(value, Owner, "activities"); }

    /// <summary>Gets the meetings; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element.</exception>
    public ImmutableArray<Meeting> Meetings { get => _meetings; init => _meetings = Provenance.Items(value, Owner, "meetings"); }

    /// <summary>Gets the dated memberships (chairs, co-chairs, members of bodies); empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element.</exception>
    public ImmutableArray<AgencyMembership> Memberships { get => _memberships; init => _memberships = Provenance.Items(value, Owner, "memberships"); }
}
