using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

public readonly partial struct Money
{
    /// <summary>The midpoint rule of <see cref="Round()"/>: to even ("banker's rounding"), so that rounding many
    /// amounts adds no upward bias. See docs/design-decisions.md.</summary>
    public const MidpointRounding DefaultMidpointRounding = MidpointRounding.ToEven;

    /// <summary>Rounds to the currency's minor unit with <see cref="DefaultMidpointRounding"/> (to even):
    /// <c>USD 10.125</c> gives <c>USD 10.12</c>, <c>USD 10.135</c> gives <c>USD 10.14</c>, <c>JPY 10.5</c> gives
    /// <c>JPY 10</c>.</summary>
    /// <returns>The rounded amount, written with exactly the minor unit's number of decimals (<c>EUR 5</c> gives
    /// <c>EUR 5.00</c>).</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>, or the currency has no (known) minor
    /// unit (<c>XAU</c>, or a withdrawn code whose minor unit no source gives): use <see cref="Round(int, MidpointRounding)"/>.</exception>
    public Money Round() => Round(DefaultMidpointRounding);

    /// <summary>Rounds to the currency's minor unit with the given midpoint rule.</summary>
    /// <param name="mode">How to round a value exactly half-way between two minor units.</param>
    /// <returns>The rounded amount, written with exactly the minor unit's number of decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>, or the currency has no (known) minor unit.</exception>
    public Money Round(MidpointRounding mode)
    {
        var currency = Currency;
        return currency.MinorUnit is int decimals ? Round(decimals, mode) : ThrowHelper.ThrowNoMinorUnit<Money>(currency);
    }

    /// <summary>Rounds to a number of decimal places with the given midpoint rule.</summary>
    /// <param name="decimals">The number of decimal places, 0 to 28.</param>
    /// <param name="mode">How to round a value exactly half-way.</param>
    /// <returns>The rounded amount, written with exactly <paramref name="decimals"/> decimals where
    /// <see cref="decimal"/> has room for them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0..28, or
    /// <paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    public Money Round(int decimals, MidpointRounding mode)
    {
        Guard.Against.OutOfRange(decimals, 0, 28);
        if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity)
        {
            Guard.Against.UndefinedEnum(mode);
        }
        return new Money(Padded(decimal.Round(Amount, decimals, mode), decimals), RawCurrency, trusted: true);
    }

    // The converter's path (issue 21): an amount in a real currency, rounded to its minor unit by a defined mode, or
    // left as it is when no mode is given.
    internal static Money RoundedOrExact(decimal amount, CurrencyCode currency, MidpointRounding? mode)
    {
        if (mode is not MidpointRounding rounding)
        {
            return new Money(amount, currency, trusted: true);
        }
        if ((uint)rounding > (uint)MidpointRounding.ToPositiveInfinity)
        {
            Guard.Against.UndefinedEnum(rounding);
        }
        if (currency.MinorUnit is not int decimals)
        {
            return ThrowHelper.ThrowNoMinorUnit<Money>(currency);
        }
        return new Money(Padded(decimal.Round(amount, decimals, rounding), decimals), currency, trusted: true);
    }

    // Adding a zero of scale `decimals` pads the scale (5 -> 5.00) without changing the value; most results already
    // have it.
    private static decimal Padded(decimal rounded, int decimals) =>
        rounded.Scale == decimals ? rounded : rounded + new decimal(0, 0, 0, false, (byte)decimals);

    /// <summary>Returns whether the amount is a whole number of the currency's minor units (<c>EUR 1.50</c> is,
    /// <c>EUR 1.505</c> is not).</summary>
    /// <returns><see langword="true"/> if rounding to the minor unit would not change the value.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>, or the currency has no (known) minor unit.</exception>
    public bool IsRoundedToMinorUnit()
    {
        var currency = Currency;
        return currency.MinorUnit is int decimals
            ? decimal.Round(RawAmount, decimals) == RawAmount
            : ThrowHelper.ThrowNoMinorUnit<bool>(currency);
    }
}
