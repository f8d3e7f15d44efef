using MigDev.Core.Internal;

namespace MigDev.Core;

public readonly partial struct Money
{
    /// <summary>Adds two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        return new Money(left.RawAmount + right.RawAmount, left.RawCurrency, trusted: true);
    }

    /// <summary>Subtracts an amount from another in the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The difference is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        return new Money(left.RawAmount - right.RawAmount, left.RawCurrency, trusted: true);
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    public static Money operator -(Money money) => new(-money.Amount, money.RawCurrency, trusted: true);

    /// <summary>Returns the amount unchanged (unary plus).</summary>
    /// <param name="money">The amount.</param>
    /// <returns><paramref name="money"/>.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    public static Money operator +(Money money) => new(money.Amount, money.RawCurrency, trusted: true);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, not rounded to the minor unit.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money money, decimal factor) => new(money.Amount * factor, money.RawCurrency, trusted: true);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="money">The amount.</param>
    /// <returns>The product, not rounded to the minor unit.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator *(decimal factor, Money money) => money * factor;

    /// <summary>Divides an amount by a divisor.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient, to <see cref="decimal"/>'s precision and not rounded to the minor unit.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator /(Money money, decimal divisor) => new(money.Amount / divisor, money.RawCurrency, trusted: true);

    /// <summary>Divides an amount by another in the same currency, giving their ratio.</summary>
    /// <param name="dividend">The amount to divide.</param>
    /// <param name="divisor">The amount to divide by.</param>
    /// <returns>The ratio, such as 0.25 for <c>EUR 25 / EUR 100</c>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static decimal operator /(Money dividend, Money divisor)
    {
        CheckSameCurrency(dividend, divisor);
        return dividend.RawAmount / divisor.RawAmount;
    }

    /// <summary>Adds two amounts in the same currency; the named form of <c>+</c>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts an amount from another; the named form of binary <c>-</c>.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The difference is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount; the named form of unary <c>-</c>.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    public static Money Negate(Money money) => -money;

    /// <summary>Multiplies an amount by a factor; the named form of <c>*</c>.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, not rounded.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Multiply(Money money, decimal factor) => money * factor;

    /// <summary>Divides an amount by a divisor; the named form of <c>/</c>.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient, not rounded to the minor unit.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Divide(Money money, decimal divisor) => money / divisor;

    /// <summary>Adds an amount in the same currency to this one.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="decimal"/>.</exception>
    public Money Plus(Money other) => this + other;

    /// <summary>Subtracts an amount in the same currency from this one.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The difference is beyond the range of <see cref="decimal"/>.</exception>
    public Money Minus(Money other) => this - other;

    /// <summary>Returns the absolute value of this amount.</summary>
    /// <returns>The amount without its sign.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    public Money Abs() => new(Math.Abs(Amount), RawCurrency, trusted: true);

    /// <summary>Adds up amounts in one currency. An empty sequence throws, because it has no currency to give its zero:
    /// use <see cref="Sum(IEnumerable{Money}, CurrencyCode)"/> when the sequence may be empty.</summary>
    /// <param name="values">The amounts.</param>
    /// <returns>The exact total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="values"/> is empty, or holds <c>default(Money)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Sum(IEnumerable<Money> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var e = values.GetEnumerator();
        if (!e.MoveNext())
        {
            throw new InvalidOperationException("Cannot sum an empty sequence of Money: it has no currency. Use Money.Sum(values, currency), which returns zero in that currency.");
        }
        var total = e.Current;
        _ = total.Currency;
        while (e.MoveNext())
        {
            total += e.Current;
        }
        return total;
    }

    /// <summary>Adds up amounts that must all be in <paramref name="currency"/>; an empty sequence gives zero in it.</summary>
    /// <param name="values">The amounts.</param>
    /// <param name="currency">The currency of every amount, and of the result.</param>
    /// <returns>The exact total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(CurrencyCode)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="InvalidOperationException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Sum(IEnumerable<Money> values, CurrencyCode currency)
    {
        ArgumentNullException.ThrowIfNull(values);
        var total = Zero(currency);
        if (values is Money[] array)
        {
            return Sum(array.AsSpan(), currency);
        }
        foreach (var value in values)
        {
            total += value;
        }
        return total;
    }

    /// <summary>Adds up amounts that must all be in <paramref name="currency"/>, without allocating; an empty span
    /// gives zero in it.</summary>
    /// <param name="values">The amounts.</param>
    /// <param name="currency">The currency of every amount, and of the result.</param>
    /// <returns>The exact total.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(CurrencyCode)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="InvalidOperationException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Sum(ReadOnlySpan<Money> values, CurrencyCode currency)
    {
        var total = Zero(currency);
        var sum = 0m;
        foreach (var value in values)
        {
            CheckSameCurrency(total, value);
            sum += value.RawAmount;
        }
        return new Money(sum, currency, trusted: true);
    }

    // The trusted constructor: the currency is already known to be real (NodaTime's [Trusted] idea). It keeps the
    // arithmetic hot path free of the public constructor's argument check.
    private Money(decimal amount, CurrencyCode currency, bool trusted)
    {
        _ = trusted;
        _packed = Pack(amount, currency);
    }
}
