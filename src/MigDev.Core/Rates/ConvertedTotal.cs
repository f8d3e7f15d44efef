using System.Collections.Immutable;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace MigDev.Core;

/// <summary>
/// A multi-currency total in one reporting currency at a date: a line per currency with its rate, each line rounded
/// to the reporting currency's minor unit, the total rounded once from the exact sum, and the rounding residual
/// between the two stated.
/// </summary>
/// <remarks>
/// <para><see cref="Total"/> is the exact sum of the unrounded lines, rounded once. <see cref="SumOfLines"/> is the
/// sum of the rounded lines. They can differ by a few minor units; <see cref="RoundingResidual"/> is
/// <c>Total − SumOfLines</c>, stated rather than spread over the lines.</para>
/// <para>Immutable; reference equality. Safe to share across threads.</para>
/// </remarks>
public sealed class ConvertedTotal
{
    internal ConvertedTotal(CurrencyCode target, LocalDate date, RatePolicy policy, MidpointRounding rounding, CurrencyConversion[] lines)
    {
        Currency = target;
        Date = date;
        Policy = policy;
        Rounding = rounding;
        Lines = ImmutableArray.Create(lines);
        var exact = Money.Zero(target);
        var rounded = Money.Zero(target);
        foreach (var line in lines)
        {
            exact = MoneyRange.TryAdd(exact, line.Unrounded, out var sum) ? sum : throw MoneyRange.SumBeyond($"The total of the lines in {target}, adding the {line.Original.Currency} line", exact, line.Unrounded);
            rounded = MoneyRange.TryAdd(rounded, line.Converted, out sum) ? sum : throw MoneyRange.SumBeyond($"The sum of the rounded lines in {target}, adding the {line.Original.Currency} line", rounded, line.Converted);
        }
        UnroundedTotal = exact;
        Total = exact.Round(rounding);
        SumOfLines = rounded;
    }

    /// <summary>Gets the reporting currency.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Gets the date of the rates asked for.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the policy the rates were chosen by.</summary>
    public RatePolicy Policy { get; }

    /// <summary>Gets the midpoint rule of every rounding.</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>Gets one conversion per currency of the bag, in ordinal order of currency, each rounded.</summary>
    public ImmutableArray<CurrencyConversion> Lines { get; }

    /// <summary>Gets the exact sum of the unrounded lines.</summary>
    public Money UnroundedTotal { get; }

    /// <summary>Gets the total: <see cref="UnroundedTotal"/> rounded to the reporting currency's minor unit.</summary>
    public Money Total { get; }

    /// <summary>Gets the sum of the rounded lines.</summary>
    public Money SumOfLines { get; }

    /// <summary>Gets <c>Total − SumOfLines</c>: what rounding each line on its own lost or gained against the total.</summary>
    public Money RoundingResidual => Total - SumOfLines;

    /// <summary>Returns the lines, the total and the residual, one per line of text.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var line in Lines)
        {
            sb.AppendLine(line.ToString());
        }
        sb.Append("Total ").Append(Total.ToString()).Append(" on ").Append(LocalDatePattern.Iso.Format(Date))
          .Append(" (sum of lines ").Append(SumOfLines.ToString()).Append(", rounding residual ").Append(RoundingResidual.ToString()).Append(')');
        return sb.ToString();
    }
}
