using CsCheck;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

public class ShareTest
{
    [Fact]
    public void OneThird_AsSeed004Line72StatesIt()
    {
        // "with each of the parties contributing one third of the funds required" (seed 004, line 72).
        var third = Share.FromFraction(1, 3);
        Assert.Equal("1/3", third.ToString());
        Assert.True(Share.AreWhole([third, third, third]));
        Assert.False(Share.AreWhole([third, third]));
        Assert.Equal(new Money(100m, CurrencyCode.EUR) / 3m, third.Of(new Money(100m, CurrencyCode.EUR)));
    }

    [Theory]
    [InlineData("1/2", 1, 2)]
    [InlineData("2/6", 1, 3)]
    [InlineData("50%", 1, 2)]
    [InlineData("33.5%", 67, 200)]
    [InlineData("0/5", 0, 1)]
    [InlineData("100%", 1, 1)]
    public void Parse_FractionsAndPercentages_Reduced(string text, long numerator, long denominator)
    {
        var share = Share.Parse(text);
        Assert.Equal(numerator, share.Numerator);
        Assert.Equal(denominator, share.Denominator);
    }

    [Theory]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("120%")]
    [InlineData("half")]
    [InlineData("0.5")]
    public void Parse_Bad_ThrowsFormatExceptionNamingValue(string text) =>
        Assert.Contains($"'{text}'", Assert.Throws<FormatException>(() => Share.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void FromFraction_OutOfRange_ThrowsNamingFraction() =>
        Assert.Contains("was 4/3", Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromFraction(4, 3)).Message, StringComparison.Ordinal);

    [Fact]
    public void Default_IsRejectedLoudly()
    {
        var d = default(Share);
        Assert.True(d.IsDefault);
        Assert.Throws<InvalidOperationException>(() => d.Numerator);
        Assert.Throws<InvalidOperationException>(() => d.Of(new Money(1m, CurrencyCode.EUR)));
        Assert.Equal("(default Share)", d.ToString());
    }

    [Fact]
    public void Equality_Contract_ByValue() =>
        EqualityContract.AssertStruct(Share.FromFraction(1, 2), Share.Parse("50%"), Share.FromFraction(1, 3), Share.Whole, default);

    [Fact]
    public void Comparison_Contract() =>
        ComparisonContract.AssertStruct(Share.FromFraction(1, 3), Share.FromFraction(1, 2), Share.FromFraction(2, 3));

    [Fact]
    public void Property_ParseToString_RoundTripsAndOrderMatchesDecimal() =>
        Gen.Select(Gen.Long[1, 1_000_000], Gen.Long[0, 1_000_000], Gen.Long[0, 1_000_000]).Sample((d, a, b) =>
        {
            var x = Share.FromFraction(a % (d + 1), d);
            var y = Share.FromFraction(b % (d + 1), d);
            return Share.Parse(x.ToString()) == x && x.CompareTo(y) == (a % (d + 1)).CompareTo(b % (d + 1));
        });

    // Issue 21: TryFormat writes in place (and ToString through it); the reduced fraction, computed here, or nothing
    // (0 written) when it does not fit.
    [Fact]
    public void TryFormat_AnyShare_IsTheReducedFraction_OrNothingWhenShort() =>
        Gen.Select(Gen.Long[1, long.MaxValue], Gen.Long[0, long.MaxValue], Gen.Int[0, 45]).Sample((denominator, n, room) =>
        {
            var numerator = n % denominator;
            var share = Share.FromFraction(numerator, denominator);
            var gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(numerator, denominator);
            var text = FormattableString.Invariant($"{numerator / gcd}/{denominator / gcd}"); // the reduced fraction, computed here
            var buffer = new char[room];
            var ok = share.TryFormat(buffer, out var written, default, null);
            return ok == (room >= text.Length) && (ok ? new string(buffer, 0, written) == text : written == 0) && share.ToString() == text;
        }, seed: "0ShT6gH8jK0l", iter: Hostile.TryMethodsTest.Iterations(5_000));

    [Fact]
    public void TryFormat_Default_WritesItsDescription()
    {
        var buffer = new char[64];
        Assert.True(default(Share).TryFormat(buffer, out var written, default, null));
        Assert.Equal(default(Share).ToString(), new string(buffer, 0, written));
    }
}
