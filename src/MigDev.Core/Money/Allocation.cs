using System.Collections;
using System.Collections.Immutable;

namespace MigDev.Core;

/// <summary>
/// The result of splitting a total between shares by weight (<see cref="Money.Allocate(ReadOnlySpan{decimal})"/>):
/// the shares, which always add up exactly to the total, and which of them received the leftover units.
/// </summary>
/// <remarks>
/// <para>
/// The split is the largest-remainder (Hamilton) method in exact integer arithmetic: each share gets the whole units
/// of its exact quota <c>total × weight / Σweights</c>; the units left over (fewer than the number of shares) go one
/// each to the shares with the largest fractional remainders, and among equal remainders to the lower index first.
/// So <c>USD 1.00</c> split 60 ways gives forty <c>0.02</c> and twenty <c>0.01</c>; no share is ever of the
/// opposite sign to the total, and a share whose weight is zero is zero.
/// </para>
/// <para>An immutable object with reference equality; compare <see cref="Shares"/> for value comparison. Safe to share
/// across threads.</para>
/// </remarks>
public sealed class Allocation : IReadOnlyList<Money>
{
    internal Allocation(Money total, ImmutableArray<decimal> weights, int decimalPlaces, ImmutableArray<Money> shares, ImmutableArray<int> remainderRecipients)
    {
        Total = total;
        Weights = weights;
        DecimalPlaces = decimalPlaces;
        Shares = shares;
        RemainderRecipients = remainderRecipients;
    }

    /// <summary>Gets the amount that was split.</summary>
    public Money Total { get; }

    /// <summary>Gets the weights, in the order given.</summary>
    public ImmutableArray<decimal> Weights { get; }

    /// <summary>Gets the number of decimal places of the unit that was distributed (the currency's minor unit unless
    /// another was asked for).</summary>
    public int DecimalPlaces { get; }

    /// <summary>Gets the shares, one per weight and in the same order; they add up exactly to <see cref="Total"/>.</summary>
    public ImmutableArray<Money> Shares { get; }

    /// <summary>Gets the indices, in ascending order, of the shares that received one leftover unit on top of the
    /// whole units of their quota. Empty when the total divided exactly.</summary>
    public ImmutableArray<int> RemainderRecipients { get; }

    /// <summary>Gets the number of shares.</summary>
    public int Count => Shares.Length;

    /// <summary>Gets the share at an index.</summary>
    /// <param name="index">The index of the share, as of its weight.</param>
    /// <returns>The share.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside 0..Count-1.</exception>
    public Money this[int index] => Shares[index];

    /// <summary>Returns whether the share at <paramref name="index"/> received a leftover unit.</summary>
    /// <param name="index">The index of the share.</param>
    /// <returns><see langword="true"/> if it is one of <see cref="RemainderRecipients"/>.</returns>
    public bool ReceivedRemainder(int index) => RemainderRecipients.BinarySearch(index) >= 0;

    /// <summary>Returns an enumerator over the shares.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Money> GetEnumerator() => ((IEnumerable<Money>)Shares).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns a short description, such as <c>EUR 100.00 in 3 shares (1 leftover unit)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Total} in {Count} shares ({RemainderRecipients.Length} leftover unit{(RemainderRecipients.Length == 1 ? "" : "s")})";
}
