using System.Diagnostics.CodeAnalysis;
using System.Collections.Frozen;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using Role = MigDev.Core.OrganisationRole;

namespace MigDev.Core.Iati;

/// <summary>The IATI codes of the model's values: a <see cref="FundingStage"/> and <see cref="FlowDirection"/> as an IATI
/// TransactionType, an
/// <see cref="Role"/> as an IATI OrganisationRole (the codelists are in data/iati/codelists).</summary>
/// <remarks>The model knows no IATI code: the reader, the importer and the exporter map through this class. Each pair
/// of methods maps one way and back: <see cref="TransactionType"/> and <see cref="FundingStageOf"/> with <see cref="DirectionOf"/>,
/// <see cref="OrganisationRole"/> and <see cref="OrganisationRoleOf"/>.</remarks>
public static class IatiCodes
{
    // The TransactionType codelist (data/iati/codelists/TransactionType.xml): each of its 13 codes as a stage and the
    // direction the codelist's description gives it from the reporter's side. 5 and 6 are reflows the lender reports
    // (docs/iati.md, "Directions").
    private static readonly FrozenDictionary<int, (FundingStage Stage, FlowDirection Direction)> Flows = new Dictionary<int, (FundingStage, FlowDirection)>
    {
        [1] = (FundingStage.Disbursement, FlowDirection.Incoming),
        [2] = (FundingStage.Commitment, FlowDirection.Outgoing),
        [3] = (FundingStage.Disbursement, FlowDirection.Outgoing),
        [4] = (FundingStage.Expenditure, FlowDirection.Outgoing),
        [5] = (FundingStage.InterestPayment, FlowDirection.Incoming),
        [6] = (FundingStage.LoanRepayment, FlowDirection.Incoming),
        [7] = (FundingStage.Reimbursement, FlowDirection.Outgoing),
        [8] = (FundingStage.PurchaseOfEquity, FlowDirection.Outgoing),
        [9] = (FundingStage.SaleOfEquity, FlowDirection.Incoming),
        [10] = (FundingStage.CreditGuarantee, FlowDirection.Outgoing),
        [11] = (FundingStage.Commitment, FlowDirection.Incoming),
        [12] = (FundingStage.Pledge, FlowDirection.Outgoing),
        [13] = (FundingStage.Pledge, FlowDirection.Incoming),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<(FundingStage, FlowDirection), int> TransactionTypes =
        Flows.ToFrozenDictionary(f => f.Value, f => f.Key);

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
    /// (7); in any case, as every code the library reads (docs/design-decisions.md), with no white space around it.</param>
    /// <param name="transactionType">The 2.0x TransactionType code, or 0 when <paramref name="code"/> is not a 1.0x code.</param>
    /// <returns>Whether <paramref name="code"/> is a 1.0x TransactionType code; <see langword="false"/> for
    /// <see langword="null"/> (a Try-method never throws).</returns>
    public static bool TryGetTransactionTypeOfVersion1([NotNullWhen(true)] string? code, out int transactionType)
    {
        transactionType = 0;
        return code is not null && Version1TransactionTypes.TryGetValue(AsciiCase.Upper(code), out transactionType);
    }

    // As written, in upper case: the reader of IATI files reads codes as the file writes them (docs/design-decisions.md).
    internal static bool TryGetTransactionTypeOfVersion1AsWritten(string code, out int transactionType) =>
        Version1TransactionTypes.TryGetValue(code, out transactionType);

    /// <summary>Returns the IATI TransactionType code of a stage, seen from the reporting organisation.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="direction">Whether the reporter receives the money or gives it. Pledges, commitments and
    /// disbursements have a code each way (13 and 12, 11 and 2, 1 and 3); the other stages have one code, whose direction
    /// the codelist fixes (4 Expenditure is outgoing, 5 Interest Payment incoming...), and
    /// <see cref="FlowDirection.Unstated"/> stands for it.</param>
    /// <returns>The transaction type code, 1 to 13.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> or <paramref name="direction"/> is not a
    /// defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is <see cref="FundingStage.Budget"/> (IATI writes it
    /// as a <c>budget</c> element), the direction is <see cref="FlowDirection.Unstated"/> for a stage with a code each
    /// way, or the codelist has no code for the stage in that direction (incoming expenditure).</exception>
    public static int TransactionType(FundingStage stage, FlowDirection direction)
    {
        Guard.Against.UndefinedEnum(stage);
        Guard.Against.UndefinedEnum(direction);
        Guard.Against.Invalid(stage == FundingStage.Budget, "A budget is not an IATI transaction: IATI writes it as a budget element.", nameof(stage));
        if (TransactionTypes.TryGetValue((stage, direction), out var code))
        {
            return code;
        }
        var codes = TransactionTypes.Where(t => t.Key.Item1 == stage).ToList();
        Guard.Against.Invalid(codes.Count != 1 || direction != FlowDirection.Unstated,
            direction == FlowDirection.Unstated
                ? $"IATI has a code for each direction of {stage} ({string.Join(", ", codes.Select(c => $"{c.Value} {c.Key.Item2}"))}): say which."
                : $"IATI has no transaction type for {stage} {direction}: its code {codes[0].Value} is {codes[0].Key.Item2}.", nameof(direction));
        return codes[0].Value;
    }

    // The code of a stage from a side: the code of that direction, or the stage's only code when the codelist fixes its
    // direction (an expenditure is outgoing whoever funds it).
    internal static int TransactionTypeFromSide(FundingStage stage, FlowDirection direction) =>
        TransactionTypes.TryGetValue((stage, direction), out var code) ? code : TransactionType(stage, FlowDirection.Unstated);

    /// <summary>Returns the stage of an IATI TransactionType code: 12 and 13 a pledge, 2 and 11 a commitment, 1 and 3 a
    /// disbursement, 4 expenditure, 5 to 10 the stage of the same name.</summary>
    /// <param name="transactionType">The code, 1 to 13.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is not in the TransactionType codelist.</exception>
    public static FundingStage FundingStageOf(int transactionType) => Flow(transactionType).Stage;

    /// <summary>Returns the direction of an IATI TransactionType code, seen from the reporting organisation: incoming for
    /// 1, 5, 6, 9, 11 and 13; outgoing for the others.</summary>
    /// <param name="transactionType">The code, 1 to 13.</param>
    /// <returns><see cref="FlowDirection.Incoming"/> or <see cref="FlowDirection.Outgoing"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is not in the TransactionType codelist.</exception>
    public static FlowDirection DirectionOf(int transactionType) => Flow(transactionType).Direction;

    internal static bool TryGetFlow(int transactionType, out FundingStage stage, out FlowDirection direction)
    {
        var found = Flows.TryGetValue(transactionType, out var flow);
        (stage, direction) = flow;
        return found;
    }

    private static (FundingStage Stage, FlowDirection Direction) Flow(int transactionType)
    {
        Guard.Against.InvalidNumber(!Flows.TryGetValue(transactionType, out var flow), transactionType,
            $"{transactionType} is not an IATI transaction type (1 to 13).", nameof(transactionType));
        return flow;
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
