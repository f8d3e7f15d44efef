namespace MigDev.Core;

/// <summary>A commitment <see cref="FundingAnalytics.ConvertAll"/> could not convert, and why.</summary>
/// <remarks>Immutable.</remarks>
public sealed class UnconvertedCommitment
{
    internal UnconvertedCommitment(int index, FundingCommitment commitment, UnconvertedReason reason, string message)
    {
        Index = index;
        Commitment = commitment;
        Reason = reason;
        Message = message;
    }

    /// <summary>Gets the index of <see cref="Commitment"/> in the model's <see cref="MigDevModel.Commitments"/>.</summary>
    public int Index { get; }

    /// <summary>Gets the commitment.</summary>
    public FundingCommitment Commitment { get; }

    /// <summary>Gets why it was not converted.</summary>
    public UnconvertedReason Reason { get; }

    /// <summary>Gets the reason in a sentence: the missing date, or the converter's own message (the pair, the day, the
    /// source and what it has nearest).</summary>
    public string Message { get; }

    /// <summary>Returns the commitment and the reason, such as <c>commitments[7] Commitment USD 100 from mdg-f: no value
    /// date</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"commitments[{Index}] {Commitment}: {Message}";
}
