using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;

namespace MigDev.Core;

/// <summary>
/// Largest-remainder (Hamilton) allocation in exact integer arithmetic. Each share first gets the floor of its exact
/// quota of units; the units left over (fewer than the number of shares) go one each to the shares with the largest
/// remainders, the lower index first among equal remainders.
/// </summary>
internal static class Allocator
{
    private static readonly UInt128 MaxDecimalMantissa = ((UInt128)uint.MaxValue << 64) | ulong.MaxValue;

    internal static Allocation Allocate(Money total, ReadOnlySpan<decimal> weights, int decimalPlaces)
    {
        var amount = total.Amount;
        var currency = total.Currency;
        Guard.Against.OutOfRange(weights.Length, 0, Money.MaxAllocationShares, "weights");
        ValidateWeights(weights);
        Guard.Against.OutOfRange(decimalPlaces, 0, 28);
        if (decimal.Round(amount, decimalPlaces) != amount)
        {
            throw new InvalidOperationException(
                $"{total} is not a whole number of units of {decimalPlaces} decimal places, so it cannot be allocated without rounding: round it first (Round()) or allocate with more decimal places.");
        }

        var units = ToUnits(Math.Abs(amount), decimalPlaces, total);
        var commonScale = 0;
        foreach (var w in weights)
        {
            commonScale = Math.Max(commonScale, w.Scale);
        }

        var count = weights.Length;
        var shareUnits = new UInt128[count];
        var extra = new bool[count];
        if (!TryDistributeUInt128(units, weights, commonScale, shareUnits, extra))
        {
            DistributeBig(units, weights, commonScale, shareUnits, extra);
        }

        var shares = new Money[count];
        var recipients = ImmutableArray.CreateBuilder<int>();
        var negative = amount < 0m;
        for (var i = 0; i < count; i++)
        {
            shares[i] = new Money(FromUnits(shareUnits[i], decimalPlaces, negative), currency);
            if (extra[i])
            {
                recipients.Add(i);
            }
        }
        return new Allocation(total, [.. weights], decimalPlaces, ImmutableCollectionsMarshal.AsImmutableArray(shares), recipients.ToImmutable());
    }

    private static void ValidateWeights(ReadOnlySpan<decimal> weights)
    {
        Guard.Against.Invalid(weights.IsEmpty, "At least one weight is needed to allocate an amount.", nameof(weights));
        var positive = false;
        for (var i = 0; i < weights.Length; i++)
        {
            Guard.Against.InvalidNumber(weights[i] < 0m, weights[i], $"weights[{i}] is {weights[i]}: weights must not be negative.", nameof(weights));
            positive |= weights[i] > 0m;
        }
        Guard.Against.Invalid(!positive, $"All {weights.Length} weights are zero: at least one must be positive.", nameof(weights));
    }

    // |amount| as a whole number of 10^-decimalPlaces units; it must fit decimal's 96-bit mantissa so that every share,
    // no larger than the total, is an exact decimal with decimalPlaces decimals.
    private static UInt128 ToUnits(decimal magnitude, int decimalPlaces, Money total)
    {
        var (mantissa, scale) = Decompose(magnitude);
        var units = (BigInteger)mantissa;
        units = scale <= decimalPlaces
            ? units * BigInteger.Pow(10, decimalPlaces - scale)
            : units / BigInteger.Pow(10, scale - decimalPlaces); // exact: the amount is a whole number of units
        if (units > (BigInteger)MaxDecimalMantissa)
        {
            throw new OverflowException($"{total} has too many digits to be allocated in units of {decimalPlaces} decimal places: a share could not be held exactly by decimal.");
        }
        return (UInt128)units;
    }

    private static decimal FromUnits(UInt128 units, int decimalPlaces, bool negative) => unchecked(
        new((int)(uint)units, (int)(uint)(units >> 32), (int)(uint)(units >> 64), negative, (byte)decimalPlaces));

