using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>
/// An exact amount of money in one ISO 4217 currency: a <see cref="decimal"/> amount and a <see cref="CurrencyCode"/>.
/// </summary>
/// <remarks>
/// <para>
/// Arithmetic never rounds to the minor unit and never converts: <c>+</c>, <c>-</c>, comparisons and
/// <see cref="Min"/>/<see cref="Max"/> require both operands in the same currency and otherwise throw
/// <see cref="CurrencyMismatchException"/>. A zero is an amount like any other: <c>EUR 0</c> plus <c>USD 5</c>
/// throws, so neither a zero nor <c>default</c> can launder a currency. Rounding to the minor unit is explicit
/// (<see cref="Round()"/>). Arithmetic is the checked <see cref="decimal"/> arithmetic: a result beyond
/// <see cref="decimal.MaxValue"/> throws <see cref="OverflowException"/>; beyond 28 decimal places or 29 significant
/// digits <see cref="decimal"/> keeps its nearest value, as it always does (docs/design-decisions.md).
/// </para>
/// <para>
/// Equality compares currency and numeric value: <c>EUR 1.0</c> equals <c>EUR 1.00</c> (and they hash alike), while
/// <c>EUR 0</c> does not equal <c>USD 0</c>. Ordering is by amount within one currency; ordering two currencies
/// throws <see cref="CurrencyMismatchException"/>.
/// </para>
/// <para>
/// <c>default(Money)</c> has no currency and is rejected loudly: <see cref="Amount"/>, <see cref="Currency"/>,
/// arithmetic, comparison, rounding and serialization throw <see cref="InvalidOperationException"/>.
/// <see cref="Equals(Money)"/>, <see cref="GetHashCode"/> and formatting do not throw (the text is
/// <c>(default Money)</c>, which <see cref="Parse(string)"/> refuses). Test with <see cref="IsDefault"/>.
/// </para>
/// <para>This type is an immutable value type; it is safe to share across threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var pledge = new Money(15_000_000.00m, CurrencyCode.EUR);
/// var total = pledge + Money.Parse("EUR 250000.00");            // EUR 15250000.00
/// var shares = total.Allocate([60m, 40m]);                      // EUR 9150000.00, EUR 6100000.00
/// var rounded = new Money(10.125m, CurrencyCode.USD).Round();   // USD 10.12 (to even)
/// </code>
/// </example>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money : IEquatable<Money>
{
    // Money is 16 bytes, a decimal's size: the amount is held as a decimal whose flags carry the currency's index in
    // their 16 low bits. Decimal leaves those bits zero and unused: they are the wReserved of the Win32 DECIMAL whose
    // layout decimal keeps for interop (the flags are its first field), and the bits VARIANT puts its type in. Every
    // read masks them off (RawAmount), so no decimal operation ever sees them (docs/design-decisions.md, "Money in 16
    // bytes"). default(Money) is all zeros: index 0, default(CurrencyCode), loud as before.
    private const int CurrencyMask = 0xFFFF;
    private readonly decimal _packed;

    /// <summary>Initializes a new amount of money.</summary>
    /// <param name="amount">The amount, kept exactly as given (its scale too: <c>15.50m</c> prints as <c>15.50</c>).</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(CurrencyCode)</c>.</exception>
    public Money(decimal amount, CurrencyCode currency)
    {
        Guard.Against.DefaultValue(currency);
        _packed = Pack(amount, currency);
    }

    /// <summary>Gets the amount.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    public decimal Amount => RawCurrency.IsDefault ? ThrowHelper.ThrowDefaultMoney<decimal>() : RawAmount;

    /// <summary>Gets the currency.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    public CurrencyCode Currency => RawCurrency.IsDefault ? ThrowHelper.ThrowDefaultMoney<CurrencyCode>() : RawCurrency;

    /// <summary>Gets a value indicating whether this is <c>default(Money)</c>, which has no currency.</summary>
    public bool IsDefault => CurrencyBits(in _packed) == 0;

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    public bool IsZero => Amount == 0m;

    /// <summary>Gets the sign of the amount: -1, 0 or 1.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    public int Sign => Math.Sign(Amount);

    /// <summary>Returns a zero amount in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero in <paramref name="currency"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(CurrencyCode)</c>.</exception>
    public static Money Zero(CurrencyCode currency) => new(0m, currency);

    /// <summary>Returns an amount given as a whole number of minor units: 1500 cents is <c>EUR 15.00</c>.</summary>
    /// <param name="minorUnits">The number of minor units.</param>
    /// <param name="currency">The currency, which must have a minor unit.</param>
    /// <returns>The amount, with the currency's number of decimal places.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(CurrencyCode)</c>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="currency"/> has no (known) minor unit.</exception>
    public static Money FromMinorUnits(long minorUnits, CurrencyCode currency)
    {
        Guard.Against.DefaultValue(currency);
        return new Money(minorUnits * currency.MinorUnitSize, currency);
    }

    /// <summary>Returns a new amount in the same currency.</summary>
    /// <param name="amount">The new amount.</param>
    /// <returns>The amount in this currency.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    public Money WithAmount(decimal amount) => new(amount, Currency);

    /// <summary>Deconstructs into amount and currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    public void Deconstruct(out decimal amount, out CurrencyCode currency)
    {
        amount = Amount;
        currency = RawCurrency;
    }

    /// <summary>Compares two amounts for equality: same currency and same numeric value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if both have the same currency and value; <see langword="false"/> across
    /// currencies, zero included.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if the currencies or the values differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Returns whether this amount has the same currency and numeric value as <paramref name="other"/>.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns><see langword="true"/> if equal (<c>EUR 1.0</c> equals <c>EUR 1.00</c>).</returns>
    public bool Equals(Money other) => CurrencyBits(in _packed) == CurrencyBits(in other._packed) && RawAmount == other.RawAmount;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RawCurrency, RawAmount);

    // The amount without the currency's bits: a valid decimal.
    private decimal RawAmount
    {
        get
        {
            var amount = _packed;
            Unsafe.As<decimal, int>(ref amount) &= ~CurrencyMask;
            return amount;
        }
    }

    // The currency's index in the flags' low bits (0 for default).
    private CurrencyCode RawCurrency => new(CurrencyBits(in _packed));

    private static int CurrencyBits(ref readonly decimal packed) => Unsafe.As<decimal, int>(ref Unsafe.AsRef(in packed)) & CurrencyMask;

    private static decimal Pack(decimal amount, CurrencyCode currency)
    {
        Unsafe.As<decimal, int>(ref amount) |= currency.Index;
        return amount;
    }

    // Both operands must share a real currency; one branch on the hot path.
    private static void CheckSameCurrency(Money left, Money right)
    {
        var bits = CurrencyBits(in left._packed);
        if (bits != CurrencyBits(in right._packed) || bits == 0)
        {
            ThrowMismatchOrDefault(left, right);
        }
    }

    [DoesNotReturn]
    private static void ThrowMismatchOrDefault(Money left, Money right)
    {
        if (left.RawCurrency.IsDefault || right.RawCurrency.IsDefault)
        {
            ThrowHelper.ThrowDefaultMoney<Money>();
        }
        throw new CurrencyMismatchException(left.RawCurrency, right.RawCurrency);
    }
}
