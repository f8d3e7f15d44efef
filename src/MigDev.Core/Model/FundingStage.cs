using System.Text.Json.Serialization;
using MigDev.Core.Serialization;
namespace MigDev.Core;

/// <summary>How far along a flow of funds is (budgeted, pledged, committed, disbursed or spent), or which other kind of
/// flow it is (a loan's interest and repayment, a reimbursement, equity bought or sold, a credit guarantee): every IATI
/// transaction type is one of these with a <see cref="FlowDirection"/>.</summary>
/// <remarks>Each stage is summed on its own (<see cref="FundingAnalytics.Summarize(FundingStage)"/>): a budget and the commitment that funds
/// it are two views of the same money, never added together.</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<FundingStage>))]
public enum FundingStage
{
    /// <summary>An announced intention to give (IATI 12 Outgoing Pledge, 13 Incoming Pledge).</summary>
    Pledge = 0,

    /// <summary>A firm, written obligation (IATI 2 Outgoing Commitment, 11 Incoming Commitment).</summary>
    Commitment = 1,

    /// <summary>Funds placed at the recipient's disposal (IATI 3 Disbursement), or received (IATI 1 Incoming Funds, the
    /// same stage seen from the recipient).</summary>
    Disbursement = 2,

    /// <summary>Funds spent on goods and services (IATI 4 Expenditure).</summary>
    Expenditure = 3,

    /// <summary>Money planned for a period of the activity (an IATI <c>budget</c>, at most a year long), not a
    /// transaction: it has no IATI transaction type.</summary>
    Budget = 4,

    /// <summary>Interest paid on a loan or line of credit, fees included (IATI 5 Interest Payment).</summary>
    InterestPayment = 5,

    /// <summary>Principal of a loan repaid, arrears included (IATI 6 Loan Repayment).</summary>
    LoanRepayment = 6,

    /// <summary>A disbursement that covers what the recipient has already spent (IATI 7 Reimbursement).</summary>
    Reimbursement = 7,

    /// <summary>Funds used to buy equity in a business (IATI 8 Purchase of Equity).</summary>
    PurchaseOfEquity = 8,

    /// <summary>Funds from the sale of equity (IATI 9 Sale of Equity).</summary>
    SaleOfEquity = 9,

    /// <summary>A commitment to underwrite a loan or line of credit a third party enters into (IATI 10 Credit
    /// Guarantee).</summary>
    CreditGuarantee = 10,
}
