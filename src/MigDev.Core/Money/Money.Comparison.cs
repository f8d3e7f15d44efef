using Ardalis.GuardClauses;
using MigDev.Core.Internal;
namespace MigDev.Core;

public readonly partial struct Money : IComparable<Money>, IComparable
{
    /// <summary>Returns whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is the smaller amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    public static bool operator <(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        return left.RawAmount < right.RawAmount;
    }

    /// <summary>Returns whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is not the larger amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    public static bool operator <=(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        return left.RawAmount <= right.RawAmount;
    }

    /// <summary>Returns whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is the larger amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    public static bool operator >(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        return left.RawAmount > right.RawAmount;
    }

    /// <summary>Returns whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is not the smaller amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    public static bool operator >=(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        return left.RawAmount >= right.RawAmount;
    }

    /// <summary>Compares two amounts in the same currency; the named form of the comparison operators.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>A negative number, zero or a positive number as <paramref name="left"/> is less than, equal to or
    /// greater than <paramref name="right"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    public static int Compare(Money left, Money right) => left.CompareTo(right);

    /// <summary>Returns the smaller of two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount; <paramref name="left"/> when they are equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    public static Money Min(Money left, Money right) => right < left ? right : left;

    /// <summary>Returns the larger of two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount; <paramref name="left"/> when they are equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    public static Money Max(Money left, Money right) => right > left ? right : left;

    /// <summary>Compares this amount with another in the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>A negative number, zero or a positive number as this amount is less than, equal to or greater than
    /// <paramref name="other"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ: amounts in two currencies have no order.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    public int CompareTo(Money other)
    {
        CheckSameCurrency(this, other);
        return RawAmount.CompareTo(other.RawAmount);
    }

    /// <summary>Compares this amount with an object, which must be a <see cref="Money"/> or <see langword="null"/>.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>As <see cref="CompareTo(Money)"/>; 1 when <paramref name="obj"/> is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An operand is <c>default(Money)</c>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => CompareTo(Guard.Against.WrongType<Money>(obj)),
    };
}
