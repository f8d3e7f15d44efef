using MigDev.Core.Tests.Contracts;
using NodaTime;

namespace MigDev.Core.Tests;

public class ExchangeRateSourceTest
{
    private const string UnRates = "UN operational rates of exchange";

    [Fact]
    public void Constructor_KeepsNameAndDescription()
    {
        var source = new ExchangeRateSource(UnRates, "Monthly rates set by the UN Treasury");
        Assert.Equal(UnRates, source.Name);
        Assert.Equal("Monthly rates set by the UN Treasury", source.Description);
        Assert.Equal(UnRates, source.ToString());
        Assert.Null(new ExchangeRateSource(UnRates).Description);
    }

    [Fact]
    public void Constructor_NullName_ThrowsArgumentNull() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new ExchangeRateSource(null!)).ParamName);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Constructor_BlankName_ThrowsNamingParameterAndValue(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExchangeRateSource(name));
        Assert.Equal("name", ex.ParamName);
        Assert.Contains($"'{name}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecb_IsTheSourceOfEveryRateFromTheFirstToTheLastCsvDate()
    {
        var ecb = ExchangeRateSource.Ecb;
        Assert.Equal("ECB euro reference rates", ecb.Name);
        Assert.Contains("eurofxref-hist", ecb.Description, StringComparison.Ordinal);
        Assert.Same(ecb, ExchangeRateSource.Ecb);

        // The summary gives the period 1999-01-04 to 2026-04-13: the CSV's first and last rows.
        var first = EcbCsv.Dates[0];
        var last = EcbCsv.Dates[^1];
        Assert.Equal(new LocalDate(1999, 1, 4), first);
        Assert.Equal(new LocalDate(2026, 4, 13), last);
        foreach (var date in new[] { first, last })
        {
            var rate = CurrencyConverter.Ecb.GetRate(CurrencyCode.EUR, CurrencyCode.USD, date, RatePolicy.ExactDate);
            Assert.Equal(ecb, rate.Source);
            Assert.Equal(EcbCsv.Rate(date, "USD"), rate.Rate);
        }
        Assert.Same(ecb, CurrencyConverter.Ecb.Provider.Source);
        Assert.False(CurrencyConverter.Ecb.TryConvert(new Money(1m, CurrencyCode.EUR), CurrencyCode.USD, first.PlusDays(-1), RatePolicy.ExactDate, out _));
        Assert.False(CurrencyConverter.Ecb.TryConvert(new Money(1m, CurrencyCode.EUR), CurrencyCode.USD, last.PlusDays(1), RatePolicy.ExactDate, out _));
    }

    [Fact]
    public void Equality_Contract_ByOrdinalName() =>
        EqualityContract.AssertClass(
            new ExchangeRateSource(UnRates, "one description"),
            new ExchangeRateSource(UnRates, "another description"),
            new ExchangeRateSource("un operational rates of exchange"),
            new ExchangeRateSource(UnRates + " "),
            ExchangeRateSource.Ecb);

    [Fact]
    public void Equality_RatesFromSourcesOfOneName_AreEqual()
    {
        var date = EcbCsv.Dates[0];
        var published = CurrencyConverter.Ecb.GetRate(CurrencyCode.EUR, CurrencyCode.USD, date, RatePolicy.ExactDate);
        var copied = new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, EcbCsv.Rate(date, "USD"), date, new ExchangeRateSource("ECB euro reference rates"));
        var relabelled = new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, EcbCsv.Rate(date, "USD"), date, new ExchangeRateSource(UnRates));
        Assert.Equal(published, copied);
        Assert.NotEqual(published, relabelled);
    }
}
