using System.Globalization;
using System.Text;
using CsCheck;
using MigDev.Core.Internal;

namespace MigDev.Core.Tests;

/// <summary>The fast path of the exact decimal text (issue 21) against decimal.Parse itself, bit for bit.</summary>
public class DecimalTextTest
{
    private static readonly Gen<string> PlainNumber =
        Gen.Select(Gen.Bool, Gen.Int[1, 20], Gen.Int[0, 20], Gen.Int[0, 9].Array[40], (negative, integerDigits, scale, digits) =>
        {
            var sb = new StringBuilder();
            if (negative)
            {
                sb.Append('-');
            }
            for (var i = 0; i < integerDigits; i++)
            {
                // No leading zero unless the integer part is the single digit 0.
                sb.Append(i == 0 && integerDigits > 1 && digits[i] == 0 ? '1' : (char)('0' + digits[i]));
            }
            if (scale > 0)
            {
                sb.Append('.');
                for (var i = 0; i < scale; i++)
                {
                    sb.Append((char)('0' + digits[20 + i % 20]));
                }
            }
            return sb.ToString();
        });

    [Fact]
    public void TryParseShort_PlainNumbers_GiveDecimalParsesBits() =>
        PlainNumber.Sample(text =>
        {
            var expected = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var digits = text.Count(char.IsAsciiDigit);
            var fromChars = DecimalText.TryParseShort(text.AsSpan(), out var value);
            var fromBytes = DecimalText.TryParseShort(Encoding.ASCII.GetBytes(text).AsSpan(), out var valueFromBytes);
            // At most 19 digits take the fast path, and give exactly what decimal.Parse gives (scale, sign of zero).
            return fromChars == (digits <= 19) && fromBytes == fromChars
                && (!fromChars || (decimal.GetBits(value).SequenceEqual(decimal.GetBits(expected)) && value == valueFromBytes));
        }, seed: "0D3cT5xQ9wLm", iter: Hostile.TryMethodsTest.Iterations(20_000));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+1")]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("--1")]
    [InlineData("١")]
    public void TryParseShort_AnythingElse_IsLeftToTheFullPath(string text)
    {
        Assert.False(DecimalText.TryParseShort(text.AsSpan(), out _));
        Assert.NotEqual(DecimalTextError.None, DecimalText.TryParseExact(text, out _));
    }

    [Theory]
    [InlineData("-0", "0,0,0,-2147483648")]
    [InlineData("-0.00", "0,0,0,-2147352576")]
    [InlineData("9999999999999999999", "-1981284353,-1966660860,0,0")]
    [InlineData("0.000000000000000001", "1,0,0,1179648")]
    public void TryParseShort_Edges_KeepScaleAndSign(string text, string bits)
    {
        Assert.True(DecimalText.TryParseShort(text.AsSpan(), out var value));
        Assert.Equal(bits, string.Join(",", decimal.GetBits(value)));
    }

    private static readonly Gen<decimal> ShortMantissa =
        Gen.Select(Gen.ULong, Gen.Int[0, 28], Gen.Bool, Gen.Int[0, 3], (m, scale, negative, shape) =>
            new decimal(unchecked((int)(shape == 0 ? 0 : shape == 1 ? m % 1000 : m)), shape == 3 ? unchecked((int)(m >> 32)) : 0, 0, negative, (byte)scale));

    [Fact]
    public void TryFormatShortUtf8_GivesDecimalsOwnText() =>
        Gen.OneOf(ShortMantissa, Gens.AnyDecimal).Sample(value =>
        {
            var expected = new byte[64];
            value.TryFormat(expected, out var expectedLength, default, CultureInfo.InvariantCulture);
            var actual = new byte[DecimalText.MaxLength];
            var fast = DecimalText.TryFormatShortUtf8(value, actual, out var length);
            var fitsUlong = decimal.GetBits(value)[2] == 0;
            return fast == fitsUlong && (!fast || actual.AsSpan(0, length).SequenceEqual(expected.AsSpan(0, expectedLength)));
        }, seed: "0F4mT8yU2iOp", iter: Hostile.TryMethodsTest.Iterations(20_000));

    [Theory]
    [InlineData("0")]
    [InlineData("-0.00")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-0.0012")]
    [InlineData("18446744073709551615")]
    [InlineData("1844674407.3709551615")]
    [InlineData("-1.50")]
    public void TryFormatShortUtf8_Edges(string text)
    {
        var value = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var actual = new byte[DecimalText.MaxLength];
        Assert.True(DecimalText.TryFormatShortUtf8(value, actual, out var length));
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Encoding.ASCII.GetString(actual, 0, length));
    }
}
