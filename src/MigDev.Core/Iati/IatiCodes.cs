using System.Diagnostics.CodeAnalysis;
using System.Collections.Frozen;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using Role = MigDev.Core.OrganisationRole;

namespace MigDev.Core.Iati;

/// <summary>The IATI codes of the model's values: a <see cref="FundingStage"/> as an IATI TransactionType, an
/// <see cref="Role"/> as an IATI OrganisationRole (the codelists are in data/iati/codelists).</summary>
/// <remarks>The model knows no IATI code: the reader, the importer and the exporter map through this class. Each pair
/// of methods maps one way and back: <see cref="TransactionType"/> and <see cref="FundingStageOf"/>,
/// <see cref="OrganisationRole"/> and <see cref="OrganisationRoleOf"/>.</remarks>
public static class IatiCodes
{
    // TransactionType codelist: each stage's code for funds the reporter gives (outgoing) and receives (incoming).
    private static readonly FrozenDictionary<FundingStage, (int Outgoing, int Incoming)> TransactionTypes = new Dictionary<FundingStage, (int, int)>
    {
        [FundingStage.Pledge] = (12, 13),
        [FundingStage.Commitment] = (2, 11),
        [FundingStage.Disbursement] = (3, 3),
        [FundingStage.Expenditure] = (4, 4),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<int, FundingStage> StagesByTransactionType = TransactionTypes
        .SelectMany(t => new[] { (Code: t.Value.Outgoing, Stage: t.Key), (Code: t.Value.Incoming, Stage: t.Key) })
        .DistinctBy(t => t.Code)
        .ToFrozenDictionary(t => t.Code, t => t.Stage);

    // IATI 1.0x TransactionType letter codes and their 2.0x numbers (IATI-Standard-SSOT docs-extra/activity/transaction-type.rst,
    // revision 1.02: "C - Commitment, D - Disbursement, E - Expenditure, IF - Incoming funds, IR - Interest Repayment,
    // LR - Loan Repayment, and R - Reimbursement"; the 2.0x numbers are data/iati/codelists/TransactionType.xml).
    private static readonly FrozenDictionary<string, int> Version1TransactionTypes = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["IF"] = 1,
        ["C"] = 2,
        ["D"] = 3,
        ["E"] = 4,
        ["IR"] = 5,
        ["LR"] = 6,
        ["R"] = 7,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Maps an IATI 1.0x TransactionType letter code, which real 2.0x files still carry, to its 2.0x number.</summary>
    /// <param name="code">The 1.0x code: <c>IF</c> Incoming Funds (1), <c>C</c> Commitment (2), <c>D</c> Disbursement (3),
    /// <c>E</c> Expenditure (4), <c>IR</c> Interest Repayment (5), <c>LR</c> Loan Repayment (6), <c>R</c> Reimbursement
    /// (7); upper case, as the codelist writes them.</param>
    /// <param name="transactionType">The 2.0x TransactionType code, or 0 when <paramref name="code"/> is not a 1.0x code.</param>
    /// <returns>Whether <paramref name="code"/> is a 1.0x TransactionType code; <see langword="false"/> for
    /// <see langword="null"/> (a Try-method never throws).</returns>
    public static bool TryGetTransactionTypeOfVersion1([NotNullWhen(true)] string? code, out int transactionType)
    {
        transactionType = 0;
        return code is not null && Version1TransactionTypes.TryGetValue(code, out transactionType);
    }

    /// <summary>Returns the IATI TransactionType code of a stage, seen from the reporting organisation.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="incoming"><see langword="true"/> for funds the reporter receives (pledge 13, commitment 11);
    /// disbursements (3) and expenditure (4) have one code.</param>
    /// <returns>The transaction type code: 12 or 13 for a pledge, 2 or 11 for a commitment, 3 for a disbursement, 4 for
    /// expenditure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is <see cref="FundingStage.Budget"/> or not a
    /// defined value.</exception>
    public static int TransactionType(FundingStage stage, bool incoming = false)
    {
        Guard.Against.UndefinedEnum(stage);
        Guard.Against.InvalidNumber(!TransactionTypes.TryGetValue(stage, out var codes), stage, $"a budget is not an IATI transaction: IATI writes it as a budget element.", nameof(stage));
        return incoming ? codes.Incoming : codes.Outgoing;
    }

    /// <summary>Returns the stage of an IATI TransactionType code: 12 and 13, 2 and 11, 3, 4.</summary>
    /// <param name="transactionType">The code.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is another transaction type (incoming funds, interest,
    /// loan repayment...), which is not a stage of a funding commitment.</exception>
    public static FundingStage FundingStageOf(int transactionType)
    {
        Guard.Against.InvalidNumber(!StagesByTransactionType.TryGetValue(transactionType, out var stage), transactionType,
            $"IATI transaction type {transactionType} is not a pledge (12, 13), commitment (2, 11), disbursement (3) or expenditure (4).", nameof(transactionType));
        return stage;
    }

    /// <summary>Returns the IATI OrganisationRole code of a role, or <see langword="null"/> where none fits.</summary>
    /// <param name="role">The role.</param>
    /// <returns>1 Funding, 2 Accountable, 3 Extending, 4 Implementing (a <see cref="Role.Partner"/> is 4, a
    /// <see cref="Role.Coordinator"/> 2), or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    public static int? OrganisationRole(Role role)
    {
        Guard.Against.UndefinedEnum(role);
        return role switch
        {
            Role.Funding or Role.Accountable or Role.Extending or Role.Implementing => (int)role,
            Role.Partner => (int)Role.Implementing,
            Role.Coordinator => (int)Role.Accountable,
            _ => null,
        };
    }

    /// <summary>Returns the role of an IATI OrganisationRole code.</summary>
    /// <param name="code">1, 2, 3 or 4.</param>
    /// <returns>The role: <see cref="Role.Funding"/>, <see cref="Role.Accountable"/>, <see cref="Role.Extending"/> or
    /// <see cref="Role.Implementing"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not an IATI organisation role code.</exception>
    public static Role OrganisationRoleOf(int code)
    {
        Guard.Against.InvalidNumber(code is < 1 or > 4, code, $"IATI organisation role codes are 1 to 4, was {code}.", nameof(code));
        return (Role)code;
    }
}
