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
}
