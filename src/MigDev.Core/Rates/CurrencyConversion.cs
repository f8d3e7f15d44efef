using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace MigDev.Core;

/// <summary>
/// The result of converting an amount at a date under a policy: the original amount, the converted amount, every
/// rate used with its date and source, the policy that applied, and the rounding done.
/// </summary>
/// <remarks>
/// <para><see cref="Rate"/> is the effective rate from the original currency to the target. It was obtained as
/// <see cref="ExchangeRate.Derivation"/> says, from one published rate (<see cref="LegCount"/> 1: direct, or its
/// inverse) or two (<see cref="LegCount"/> 2: a cross through the provider's pivot, EUR for the ECB; USD→GBP is
/// USD→EUR then EUR→GBP). <see cref="FirstLeg"/> and <see cref="SecondLeg"/> are those legs, oriented in the
/// direction of the conversion (a leg derived by inversion says so).</para>
/// <para><see cref="Unrounded"/> applies the legs in turn, as <see cref="decimal"/> computes them: each multiplies by
/// a published rate or, for an inverted leg, divides by the rate it was inverted from (USD→GBP through the ECB is
/// <c>amount ÷ (EUR→USD) × (EUR→GBP)</c>), so a conversion through a fixed rate and back is exact.
/// <see cref="Converted"/> is the same amount, or that amount rounded to the target's minor unit when a rounding was
/// asked for (<see cref="Rounding"/>); <see cref="RoundingDifference"/> states what the rounding changed.</para>
/// <para>A conversion whose result, or any step of it, would be beyond the range of <see cref="decimal"/> is never
/// made: <see cref="CurrencyConverter.Convert(Money, CurrencyCode, LocalDate, RatePolicy)"/> throws
/// <see cref="OverflowException"/> naming the amount and the rates, and <see cref="CurrencyConverter.TryConvert"/>
/// returns <see langword="false"/>.</para>
/// <para>Equality compares every part. <c>default(CurrencyConversion)</c> is not a conversion: its members throw
/// <see cref="InvalidOperationException"/>. An immutable value type: converting allocates nothing.</para>
/// </remarks>
public readonly struct CurrencyConversion : IEquatable<CurrencyConversion>
{
    // Issue 21: the provenance costs no more than finding the rate. The policy is a reference, never copied; the
    // rounding is decided once; the effective rate is not stored: it is the first leg (a direct or inverse rate, or
    // the identity rate of a currency converted to itself, which is no leg), or for a cross the legs' cross, divided
    // out only when asked for (Rate), because the conversion applies the legs themselves.
    private readonly RatePolicy? _policy;
    private readonly ExchangeRate _firstLeg;
    private readonly ExchangeRate _secondLeg;
    private readonly Money _original;
    private readonly Money _converted;
    private readonly decimal _unrounded;
    private readonly LocalDate _requestedDate;
    private readonly sbyte _rounding;

    // No MidpointRounding: the result was not rounded.
    private const sbyte NotRounded = -1;

    // firstLeg: the rate, the first leg of a cross, or the identity rate; secondLeg: default unless a cross.
    internal CurrencyConversion(
        Money original,
        in ExchangeRate firstLeg,
        in ExchangeRate secondLeg,
        LocalDate requestedDate,
        RatePolicy policy,
        MidpointRounding? rounding)
    {
        if (!secondLeg.IsDefault && !ExchangeRate.CrossIsInRange(firstLeg, secondLeg))
        {
            CheckCross(firstLeg, secondLeg);
        }
        _original = original;
        _firstLeg = firstLeg;
        _secondLeg = secondLeg;
        _requestedDate = requestedDate;
        _policy = policy;
        var quote = secondLeg.IsDefault ? firstLeg.QuoteCurrencyOrDefault : secondLeg.QuoteCurrencyOrDefault;
        _unrounded = TryApply(original.Amount, firstLeg, secondLeg, out var result) ? result : ThrowBeyond(original, firstLeg, secondLeg);
        _converted = Money.RoundedOrExact(_unrounded, quote, rounding);
        _rounding = rounding is MidpointRounding m ? (sbyte)m : NotRounded;
    }

    /// <summary>Gets a value indicating whether this is <c>default(CurrencyConversion)</c>.</summary>
    public bool IsDefault => _policy is null;

    /// <summary>Gets the amount that was converted.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public Money Original => Check(_original);

    /// <summary>Gets the converted amount: <see cref="Unrounded"/>, rounded to the target's minor unit when
    /// <see cref="Rounding"/> is set.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public Money Converted => Check(_converted);

    /// <summary>Gets the unrounded result in the target currency: the legs applied in turn (a published rate multiplies,
    /// an inverted one divides by the rate it was inverted from), to <see cref="decimal"/>'s 28 digits.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public Money Unrounded => new(Check(_unrounded), _converted.Currency);

    /// <summary>Gets what rounding changed: <c>Converted − Unrounded</c> (zero when not rounded).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public Money RoundingDifference => Converted - Unrounded;

    /// <summary>Gets the midpoint rule used to round <see cref="Converted"/> to the target's minor unit, or
    /// <see langword="null"/> when it was not rounded.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public MidpointRounding? Rounding => Check(_rounding == NotRounded ? (MidpointRounding?)null : (MidpointRounding)_rounding);

    /// <summary>Gets the effective rate from the original currency to the target.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public ExchangeRate Rate => Effective(Check(_firstLeg), _secondLeg);

    /// <summary>Gets the number of rates used: 0 for a currency converted to itself, 1 for a direct or inverse rate,
    /// 2 for a cross rate.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public int LegCount => Check(_firstLeg.IsIdentity ? 0 : _secondLeg.IsDefault ? 1 : 2);

    /// <summary>Gets the first rate used, oriented from the original currency; <see langword="null"/> when none was
    /// needed.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public ExchangeRate? FirstLeg => Check(_firstLeg.IsIdentity ? (ExchangeRate?)null : _firstLeg);

    /// <summary>Gets the second rate of a cross conversion, oriented to the target; <see langword="null"/> otherwise.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public ExchangeRate? SecondLeg => Check(_secondLeg.IsDefault ? (ExchangeRate?)null : _secondLeg);

    /// <summary>Gets the date asked for (the rates' own dates can be earlier, under a look-back policy).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public LocalDate RequestedDate => Check(_requestedDate);

    /// <summary>Gets the policy that found the rate: for a fallback chain, the alternative that succeeded.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public RatePolicy AppliedPolicy => Check(_policy!);

    /// <summary>Gets how many days before <see cref="RequestedDate"/> the rate is dated (0 when of that date; negative
    /// never happens with the built-in policies except a fixed rate dated later).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CurrencyConversion)</c>.</exception>
    public int DaysBack => Period.DaysBetween(Rate.Date, _requestedDate);

    /// <summary>Compares two conversions for equality of every part.</summary>
    /// <param name="left">The first conversion.</param>
    /// <param name="right">The second conversion.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public static bool operator ==(CurrencyConversion left, CurrencyConversion right) => left.Equals(right);

    /// <summary>Compares two conversions for inequality.</summary>
    /// <param name="left">The first conversion.</param>
    /// <param name="right">The second conversion.</param>
    /// <returns><see langword="true"/> if any part differs.</returns>
    public static bool operator !=(CurrencyConversion left, CurrencyConversion right) => !left.Equals(right);

    /// <summary>Returns this conversion rounded to the target currency's minor unit with a midpoint rule (from the
    /// unrounded amount, so rounding twice is rounding once).</summary>
    /// <param name="mode">The midpoint rule.</param>
    /// <returns>The rounded conversion.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default</c>, or the target currency has no (known)
    /// minor unit.</exception>
    public CurrencyConversion Round(MidpointRounding mode = Money.DefaultMidpointRounding) =>
        new(Original, _firstLeg, _secondLeg, _requestedDate, _policy!, mode);

    // The effective rate: the one stored, or for a cross the legs' cross, computed when asked for.
    private static ExchangeRate Effective(in ExchangeRate firstLeg, in ExchangeRate secondLeg) =>
        secondLeg.IsDefault ? firstLeg : ExchangeRate.CrossOfLegs(firstLeg, secondLeg);

    /// <summary>Returns whether every part equals <paramref name="other"/>'s.</summary>
    /// <param name="other">The other conversion.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals(CurrencyConversion other) =>
        ReferenceEquals(_policy, other._policy) && _original == other._original && _converted == other._converted
        && _unrounded == other._unrounded && _firstLeg == other._firstLeg
        && _secondLeg == other._secondLeg && _requestedDate == other._requestedDate && _rounding == other._rounding;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CurrencyConversion other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_original, _converted, _firstLeg, _secondLeg, _requestedDate, _rounding);

    /// <summary>Describes the conversion: amounts, every rate with its date and source, the policy and the rounding.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        if (IsDefault)
        {
            return "(default CurrencyConversion)";
        }
        var sb = new StringBuilder();
        sb.Append(_original.ToString()).Append(" = ").Append(_converted.ToString())
          .Append(" at ").Append(Rate.ToString());
        if (LegCount == 2)
        {
            sb.Append(" via ").Append(_firstLeg.ToString()).Append(" and ").Append(_secondLeg.ToString());
        }
        sb.Append("; asked for ").Append(LocalDatePattern.Iso.Format(_requestedDate)).Append(", ").Append(_policy!.ToString());
        if (Rounding is MidpointRounding mode)
        {
            sb.Append("; rounded ").Append(mode.ToString()).Append(" from ").Append(Unrounded.ToString());
        }
        return sb.ToString();
    }

    // Applies the legs one after the other, each multiplying by a published rate or dividing by the rate an inverse was
    // inverted from (triangulation, as the euro regulations prescribe: DEM→FRF is DEM ÷ 1.95583 × 6.55957); a
    // currency converted to itself is multiplied by its identity rate of 1. False when a step is beyond decimal's range.
    private static bool TryApply(decimal amount, in ExchangeRate firstLeg, in ExchangeRate secondLeg, out decimal result)
    {
        if (!firstLeg.TryApply(amount, out result))
        {
            return false;
        }
        return secondLeg.IsDefault || secondLeg.TryApply(result, out result);
    }

    // Rates so far apart that their cross might leave decimal's range: divide it out now, to throw as before. Out of
    // line, like ThrowBeyond: the constructor's frame holds no rate of its own.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckCross(in ExchangeRate firstLeg, in ExchangeRate secondLeg) => _ = ExchangeRate.CrossOfLegs(firstLeg, secondLeg);

    [MethodImpl(MethodImplOptions.NoInlining)]
    [DoesNotReturn]
    private static decimal ThrowBeyond(Money original, in ExchangeRate firstLeg, in ExchangeRate secondLeg)
    {
        var rate = Effective(firstLeg, secondLeg);
        var via = secondLeg.IsDefault ? "" : string.Create(CultureInfo.InvariantCulture, $", via {firstLeg} and {secondLeg},");
        throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Converting {original} to {rate.QuoteCurrency} at {rate}{via} gives an amount {Internal.DecimalRange.Beyond}."));
    }

    private T Check<T>(T value) => _policy is null
        ? throw new InvalidOperationException("default(CurrencyConversion) is not a conversion: obtain one from a CurrencyConverter.")
        : value;
}
