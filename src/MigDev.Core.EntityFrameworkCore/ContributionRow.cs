namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevContributions</c>: a <see cref="FundingContribution"/>, a funder of a commitment with its
/// share; the key is the commitment and the position.</summary>
public sealed class ContributionRow
{
    /// <summary>Gets or sets the commitment (a foreign key, deleted with it).</summary>
    public Guid Commitment { get; set; }

    /// <summary>Gets or sets its place in the commitment's list of funders.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the funder.</summary>
    public AgencyId Funder { get; set; }

    /// <summary>Gets or sets its share, or <see langword="null"/> when the source gives none.</summary>
    public Share? Share { get; set; }
}