    private static (UInt128 Mantissa, int Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = unchecked(((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0]);
        return (mantissa, value.Scale);
    }

    // The common case: weights scaled to integers, and every product units * weight, fit in 128 bits.
    private static bool TryDistributeUInt128(UInt128 units, ReadOnlySpan<decimal> weights, int commonScale, Span<UInt128> shareUnits, Span<bool> extra)
    {
        var scaled = new UInt128[weights.Length];
        var sum = UInt128.Zero;
        var max = UInt128.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            var (mantissa, scale) = Decompose(weights[i]);
            var factor = UInt128Pow10(commonScale - scale);
            if (factor is not UInt128 f || (mantissa != 0 && mantissa > UInt128.MaxValue / f))
            {
                return false;
            }
            scaled[i] = mantissa * f;
            if (scaled[i] > UInt128.MaxValue - sum)
            {
                return false;
            }
            sum += scaled[i];
            max = UInt128.Max(max, scaled[i]);
        }
        if (units != 0 && max > UInt128.MaxValue / units)
        {
            return false;
        }
        Distribute(units, scaled, sum, shareUnits, extra);
        return true;
    }

    private static void DistributeBig(UInt128 units, ReadOnlySpan<decimal> weights, int commonScale, Span<UInt128> shareUnits, Span<bool> extra)
    {
        var scaled = new BigInteger[weights.Length];
        var sum = BigInteger.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            var (mantissa, scale) = Decompose(weights[i]);
            scaled[i] = (BigInteger)mantissa * BigInteger.Pow(10, commonScale - scale);
            sum += scaled[i];
        }
        var big = new BigInteger[weights.Length];
        Distribute((BigInteger)units, scaled, sum, big, extra);
        for (var i = 0; i < big.Length; i++)
        {
            shareUnits[i] = (UInt128)big[i];
        }
    }

    // One algorithm for both widths. quota_i = units * w_i / sum = floor_i + remainder_i / sum, exactly.
    private static void Distribute<T>(T units, ReadOnlySpan<T> weights, T sum, Span<T> shareUnits, Span<bool> extra)
        where T : IBinaryInteger<T>
    {
        var candidates = new Candidate<T>[weights.Length];
        var given = T.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            (shareUnits[i], var remainder) = T.DivRem(units * weights[i], sum);
            candidates[i] = new Candidate<T>(remainder, i);
            given += shareUnits[i];
        }
        var leftover = int.CreateChecked(units - given); // < weights.Length, since every remainder is < sum
        if (leftover == 0)
        {
            return;
        }
        SelectBest(candidates, leftover);
        for (var k = 0; k < leftover; k++)
        {
            shareUnits[candidates[k].Index] += T.One;
            extra[candidates[k].Index] = true;
        }
    }

    // Quickselect (Hoare partition, median-of-three pivot): afterwards items[..count] are the `count` best candidates,
    // in no particular order. Linear on average; every key is distinct (the index breaks ties), so it terminates.
    private static void SelectBest<T>(Span<Candidate<T>> items, int count)
        where T : IBinaryInteger<T>
    {
        var target = count - 1;
        int lo = 0, hi = items.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (items[mid].RanksBefore(items[lo]))
            {
                (items[mid], items[lo]) = (items[lo], items[mid]);
            }
            if (items[hi].RanksBefore(items[lo]))
            {
                (items[hi], items[lo]) = (items[lo], items[hi]);
            }
            if (items[hi].RanksBefore(items[mid]))
            {
                (items[hi], items[mid]) = (items[mid], items[hi]);
            }
            var pivot = items[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (items[i].RanksBefore(pivot))
                {
                    i++;
                }
                while (pivot.RanksBefore(items[j]))
                {
                    j--;
                }
                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }
            if (target <= j)
            {
                hi = j;
            }
            else if (target >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }

    // A share's claim on a leftover unit: a larger remainder first, then the lower index.
    private readonly struct Candidate<T>(T remainder, int index)
        where T : IBinaryInteger<T>
    {
        public T Remainder { get; } = remainder;

        public int Index { get; } = index;

        public bool RanksBefore(Candidate<T> other) =>
            Remainder > other.Remainder || (Remainder == other.Remainder && Index < other.Index);
    }

    private static UInt128? UInt128Pow10(int exponent)
    {
        var result = UInt128.One;
        for (var i = 0; i < exponent; i++)
        {
            if (result > UInt128.MaxValue / 10)
            {
                return null;
            }
            result *= 10;
        }
        return result;
    }
}
