using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>
/// An exchange rate with its provenance: one unit of <see cref="BaseCurrency"/> is worth <see cref="Rate"/> units of
/// <see cref="QuoteCurrency"/> on <see cref="Date"/>, according to <see cref="Source"/>, obtained as
/// <see cref="Derivation"/> says.
/// </summary>
/// <remarks>
/// <para>The ECB publishes <c>EUR→USD 1.4688</c> (2008-01-02): base EUR, quote USD. Its inverse and cross rates are
/// derived explicitly with <see cref="Invert"/> and <see cref="Cross"/>, and say so.</para>
/// <para>Equality compares every part: currencies, rate (numerically), date, source and derivation.</para>
/// <para><c>default(ExchangeRate)</c> is not a rate: its members throw <see cref="InvalidOperationException"/> (except
/// <see cref="IsDefault"/>, equality and <see cref="ToString"/>).</para>
/// <para>An immutable value type; safe to share across threads.</para>
/// </remarks>
public readonly struct ExchangeRate : IEquatable<ExchangeRate>
{
    private readonly decimal _rate;
    private readonly ExchangeRateSource? _source;
    private readonly LocalDate _date;
    private readonly CurrencyCode _base;
    private readonly CurrencyCode _quote;
    private readonly RateDerivation _derivation;

    // From 2·10^28 up, 1 / rate is at most half of decimal's last place (10^-28) and rounds to zero: no inverse.
    private const decimal NoInverseFrom = 20_000_000_000_000_000_000_000_000_000m;

    // True for an inverse: _rate then holds the rate it was inverted from, and the rate is applied by dividing by it,
    // so that converting through a published rate and back is exact (1/655.957 has no exact decimal).
    private readonly bool _inverted;

    /// <summary>Initializes a published (or user-supplied) rate.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency the price is in; must differ from <paramref name="baseCurrency"/>.</param>
    /// <param name="rate">Units of <paramref name="quoteCurrency"/> per unit of <paramref name="baseCurrency"/>; positive.</param>
    /// <param name="date">The date the rate applies to.</param>
    /// <param name="source">Who published or set the rate.</param>
    /// <exception cref="ArgumentException">A currency is <c>default</c>, or the two currencies are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public ExchangeRate(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, decimal rate, LocalDate date, ExchangeRateSource source)
    {
        Guard.Against.DefaultValue(baseCurrency);
        Guard.Against.DefaultValue(quoteCurrency);
        Guard.Against.Invalid(baseCurrency == quoteCurrency, $"An exchange rate is between two currencies; both were {baseCurrency}.", nameof(quoteCurrency));
        Guard.Against.InvalidNumber(rate <= 0m, rate, $"An exchange rate must be positive, was {rate}.", nameof(rate));
        ArgumentNullException.ThrowIfNull(source);
        this = new ExchangeRate(baseCurrency, quoteCurrency, rate, date, source, RateDerivation.Published);
    }

    internal ExchangeRate(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, decimal rate, LocalDate date, ExchangeRateSource source, RateDerivation derivation)
        : this(baseCurrency, quoteCurrency, rate, date, source, derivation, inverted: false)
    {
    }

    private ExchangeRate(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, decimal rate, LocalDate date, ExchangeRateSource source, RateDerivation derivation, bool inverted)
    {
        _base = baseCurrency;
        _quote = quoteCurrency;
        _rate = rate;
        _date = date;
        _source = source;
        _derivation = derivation;
        _inverted = inverted;
    }

    /// <summary>Gets the currency of which one unit is priced (EUR in the ECB's rates).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ExchangeRate)</c>.</exception>
    public CurrencyCode BaseCurrency
    {
        get
        {
            ThrowIfDefault();
            return _base;
        }
    }

    /// <summary>Gets the currency the price is in.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ExchangeRate)</c>.</exception>
    public CurrencyCode QuoteCurrency
    {
        get
        {
            ThrowIfDefault();
            return _quote;
        }
    }

    /// <summary>Gets the number of units of <see cref="QuoteCurrency"/> per unit of <see cref="BaseCurrency"/>: for an
    /// inverse, <c>1 / r</c> of the rate <c>r</c> it was inverted from, to <see cref="decimal"/>'s 28 digits (a
    /// conversion divides by <c>r</c> instead: see <see cref="Convert"/>).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ExchangeRate)</c>.</exception>
    public decimal Rate
    {
        get
        {
            ThrowIfDefault();
            return _inverted ? 1m / _rate : _rate;
        }
    }

    /// <summary>Gets the date the rate applies to: for a published rate, its publication date (which can be earlier
    /// than the date asked for, when a policy looked back).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ExchangeRate)</c>.</exception>
    public LocalDate Date
    {
        get
        {
            ThrowIfDefault();
            return _date;
        }
    }

    /// <summary>Gets who published the rate, or the rates it was derived from.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ExchangeRate)</c>.</exception>
    public ExchangeRateSource Source
    {
        get
        {
            ThrowIfDefault();
            return _source!;
        }
    }

    /// <summary>Gets how the rate was obtained: published, inverse, cross or identity.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ExchangeRate)</c>.</exception>
    public RateDerivation Derivation
    {
        get
        {
            ThrowIfDefault();
            return _derivation;
        }
    }

    /// <summary>Gets a value indicating whether this is <c>default(ExchangeRate)</c>, which is not a rate.</summary>
    public bool IsDefault => _source is null;

    /// <summary>Compares two rates for equality of every part.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public static bool operator ==(ExchangeRate left, ExchangeRate right) => left.Equals(right);

    /// <summary>Compares two rates for inequality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> if any part differs.</returns>
    public static bool operator !=(ExchangeRate left, ExchangeRate right) => !left.Equals(right);

    /// <summary>Returns the rate of the other direction, <c>1 / Rate</c>, marked <see cref="RateDerivation.Inverse"/>.</summary>
    /// <returns>The inverse rate, with the same date and source.</returns>
    /// <remarks>The inverse keeps the rate it was inverted from, and <see cref="Convert"/> divides by it: EUR 1000 →
    /// XOF 655957 (× 655.957) → EUR 1000 (÷ 655.957) exactly, where multiplying by <c>1 / 655.957</c> would give
    /// EUR 1000.0000000000000000000000172. The inverse of an inverse is the rate it was inverted from again, exactly,
    /// marked <see cref="RateDerivation.Published"/>. A rate of 2·10^28 or more has no inverse: <c>1 / rate</c> is at
    /// most half of <see cref="decimal"/>'s last place (10^-28) and rounds to zero, which is no rate.</remarks>
    /// <exception cref="InvalidOperationException">This is <c>default(ExchangeRate)</c>.</exception>
    /// <exception cref="OverflowException">The rate is 2·10^28 or more; the message names it.</exception>
    public ExchangeRate Invert()
    {
        ThrowIfDefault();
        if (_inverted)
        {
            return new ExchangeRate(_quote, _base, _rate, _date, _source!, RateDerivation.Published, inverted: false);
        }
        if (_rate >= NoInverseFrom)
        {
            ThrowNoInverse();
        }
        return new ExchangeRate(_quote, _base, _rate, _date, _source!, RateDerivation.Inverse, inverted: true);
    }

    /// <summary>Returns the rate from <paramref name="first"/>'s base to <paramref name="second"/>'s quote through
    /// their shared currency: <c>first.Rate × second.Rate</c>, marked <see cref="RateDerivation.Cross"/>.</summary>
    /// <param name="first">The first leg, such as USD→EUR.</param>
    /// <param name="second">The second leg, such as EUR→GBP; its base must be <paramref name="first"/>'s quote.</param>
    /// <returns>The cross rate, such as USD→GBP, dated as both legs and sourced from the first leg.</returns>
    /// <exception cref="ArgumentException">The legs do not meet in one currency, are on different dates, or would
    /// give a currency against itself.</exception>
    /// <exception cref="InvalidOperationException">A leg is <c>default(ExchangeRate)</c>.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>, or so small that
    /// it rounds to zero at 28 decimal places; the message names both legs.</exception>
    public static ExchangeRate Cross(ExchangeRate first, ExchangeRate second)
    {
        first.ThrowIfDefault();
        second.ThrowIfDefault();
        Guard.Against.Invalid(first._quote != second._base, $"The legs {first._base}→{first._quote} and {second._base}→{second._quote} do not meet in one currency.", nameof(second));
        Guard.Against.Invalid(first._date != second._date, $"The legs of a cross rate must be of one date; they were {first._date:uuuu-MM-dd} and {second._date:uuuu-MM-dd}.", nameof(second));
        Guard.Against.Invalid(first._base == second._quote, $"The legs {first._base}→{first._quote}→{second._quote} lead back to {first._base}.", nameof(second));
        return CrossOfLegs(first, second);
    }

    // The cross of two legs that meet, of one date or not (legs from two providers, or a rate supplied for a period):
    // dated as the older leg, so that a conversion's DaysBack says how old its oldest rate is; sourced from the first.
    // A product beyond decimal's range, or rounding to zero, is an OverflowException naming both legs.
    internal static ExchangeRate CrossOfLegs(ExchangeRate first, ExchangeRate second)
    {
        var (a, b) = (first.Rate, second.Rate);
        var inRange = DecimalRange.TryMultiply(a, b, out var product);
        if (!inRange || product == 0m)
        {
            var why = inRange ? "rounds to zero at decimal's 28 decimal places, which is no rate: it is beyond the range of decimal" : $"is {DecimalRange.Beyond}";
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The cross rate of {first} and {second}, {a} × {b}, {why}."));
        }
        return new(first._base, second._quote, product, first._date < second._date ? first._date : second._date, first._source!, RateDerivation.Cross);
    }

    // Whether this is the identity rate of a currency converted to itself (false for default).
    internal bool IsIdentity => _derivation == RateDerivation.Identity && _source is not null;

    // No rate: the second leg of a conversion that has one leg or none, passed by reference.
    internal static readonly ExchangeRate NoLeg;

    // The base currency, without the check for default (default gives default).
    internal CurrencyCode BaseCurrencyOrDefault => _base;

    // The quote currency, without the check for default (default gives default).
    internal CurrencyCode QuoteCurrencyOrDefault => _quote;

    // Whether the cross of two legs is surely within decimal's range and not zero, without dividing it out: each rate
    // (or the rate an inverse was inverted from) between 10^-10 and 10^10 makes a cross between 10^-20 and 10^20.
    internal static bool CrossIsInRange(ExchangeRate first, ExchangeRate second) =>
        first._rate is >= CrossSafeLow and <= CrossSafeHigh && second._rate is >= CrossSafeLow and <= CrossSafeHigh;

    private const decimal CrossSafeLow = 0.0000000001m;
    private const decimal CrossSafeHigh = 10_000_000_000m;

    // Applies the rate to an amount of its base currency: multiplies by a published rate, divides by the rate an
    // inverse was inverted from; false when the result is beyond decimal's range.
    internal bool TryApply(decimal amount, out decimal result) =>
        _inverted ? DecimalRange.TryDivide(amount, _rate, out result) : DecimalRange.TryMultiply(amount, _rate, out result);

    /// <summary>Converts an amount in <see cref="BaseCurrency"/> into <see cref="QuoteCurrency"/>, without rounding.</summary>
    /// <param name="amount">The amount, in the base currency.</param>
    /// <returns><c>amount × Rate</c> in the quote currency; for an inverse, <c>amount ÷ r</c> of the rate <c>r</c>
    /// it was inverted from (no rounded inverse is multiplied, as the euro regulations require).</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="amount"/> is not in the base currency.</exception>
    /// <exception cref="InvalidOperationException">This or <paramref name="amount"/> is <c>default</c>.</exception>
    /// <exception cref="OverflowException">The result is beyond the range of <see cref="decimal"/>; the message names
    /// the amount and the rate.</exception>
    public Money Convert(Money amount)
    {
        ThrowIfDefault();
        if (amount.Currency != _base)
        {
            throw new CurrencyMismatchException(_base, amount.Currency);
        }
        return TryApply(amount.Amount, out var result)
            ? new Money(result, _quote)
            : throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"{amount} converted at {this} is {DecimalRange.Beyond}."));
    }

    /// <summary>Returns whether every part equals <paramref name="other"/>'s.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals(ExchangeRate other) =>
        _base == other._base && _quote == other._quote && _rate == other._rate && _inverted == other._inverted
        && _date == other._date && _derivation == other._derivation && _source == other._source;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExchangeRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_base, _quote, _rate, _inverted, _date, _derivation, _source);

    /// <summary>Returns a description such as <c>EUR→USD 1.4688 on 2008-01-02 (ECB euro reference rates)</c>, with
    /// the derivation when it is not a published rate.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        if (IsDefault)
        {
            return "(default ExchangeRate)";
        }
        var derivation = _derivation == RateDerivation.Published ? "" : $", {_derivation.ToString().ToLowerInvariant()}";
        return string.Create(CultureInfo.InvariantCulture, $"{_base}→{_quote} {Rate} on {LocalDatePattern.Iso.Format(_date)} ({_source!.Name}{derivation})");
    }

    private void ThrowIfDefault()
    {
        if (_source is null)
        {
            ThrowDefault();
        }
    }

    [DoesNotReturn]
    private void ThrowNoInverse() =>
        throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"{this} has no inverse: 1/{_rate} rounds to zero at decimal's 28 decimal places (so does 1/rate of any rate of 2·10^28 or more), which is no rate: beyond the range of decimal."));

    [DoesNotReturn]
    private static void ThrowDefault() =>
        throw new InvalidOperationException("default(ExchangeRate) is not a rate: obtain one from a provider or its constructor.");
}
