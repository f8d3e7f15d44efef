namespace MigDev.Core;

/// <summary>Mapping of <see cref="FundingStage"/> to and from the IATI TransactionType codelist.</summary>
public static class FundingStages
{
    /// <summary>Returns the IATI transaction type of a stage, seen from the reporting organisation.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="incoming"><see langword="true"/> for funds the reporter receives (pledge 13, commitment 11);
    /// disbursements (3) and expenditure (4) have one code.</param>
    /// <returns>The transaction type code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is <see cref="FundingStage.Budget"/> or not a
    /// defined value.</exception>
    public static int ToIatiTransactionType(this FundingStage stage, bool incoming = false) => stage switch
    {
        FundingStage.Pledge => incoming ? 13 : 12,
        FundingStage.Commitment => incoming ? 11 : 2,
        FundingStage.Disbursement => 3,
        FundingStage.Expenditure => 4,
        FundingStage.Budget => throw new ArgumentOutOfRangeException(nameof(stage), stage, "a budget is not an IATI transaction: IATI writes it as a budget element."),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, $"stage must be a defined FundingStage, was {(int)stage}."),
    };

    /// <summary>Returns the stage of an IATI transaction type: 12 and 13, 2 and 11, 3, 4.</summary>
    /// <param name="transactionType">The code.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is another transaction type (incoming funds, interest,
    /// loan repayment...), which is not a stage of a funding commitment.</exception>
    public static FundingStage FromIatiTransactionType(int transactionType) => transactionType switch
    {
        12 or 13 => FundingStage.Pledge,
        2 or 11 => FundingStage.Commitment,
        3 => FundingStage.Disbursement,
        4 => FundingStage.Expenditure,
        _ => throw new ArgumentOutOfRangeException(nameof(transactionType), transactionType, $"IATI transaction type {transactionType} is not a pledge (12, 13), commitment (2, 11), disbursement (3) or expenditure (4)."),
    };
}
