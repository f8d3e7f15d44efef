namespace MigDev.Core.Tests;

public partial class MoneyTest
{
    [Theory]
    [InlineData("USD 10.125", "USD 10.12")]
    [InlineData("USD 10.135", "USD 10.14")]
    [InlineData("USD -10.125", "USD -10.12")]
    [InlineData("JPY 10.5", "JPY 10")]
    [InlineData("JPY 11.5", "JPY 12")]
    [InlineData("KWD 1.0005", "KWD 1.000")]
    [InlineData("EUR 5", "EUR 5.00")]
    [InlineData("TRL 1234.5", "TRL 1234")]
    public void Round_DefaultIsToEvenAtMinorUnit(string before, string after) =>
        Assert.Equal(after, Money.Parse(before).Round().ToString());

    [Theory]
    [InlineData("USD 10.125", MidpointRounding.AwayFromZero, "USD 10.13")]
    [InlineData("USD -10.125", MidpointRounding.AwayFromZero, "USD -10.13")]
    [InlineData("USD 10.129", MidpointRounding.ToZero, "USD 10.12")]
    [InlineData("USD 10.121", MidpointRounding.ToPositiveInfinity, "USD 10.13")]
    public void Round_ChosenMode(string before, MidpointRounding mode, string after) =>
        Assert.Equal(after, Money.Parse(before).Round(mode).ToString());

    [Fact]
    public void Round_DefaultMode_IsDocumentedToEven() =>
        Assert.Equal(MidpointRounding.ToEven, Money.DefaultMidpointRounding);

    [Fact]
    public void Round_ExplicitDecimals_ForCurrencyWithoutMinorUnit()
    {
        var gold = new Money(1.23456m, CurrencyCode.Parse("XAU"));
        var ex = Assert.Throws<InvalidOperationException>(() => gold.Round());
        Assert.Contains("XAU", ex.Message, StringComparison.Ordinal);
        Assert.Equal("XAU 1.235", gold.Round(3, MidpointRounding.ToEven).ToString());
    }

    [Fact]
    public void Round_WithdrawnCodeWithoutKnownMinorUnit_ThrowsNamingCode()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new Money(1.234m, CurrencyCode.Parse("DEM")).Round());
        Assert.Contains("DEM", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not known", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_BadArguments_ThrowArgumentOutOfRangeNamingValue()
    {
        var m = new Money(1m, Eur);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => m.Round(29, MidpointRounding.ToEven));
        Assert.Equal("decimals", ex.ParamName);
        Assert.Contains("29", ex.Message, StringComparison.Ordinal);
        var modeEx = Assert.Throws<ArgumentOutOfRangeException>(() => m.Round((MidpointRounding)42));
        Assert.Equal("mode", modeEx.ParamName);
        Assert.Contains("42", modeEx.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsRoundedToMinorUnit()
    {
        Assert.True(Money.Parse("EUR 1.50").IsRoundedToMinorUnit());
        Assert.True(Money.Parse("EUR 1.5000").IsRoundedToMinorUnit());
        Assert.False(Money.Parse("EUR 1.505").IsRoundedToMinorUnit());
    }

    [Fact]
    public void Arithmetic_NeverRoundsToMinorUnit()
    {
        var third = new Money(1.00m, Eur) / 3m;
        Assert.False(third.IsRoundedToMinorUnit());
        Assert.Equal(new Money(1.00m, Eur) - new Money(0.0000000000000000000000000001m, Eur), third * 3m);
    }
}
