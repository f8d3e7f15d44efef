using System.Numerics;

namespace MigDev.Core.Internal;

/// <summary>Arithmetic that says when a result is beyond the range of <see cref="decimal"/> instead of throwing the
/// runtime's "Value was either too large or too small for a Decimal.", so that a caller can name the amounts and rates
/// involved (docs/design-decisions.md, "Hard edges").</summary>
internal static class DecimalRange
{
    /// <summary>The words every message about a result out of range ends with.</summary>
    public const string Beyond = "beyond the range of decimal (at most 79228162514264337593543950335 in absolute value)";

    /// <summary>Multiplies, or returns <see langword="false"/> when the product is beyond the range.</summary>
    /// <remarks>Mantissas of b₁ and b₂ bits, of scales s₁ and s₂, make a product below 2^(b₁+b₂) / 10^(s₁+s₂), which
    /// is below 2^96 (in range) when b₁ + b₂ ≤ 96 + 3(s₁ + s₂), since 10^s ≥ 2^(3s). Such a product is computed inline,
    /// with no exception handler (a method with one is never inlined): every amount times every published rate is.
    /// Any other goes through <see cref="TryMultiplyChecked"/>.</remarks>
    public static bool TryMultiply(decimal left, decimal right, out decimal product)
    {
        if (BitLength(in left) + BitLength(in right) <= 96 + 3 * (DecimalBits.Scale(in left) + DecimalBits.Scale(in right)))
        {
            product = left * right;
            return true;
        }
        return TryMultiplyChecked(left, right, out product);
    }

    /// <summary>Divides by a non-zero divisor, or returns <see langword="false"/> when the quotient is beyond the range.</summary>
    /// <remarks>A dividend of b₁ bits and scale s₁ over a divisor of b₂ ≥ 1 bits and scale s₂ is below
    /// 2^(b₁ − b₂ + 1) · 10^(s₂ − s₁), which is at most 2^(b₁ − b₂ + 1 + k) with k = 4(s₂ − s₁) when s₂ ≥ s₁ (10 &lt; 2^4)
    /// and k = 3(s₂ − s₁) otherwise (10^-1 &lt; 2^-3): below 2^96, in range, when b₁ − b₂ + 1 + k ≤ 96. Computed inline;
    /// any other (and a zero divisor, which throws <see cref="DivideByZeroException"/>) goes through
    /// <see cref="TryDivideChecked"/>.</remarks>
    public static bool TryDivide(decimal dividend, decimal divisor, out decimal quotient)
    {
        var divisorBits = BitLength(in divisor);
        var scales = DecimalBits.Scale(in divisor) - DecimalBits.Scale(in dividend);
        if (divisorBits > 0 && BitLength(in dividend) - divisorBits + 1 + (scales >= 0 ? 4 * scales : 3 * scales) <= 96)
        {
            quotient = dividend / divisor;
            return true;
        }
        return TryDivideChecked(dividend, divisor, out quotient);
    }

    // The number of bits of the mantissa (0 for zero).
    private static int BitLength(in decimal value) => DecimalBits.High32(in value) is var high and not 0
        ? 96 - BitOperations.LeadingZeroCount(high)
        : 64 - BitOperations.LeadingZeroCount(DecimalBits.Low64(in value));

    private static bool TryMultiplyChecked(decimal left, decimal right, out decimal product)
    {
        try
        {
            product = left * right;
            return true;
        }
        catch (OverflowException)
        {
            product = 0m;
            return false;
        }
    }

    private static bool TryDivideChecked(decimal dividend, decimal divisor, out decimal quotient)
    {
        try
        {
            quotient = dividend / divisor;
            return true;
        }
        catch (OverflowException)
        {
            quotient = 0m;
            return false;
        }
    }
}
