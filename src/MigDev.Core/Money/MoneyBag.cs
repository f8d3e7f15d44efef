using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace MigDev.Core;

/// <summary>
/// An immutable multi-currency total: one exact subtotal per currency, never converted. Adding <c>EUR 5</c> and
/// <c>USD 7</c> gives a bag of two subtotals, not a number.
/// </summary>
/// <remarks>
/// <para>
/// A bag holds a subtotal for every currency that was added to it, even when that subtotal comes back to zero
/// (<c>EUR 5</c> then <c>EUR -5</c> leaves <c>EUR 0</c>): the currency was seen. Enumeration is in ordinal order of
/// currency code. Converting the subtotals into one reporting currency needs exchange rates and is a separate,
/// explicit step.
/// </para>
/// <para>Equality is by value: two bags are equal when they hold the same currencies with equal subtotals.</para>
/// <para>Immutable: every "add" returns a new bag. Safe to share across threads.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A bag of money is the domain's word (Fowler's MoneyBag); 'MoneyCollection' would say less.")]
public sealed class MoneyBag : IReadOnlyCollection<Money>, IEquatable<MoneyBag>
{
    // One subtotal per currency, sorted by currency; small (a handful of currencies), so copy-on-add is cheap.
    private readonly Money[] _subtotals;

    private MoneyBag(Money[] subtotals) => _subtotals = subtotals;

    /// <summary>Gets the empty bag.</summary>
    public static MoneyBag Empty { get; } = new([]);

    /// <summary>Gets the number of currencies in the bag.</summary>
    public int Count => _subtotals.Length;

    /// <summary>Gets a value indicating whether the bag holds no currency.</summary>
    public bool IsEmpty => _subtotals.Length == 0;

    /// <summary>Gets the currencies in the bag, in ordinal order of code.</summary>
    public IReadOnlyList<CurrencyCode> Currencies => Array.ConvertAll(_subtotals, m => m.Currency);

    /// <summary>Gets the subtotal in a currency: zero in that currency if the bag has none.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The subtotal.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(CurrencyCode)</c>.</exception>
    public Money this[CurrencyCode currency] => TryGetTotal(currency, out var total) ? total : Money.Zero(currency);

    /// <summary>Adds an amount to a bag.</summary>
    /// <param name="bag">The bag.</param>
    /// <param name="money">The amount.</param>
    /// <returns>A new bag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bag"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The subtotal is beyond the range of <see cref="decimal"/>; the message names it and the amount.</exception>
    public static MoneyBag operator +(MoneyBag bag, Money money)
    {
        ArgumentNullException.ThrowIfNull(bag);
        return bag.Add(money);
    }

    /// <summary>Adds two bags, currency by currency.</summary>
    /// <param name="left">The first bag.</param>
    /// <param name="right">The second bag.</param>
    /// <returns>A new bag.</returns>
    /// <exception cref="ArgumentNullException">A bag is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">A subtotal is beyond the range of <see cref="decimal"/>; the message names it and the amount.</exception>
    public static MoneyBag operator +(MoneyBag left, MoneyBag right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.AddRange(right);
    }

    /// <summary>Compares two bags for equality.</summary>
    /// <param name="left">The first bag.</param>
    /// <param name="right">The second bag.</param>
    /// <returns><see langword="true"/> if both hold the same currencies with equal subtotals, or both are <see langword="null"/>.</returns>
    public static bool operator ==(MoneyBag? left, MoneyBag? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two bags for inequality.</summary>
    /// <param name="left">The first bag.</param>
    /// <param name="right">The second bag.</param>
    /// <returns><see langword="true"/> if the bags differ.</returns>
    public static bool operator !=(MoneyBag? left, MoneyBag? right) => !(left == right);

    /// <summary>Creates a bag from amounts in any currencies.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The bag of their subtotals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">A subtotal is beyond the range of <see cref="decimal"/>; the message names it and the amount.</exception>
    public static MoneyBag Of(IEnumerable<Money> amounts) => Empty.AddRange(amounts);

    /// <summary>Returns a bag with an amount added to its currency's subtotal.</summary>
    /// <param name="money">The amount, in any currency.</param>
    /// <returns>A new bag.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="money"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">The subtotal is beyond the range of <see cref="decimal"/>; the message names it and the amount.</exception>
    public MoneyBag Add(Money money)
    {
        var currency = money.Currency;
        var i = IndexOf(currency);
        Money[] next;
        if (i >= 0)
        {
            next = (Money[])_subtotals.Clone();
            next[i] = AddToSubtotal(next[i], money);
        }
        else
        {
            i = ~i;
            next = new Money[_subtotals.Length + 1];
            Array.Copy(_subtotals, next, i);
            next[i] = money;
            Array.Copy(_subtotals, i, next, i + 1, _subtotals.Length - i);
        }
        return new MoneyBag(next);
    }

    /// <summary>Returns a bag with several amounts added.</summary>
    /// <param name="amounts">The amounts, in any currencies.</param>
    /// <returns>A new bag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="OverflowException">A subtotal is beyond the range of <see cref="decimal"/>; the message names it and the amount.</exception>
    public MoneyBag AddRange(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var totals = new SortedDictionary<CurrencyCode, Money>();
        foreach (var m in _subtotals)
        {
            totals.Add(m.Currency, m);
        }
        foreach (var m in amounts)
        {
            var currency = m.Currency;
            totals[currency] = totals.TryGetValue(currency, out var sum) ? AddToSubtotal(sum, m) : m;
        }
        return new MoneyBag([.. totals.Values]);
    }

    /// <summary>Gets the subtotal in a currency, if the bag has one.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="total">The subtotal, or <c>default</c> when the bag has none.</param>
    /// <returns><see langword="true"/> if the bag holds <paramref name="currency"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(CurrencyCode)</c>.</exception>
    public bool TryGetTotal(CurrencyCode currency, out Money total)
    {
        Guard.Against.DefaultValue(currency);
        var i = IndexOf(currency);
        total = i >= 0 ? _subtotals[i] : default;
        return i >= 0;
    }

    /// <summary>Returns whether the bag holds a subtotal in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns><see langword="true"/> if an amount in <paramref name="currency"/> was added.</returns>
    public bool Contains(CurrencyCode currency) => IndexOf(currency) >= 0;

    /// <summary>Returns an enumerator over the subtotals, in ordinal order of currency code.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Money> GetEnumerator() => ((IEnumerable<Money>)_subtotals).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns whether another bag holds the same currencies with equal subtotals.</summary>
    /// <param name="other">The other bag.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] MoneyBag? other) =>
        other is not null && _subtotals.AsSpan().SequenceEqual(other._subtotals);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MoneyBag other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var m in _subtotals)
        {
            hash.Add(m);
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns the subtotals in canonical form, such as <c>[EUR 15000000.00, USD 2500000.00]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < _subtotals.Length; i++)
        {
            sb.Append(i == 0 ? "" : ", ").Append(_subtotals[i].ToString());
        }
        return sb.Append(']').ToString();
    }

    // The subtotal plus an amount; beyond decimal's range, an OverflowException naming both.
    private static Money AddToSubtotal(Money subtotal, Money money) =>
        MoneyRange.TryAdd(subtotal, money, out var sum) ? sum : throw MoneyRange.SumBeyond($"The {money.Currency} subtotal", subtotal, money);

    private int IndexOf(CurrencyCode currency)
    {
        int lo = 0, hi = _subtotals.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = _subtotals[mid].Currency.CompareTo(currency);
            if (c == 0)
            {
                return mid;
            }
            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return ~lo;
    }
}
