using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;
namespace MigDev.Core;

/// <summary>How far along a flow of funds is: budgeted, pledged, committed, disbursed or spent.</summary>
/// <remarks>Each stage is summed on its own (<see cref="MigDevModel.Summarize"/>): a budget and the commitment that funds
/// it are two views of the same money, never added together.</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<FundingStage>))]
public enum FundingStage
{
    /// <summary>An announced intention to give (IATI 12 Outgoing Pledge, 13 Incoming Pledge).</summary>
    Pledge = 0,

    /// <summary>A firm, written obligation (IATI 2 Outgoing Commitment, 11 Incoming Commitment).</summary>
    Commitment = 1,

    /// <summary>Funds placed at the recipient's disposal (IATI 3 Disbursement).</summary>
    Disbursement = 2,

    /// <summary>Funds spent on goods and services (IATI 4 Expenditure).</summary>
    Expenditure = 3,

    /// <summary>Money planned for a period of the activity (an IATI <c>budget</c>, at most a year long), not a
    /// transaction: it has no IATI transaction type.</summary>
    Budget = 4,
}
