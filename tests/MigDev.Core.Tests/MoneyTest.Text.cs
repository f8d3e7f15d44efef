using System.Globalization;

namespace MigDev.Core.Tests;

public partial class MoneyTest
{
    [Fact]
    public void ToString_IsCanonicalInvariant()
    {
        Assert.Equal("EUR 15000000.00", new Money(15_000_000.00m, Eur).ToString());
        Assert.Equal("JPY -5", new Money(-5m, CurrencyCode.JPY).ToString());
        Assert.Equal("USD 0.5", new Money(0.5m, Usd).ToString());
        Assert.Equal("USD 0.0000000000000000000000000001", new Money(0.0000000000000000000000000001m, Usd).ToString());
    }

    [Fact]
    public void ToString_IgnoresCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("EUR 1234.50", new Money(1234.50m, Eur).ToString());
            Assert.Equal("EUR 1234.50", $"{new Money(1234.50m, Eur)}");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToString_FormatAndCulture_FormatsAmountOnly()
    {
        var m = new Money(15_000_000m, Eur);
        Assert.Equal("EUR 15,000,000.00", m.ToString("N2", CultureInfo.InvariantCulture));
        Assert.Equal("EUR 15.000.000,00", m.ToString("N2", new CultureInfo("de-DE")));
        Assert.Equal("EUR 15,000,000.00", m.ToString("N2", null));
    }

    [Theory]
    [InlineData("C")]
    [InlineData("C2")]
    [InlineData("P")]
    public void ToString_CurrencyOrPercentFormat_ThrowsFormatException(string format)
    {
        var ex = Assert.Throws<FormatException>(() => new Money(1m, Eur).ToString(format, CultureInfo.InvariantCulture));
        Assert.Contains($"'{format}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFormat_SmallBuffer_ReturnsFalse()
    {
        Span<char> small = stackalloc char[5];
        Assert.False(new Money(15000000.00m, Eur).TryFormat(small, out var written, default, null));
        Assert.Equal(0, written);
        Span<char> enough = stackalloc char[32];
        Assert.True(new Money(15000000.00m, Eur).TryFormat(enough, out written, default, null));
        Assert.Equal("EUR 15000000.00", enough[..written].ToString());
    }

    [Theory]
    [InlineData("EUR 15000000.00", 15000000.00, "EUR")]
    [InlineData("USD -0.5", -0.5, "USD")]
    [InlineData("CYP 0", 0, "CYP")]
    public void Parse_CanonicalText(string text, double amount, string code)
    {
        var m = Money.Parse(text);
        Assert.Equal((decimal)amount, m.Amount);
        Assert.Equal(code, m.Currency.Code);
        Assert.Equal(text, m.ToString());
    }

    [Theory]
    [InlineData("EUR15.00", "three-letter currency code, one space")]
    [InlineData("EUR  15.00", "plain decimal number")]
    [InlineData("eur 15.00", "did you mean 'EUR'?")]
    [InlineData("XYZ 15.00", "not an ISO 4217 currency code")]
    [InlineData("EUR +15.00", "plain decimal number")]
    [InlineData("EUR 1e3", "plain decimal number")]
    [InlineData("EUR 1,000.00", "plain decimal number")]
    [InlineData("EUR 015", "plain decimal number")]
    [InlineData("EUR 15.", "plain decimal number")]
    [InlineData("EUR .5", "plain decimal number")]
    [InlineData("EUR 15.00 ", "plain decimal number")]
    [InlineData("EUR 0.12345678901234567890123456789", "would be rounded")]
    [InlineData("EUR 79228162514264337593543950336", "would be rounded")]
    public void Parse_BadText_ThrowsFormatExceptionNamingValueAndReason(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, out var result));
        Assert.True(result.IsDefault);
    }

    [Fact]
    public void Parse_NegativeZero_IsZero()
    {
        var m = Money.Parse("EUR -0.00");
        Assert.True(m.IsZero);
        Assert.Equal(Money.Zero(Eur), m);
    }

    [Fact]
    public void Parse_ExtremeButExact_IsAccepted()
    {
        Assert.Equal(decimal.MaxValue, Money.Parse("EUR 79228162514264337593543950335").Amount);
        Assert.Equal(0.0000000000000000000000000001m, Money.Parse("EUR 0.0000000000000000000000000001").Amount);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(Money.TryParse((string?)null, out _));
}
