using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

public readonly partial struct Money
{
    /// <summary>The most shares an allocation makes: 1,000,000 (each share is a <see cref="Money"/>; a split into more
    /// is refused with an <see cref="ArgumentOutOfRangeException"/> rather than exhausting memory).</summary>
    public const int MaxAllocationShares = 1_000_000;

    /// <summary>
    /// Splits this amount between shares in proportion to decimal weights, in whole minor units of the currency, so
    /// that the shares add up exactly to this amount. See <see cref="Allocation"/> for the method.
    /// </summary>
    /// <param name="weights">The weights: any non-negative numbers with a positive sum (60 and 40, or 0.6 and 0.4,
    /// give the same split); zeros are allowed and get a zero share.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative (the message names its index and value), or there
    /// are more than <see cref="MaxAllocationShares"/>.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>; the currency has no (known) minor
    /// unit; or this amount is not a whole number of minor units (round it first).</exception>
    /// <exception cref="OverflowException">The amount has too many digits for its shares to be exact decimals.</exception>
    /// <example>
    /// <code>
    /// var split = new Money(1.00m, CurrencyCode.USD).Allocate([1m, 1m, 1m]);
    /// // split.Shares: USD 0.34, USD 0.33, USD 0.33; split.RemainderRecipients: [0]
    /// </code>
    /// </example>
    public Allocation Allocate(ReadOnlySpan<decimal> weights)
    {
        var currency = Currency;
        return currency.MinorUnit is int decimals
            ? Allocator.Allocate(this, weights, decimals)
            : ThrowHelper.ThrowNoMinorUnit<Allocation>(currency);
    }

    /// <summary>Splits this amount between shares in proportion to weights, in units of
    /// <paramref name="decimalPlaces"/> decimal places (for a currency without a minor unit, or for finer splits).</summary>
    /// <param name="weights">The non-negative weights, with a positive sum.</param>
    /// <param name="decimalPlaces">The decimal places of the unit to distribute, 0 to 28.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, there are more than
    /// <see cref="MaxAllocationShares"/>, or <paramref name="decimalPlaces"/> is outside 0..28.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>, or this amount is not a whole number
    /// of units of <paramref name="decimalPlaces"/> decimal places.</exception>
    /// <exception cref="OverflowException">The amount has too many digits for its shares to be exact decimals.</exception>
    public Allocation Allocate(ReadOnlySpan<decimal> weights, int decimalPlaces) =>
        Allocator.Allocate(this, weights, decimalPlaces);

    /// <summary>Splits this amount into <paramref name="count"/> shares as equal as whole minor units allow; the
    /// first shares receive the leftover units.</summary>
    /// <param name="count">The number of shares, 1 to <see cref="MaxAllocationShares"/>.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1 or more than
    /// <see cref="MaxAllocationShares"/>; the message states the limit.</exception>
    /// <exception cref="InvalidOperationException">As for <see cref="Allocate(ReadOnlySpan{decimal})"/>.</exception>
    public Allocation Allocate(int count)
    {
        Guard.Against.OutOfRange(count, 1, MaxAllocationShares);
        var weights = new decimal[count];
        Array.Fill(weights, 1m);
        return Allocate(weights);
    }
}
