using System.Text.Json.Serialization;
using MigDev.Core.Serialization;
namespace MigDev.Core;

/// <summary>Which way money moves as seen from the organisation that reports it
/// (<see cref="FundingCommitment.ReportedBy"/>): out of its hands or into them.</summary>
/// <remarks>IATI states the direction in the transaction type (1 Incoming Funds, 3 Disbursement, 11 Incoming
/// Commitment, 2 Outgoing Commitment...); the catalog's commitments are read from documents that say who gives to whom,
/// not from whose side, and are <see cref="Unstated"/>. A flow the funder reports as outgoing and the recipient as
/// incoming is the same money twice: <see cref="FundingFlows"/> finds such pairs, and
/// <see cref="FundingAnalytics.Summarize(FundingStage)"/> counts each once.</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<FlowDirection>))]
public enum FlowDirection
{
    /// <summary>The source does not say from whose side (the catalog's commitments, and every budget).</summary>
    Unstated = 0,

    /// <summary>The reporter receives the money (IATI 1 Incoming Funds, 11 Incoming Commitment, 13 Incoming Pledge, and
    /// the reflows 5, 6 and 9).</summary>
    Incoming = 1,

    /// <summary>The reporter gives or spends the money (IATI 2 Outgoing Commitment, 3 Disbursement, 4 Expenditure, 12
    /// Outgoing Pledge, 7, 8 and 10).</summary>
    Outgoing = 2,
}
