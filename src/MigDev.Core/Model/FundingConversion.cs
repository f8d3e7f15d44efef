using System.Collections.Immutable;

namespace MigDev.Core;

/// <summary>The commitments of one stage converted into one currency at their own value dates
/// (<see cref="FundingAnalytics.ConvertAll"/>): each line with its rate, and each commitment that could not be converted
/// with the reason, so that nothing is dropped without a word.</summary>
/// <remarks>Immutable.</remarks>
public sealed class FundingConversion
{
    internal FundingConversion(CurrencyCode target, ImmutableArray<(FundingCommitment Commitment, CurrencyConversion Conversion)> lines, ImmutableArray<UnconvertedCommitment> unconverted)
    {
        Target = target;
        Lines = lines;
        Unconverted = unconverted;
        Total = lines.Aggregate(new Money(0m, target), (sum, line) => sum + line.Conversion.Converted);
    }

    /// <summary>Gets the currency converted into.</summary>
    public CurrencyCode Target { get; }

    /// <summary>Gets each commitment converted, with its conversion (rate, legs, date, source, policy), in the model's
    /// order; each amount rounded to the target's minor unit.</summary>
    public ImmutableArray<(FundingCommitment Commitment, CurrencyConversion Conversion)> Lines { get; }

    /// <summary>Gets each commitment that could not be converted, and why, in the model's order.</summary>
    public ImmutableArray<UnconvertedCommitment> Unconverted { get; }

    /// <summary>Gets the sum of <see cref="Lines"/>: what converted, without <see cref="Unconverted"/> (check it is empty
    /// before publishing the total as the whole).</summary>
    public Money Total { get; }

    /// <summary>Gets a value indicating whether every commitment converted.</summary>
    public bool IsComplete => Unconverted.IsEmpty;

    /// <summary>Returns the total and what it leaves out, such as <c>USD 1234.56 (3 lines; 2 not converted)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Total} ({Lines.Length} lines{(IsComplete ? "" : $"; {Unconverted.Length} not converted")})";
}
