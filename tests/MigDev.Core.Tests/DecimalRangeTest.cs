using CsCheck;
using MigDev.Core.Internal;

namespace MigDev.Core.Tests;

/// <summary>The overflow-checked arithmetic of issue 21, whose small operands skip the exception handler, against the
/// runtime's own checked operators (a plain try/catch, written here), bit for bit.</summary>
public class DecimalRangeTest
{
    // Mantissas around the 2^48 threshold of the inline path, and anywhere else; every scale; both signs.
    private static readonly Gen<decimal> Operand =
        Gen.Select(Gen.ULong, Gen.UInt, Gen.Int[0, 28], Gen.Bool, Gen.Int[0, 4], (low, high, scale, negative, shape) =>
        {
            var (lo64, hi32) = shape switch
            {
                0 => (low % 1_000_000, 0u),                     // small, as amounts and rates are
                1 => ((1UL << 48) - 1 - low % 3, 0u),            // just below the threshold
                2 => ((1UL << 48) + low % 3, 0u),                // just above it
                3 => (low, 0u),                                  // up to 2^64
                _ => (low, high),                                // anywhere
            };
            return new decimal(unchecked((int)lo64), unchecked((int)(lo64 >> 32)), unchecked((int)hi32), negative, (byte)scale);
        });

    private static (bool, decimal) Reference(Func<decimal> operation)
    {
        try
        {
            return (true, operation());
        }
        catch (OverflowException)
        {
            return (false, 0m);
        }
    }

    private static bool SameBits(decimal a, decimal b) => decimal.GetBits(a).SequenceEqual(decimal.GetBits(b));

    [Fact]
    public void TryMultiply_AnyOperands_GivesTheCheckedOperatorsBits() =>
        Gen.Select(Gen.OneOf(Operand, Gens.AnyDecimal), Gen.OneOf(Operand, Gens.AnyDecimal)).Sample((left, right) =>
        {
            var (inRange, expected) = Reference(() => left * right);
            return DecimalRange.TryMultiply(left, right, out var product) == inRange && SameBits(product, expected);
        }, seed: "0DrM1uL7tI9p", iter: Hostile.TryMethodsTest.Iterations(50_000));

    [Fact]
    public void TryDivide_AnyNonZeroDivisor_GivesTheCheckedOperatorsBits() =>
        Gen.Select(Gen.OneOf(Operand, Gens.AnyDecimal), Gen.OneOf(Operand, Gens.AnyDecimal).Where(d => d != 0m)).Sample((dividend, divisor) =>
        {
            var (inRange, expected) = Reference(() => dividend / divisor);
            return DecimalRange.TryDivide(dividend, divisor, out var quotient) == inRange && SameBits(quotient, expected);
        }, seed: "0DrD2vK8sH0q", iter: Hostile.TryMethodsTest.Iterations(50_000));

    [Theory]
    [InlineData("281474976710655", "281474976710655", true)]            // 2^48 - 1 squared: the inline path
    [InlineData("79228162514264337593543950335", "1", true)]
    [InlineData("79228162514264337593543950335", "1.0000000000000000000000000001", false)]
    [InlineData("-79228162514264337593543950335", "2", false)]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001", true)] // rounds to zero: in range
    public void TryMultiply_Edges_MatchTheOperator(string left, string right, bool inRange)
    {
        var (l, r) = (decimal.Parse(left, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(right, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(inRange, DecimalRange.TryMultiply(l, r, out var product));
        Assert.True(SameBits(product, Reference(() => l * r).Item2));
    }

    [Fact]
    public void TryDivide_ByZero_ThrowsAsTheOperatorDoes()
    {
        Assert.Throws<DivideByZeroException>(() => DecimalRange.TryDivide(1m, 0m, out _));
        Assert.Throws<DivideByZeroException>(() => DecimalRange.TryDivide(1m, 0.000m, out _));
    }

    [Fact]
    public void TryDivide_SmallDividendByTheSmallestFastDivisor_IsInRange()
    {
        // 2^48 - 1 divided by 10^-14: 2.8·10^28, the largest quotient the inline path can give.
        var dividend = (decimal)((1L << 48) - 1);
        var divisor = 0.00000000000001m;
        Assert.True(DecimalRange.TryDivide(dividend, divisor, out var quotient));
        Assert.Equal(dividend * 100_000_000_000_000m, quotient);
    }
}
