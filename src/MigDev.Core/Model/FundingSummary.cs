using System.Collections.Immutable;

namespace MigDev.Core;

/// <summary>
/// Totals of a model's funding at one stage, per currency and never converted: by funder (a co-financed amount split
/// between its funders by their shares, in whole minor units), by recipient, by programme, by direction, by reporter,
/// and in all.
/// </summary>
/// <remarks>A co-financed amount whose funders' shares the source does not state cannot be attributed to one funder:
/// it is counted in <see cref="JointWithoutShares"/> (and in the other totals), never guessed or counted twice.
/// Immutable.</remarks>
public sealed class FundingSummary
{
    internal FundingSummary(
        FundingStage stage,
        ImmutableSortedDictionary<AgencyId, MoneyBag> byFunder,
        MoneyBag jointWithoutShares,
        ImmutableSortedDictionary<AgencyId, MoneyBag> byRecipient,
        ImmutableSortedDictionary<ProgrammeId, MoneyBag> byProgramme,
        MoneyBag total)
    {
        Stage = stage;
        ByFunder = byFunder;
        JointWithoutShares = jointWithoutShares;
        ByRecipient = byRecipient;
        ByProgramme = byProgramme;
        Total = total;
    }

    /// <summary>Gets the stage summarized.</summary>
    public FundingStage Stage { get; }

    /// <summary>Gets the amounts by funder.</summary>
    public ImmutableSortedDictionary<AgencyId, MoneyBag> ByFunder { get; }

    /// <summary>Gets the co-financed amounts whose shares are not stated.</summary>
    public MoneyBag JointWithoutShares { get; }

    /// <summary>Gets the amounts by recipient (or managing agency).</summary>
    public ImmutableSortedDictionary<AgencyId, MoneyBag> ByRecipient { get; }

    /// <summary>Gets the amounts by programme.</summary>
    public ImmutableSortedDictionary<ProgrammeId, MoneyBag> ByProgramme { get; }

    /// <summary>Gets the amounts by direction, as each commitment states it (<see cref="FlowDirection.Unstated"/> for
    /// the catalog's): what the reporters received and what they gave.</summary>
    public ImmutableSortedDictionary<FlowDirection, MoneyBag> ByDirection { get; internal init; } = ImmutableSortedDictionary<FlowDirection, MoneyBag>.Empty;

    /// <summary>Gets the amounts by the agency that reports them (<see cref="FundingCommitment.ReportedBy"/>); a
    /// commitment with no reporter is in the other totals only.</summary>
    public ImmutableSortedDictionary<AgencyId, MoneyBag> ByReporter { get; internal init; } = ImmutableSortedDictionary<AgencyId, MoneyBag>.Empty;

    /// <summary>Gets the total, per currency.</summary>
    public MoneyBag Total { get; }
}
