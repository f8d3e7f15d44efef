using MigDev.Core.Tests.Contracts;
using NodaTime;

namespace MigDev.Core.Tests;

public class ExchangeRateTest
{
    private static readonly LocalDate Date = new(2008, 1, 2);
    private static readonly ExchangeRate EurUsd = new(CurrencyCode.EUR, CurrencyCode.USD, 1.4688m, Date, ExchangeRateSource.Ecb);

    [Fact]
    public void Constructor_KeepsEverythingAsPublished()
    {
        Assert.Equal(CurrencyCode.EUR, EurUsd.BaseCurrency);
        Assert.Equal(CurrencyCode.USD, EurUsd.QuoteCurrency);
        Assert.Equal(1.4688m, EurUsd.Rate);
        Assert.Equal(Date, EurUsd.Date);
        Assert.Equal(RateDerivation.Published, EurUsd.Derivation);
        Assert.Equal("EUR→USD 1.4688 on 2008-01-02 (ECB euro reference rates)", EurUsd.ToString());
    }

    [Fact]
    public void Constructor_BadArguments_NameParameterAndValue()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, -1.5m, Date, ExchangeRateSource.Ecb));
        Assert.Equal("rate", zero.ParamName);
        Assert.Contains("-1.5", zero.Message, StringComparison.Ordinal);
        Assert.Equal("quoteCurrency", Assert.Throws<ArgumentException>(() => new ExchangeRate(CurrencyCode.EUR, CurrencyCode.EUR, 1m, Date, ExchangeRateSource.Ecb)).ParamName);
        Assert.Equal("baseCurrency", Assert.Throws<ArgumentException>(() => new ExchangeRate(default, CurrencyCode.EUR, 1m, Date, ExchangeRateSource.Ecb)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, 1m, Date, null!)).ParamName);
    }

    [Fact]
    public void Invert_IsOneOverRateAndSaysSo()
    {
        var inverse = EurUsd.Invert();
        Assert.Equal(CurrencyCode.USD, inverse.BaseCurrency);
        Assert.Equal(CurrencyCode.EUR, inverse.QuoteCurrency);
        Assert.Equal(1m / 1.4688m, inverse.Rate);
        Assert.Equal(RateDerivation.Inverse, inverse.Derivation);
        Assert.Contains("inverse", inverse.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_MultipliesLegsThatMeet()
    {
        var eurGbp = new ExchangeRate(CurrencyCode.EUR, CurrencyCode.GBP, 0.7413m, Date, ExchangeRateSource.Ecb);
        var usdGbp = ExchangeRate.Cross(EurUsd.Invert(), eurGbp);
        Assert.Equal(1m / 1.4688m * 0.7413m, usdGbp.Rate);
        Assert.Equal(RateDerivation.Cross, usdGbp.Derivation);
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(EurUsd, eurGbp)).ParamName);
        var otherDay = new ExchangeRate(CurrencyCode.EUR, CurrencyCode.GBP, 0.7448m, Date.PlusDays(1), ExchangeRateSource.Ecb);
        Assert.Contains("2008-01-03", Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(EurUsd.Invert(), otherDay)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_MultipliesAndRefusesOtherCurrencies()
    {
        Assert.Equal(new Money(14.688m, CurrencyCode.USD), EurUsd.Convert(new Money(10m, CurrencyCode.EUR)));
        Assert.Throws<CurrencyMismatchException>(() => EurUsd.Convert(new Money(10m, CurrencyCode.USD)));
    }

    [Fact]
    public void Default_IsRejectedLoudly()
    {
        var d = default(ExchangeRate);
        Assert.True(d.IsDefault);
        Assert.Throws<InvalidOperationException>(() => d.Rate);
        Assert.Throws<InvalidOperationException>(() => d.Invert());
        Assert.Equal("(default ExchangeRate)", d.ToString());
        Assert.NotEqual(EurUsd, d);
    }

    [Fact]
    public void Equality_Contract() =>
        EqualityContract.AssertStruct(
            EurUsd,
            new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, 1.46880m, Date, new ExchangeRateSource("ECB euro reference rates")),
            new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, 1.4689m, Date, ExchangeRateSource.Ecb),
            new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, 1.4688m, Date.PlusDays(1), ExchangeRateSource.Ecb),
            new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, 1.4688m, Date, new ExchangeRateSource("Donor")),
            default);

    [Fact]
    public void Source_Equality_ByName() =>
        EqualityContract.AssertClass(new ExchangeRateSource("A", "one"), new ExchangeRateSource("A", "two"), new ExchangeRateSource("B"));
}
