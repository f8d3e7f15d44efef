using System.Globalization;

namespace MigDev.Core.Internal;

/// <summary>Arithmetic that says when a result is beyond the range of <see cref="decimal"/> instead of throwing the
/// runtime's "Value was either too large or too small for a Decimal.", so that a caller can name the amounts and rates
/// involved (docs/design-decisions.md, "Hard edges").</summary>
internal static class DecimalRange
{
    /// <summary>The words every message about a result out of range ends with.</summary>
    public const string Beyond = "beyond the range of decimal (at most 79228162514264337593543950335 in absolute value)";

    /// <summary>Multiplies, or returns <see langword="false"/> when the product is beyond the range.</summary>
    public static bool TryMultiply(decimal left, decimal right, out decimal product)
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

    /// <summary>Divides by a non-zero divisor, or returns <see langword="false"/> when the quotient is beyond the range.</summary>
    public static bool TryDivide(decimal dividend, decimal divisor, out decimal quotient)
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

    /// <summary>Adds two amounts of one currency, or returns <see langword="false"/> when the sum is beyond the range.</summary>
    public static bool TryAdd(Money left, Money right, out Money sum)
    {
        try
        {
            sum = left + right;
            return true;
        }
        catch (OverflowException)
        {
            sum = default;
            return false;
        }
    }

    /// <summary>The exception for a sum beyond the range: <c>"{what}: {left} + {right} is beyond the range of decimal..."</c>.</summary>
    public static OverflowException SumBeyond(string what, Money left, Money right) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{what}: {left} + {right} is {Beyond}."));
}
