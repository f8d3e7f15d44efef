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
}
