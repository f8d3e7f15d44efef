using System.Globalization;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>Sums of <see cref="Money"/> that say when they are beyond the range of <see cref="decimal"/>, so that a
/// total can name the subtotal and the amount added (<see cref="DecimalRange"/> for rates).</summary>
internal static class MoneyRange
{
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
        new(string.Create(CultureInfo.InvariantCulture, $"{what}: {left} + {right} is {DecimalRange.Beyond}."));
}
