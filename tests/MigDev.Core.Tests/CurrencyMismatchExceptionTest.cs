using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>Two amounts of the embedded catalog in different currencies (JMDI's EUR 15 million, seed 000 line 15, and
/// its second phase's USD 9.5 million, seed 001 line 84) refused wherever they meet.</summary>
public class CurrencyMismatchExceptionTest
{
    private static readonly Money JmdiEuros = MigDevCatalog.Default.CommittedTo(ProgrammeId.Parse("jmdi"))[CurrencyCode.EUR];
    private static readonly Money Jmdi2Dollars = MigDevCatalog.Default.CommittedTo(ProgrammeId.Parse("jmdi-2"))[CurrencyCode.USD];

    [Fact]
    public void CatalogAmounts_AreTheSeedsFigures()
    {
        Assert.Contains("15 million euros", SeedText.Of("000")[14], StringComparison.Ordinal);
        Assert.Equal(15_000_000m, JmdiEuros.Amount);
        Assert.Contains("USD 9.5 million", SeedText.Of("001")[83], StringComparison.Ordinal);
        Assert.Equal(9_500_000m, Jmdi2Dollars.Amount);
    }

    [Fact]
    public void StandardConstructors_KeepMessageAndCauseWithoutCurrencies()
    {
        var plain = new CurrencyMismatchException();
        Assert.Equal("Amounts in different currencies cannot be combined or compared.", plain.Message);
        Assert.True(plain.Expected.IsDefault);
        Assert.True(plain.Actual.IsDefault);
        Assert.Equal("EUR and USD", new CurrencyMismatchException("EUR and USD").Message);
        var cause = new FormatException("bad code");
        var wrapped = new CurrencyMismatchException("no mixing", cause);
        Assert.Equal("no mixing", wrapped.Message);
        Assert.Same(cause, wrapped.InnerException);
        Assert.True(wrapped.Expected.IsDefault);
        Assert.IsAssignableFrom<InvalidOperationException>(wrapped);
    }

    [Fact]
    public void Constructor_TwoCurrencies_CarriesAndNamesBoth()
    {
        var ex = new CurrencyMismatchException(CurrencyCode.EUR, CurrencyCode.USD);
        Assert.Equal(CurrencyCode.EUR, ex.Expected);
        Assert.Equal(CurrencyCode.USD, ex.Actual);
        Assert.StartsWith("Currency mismatch: expected EUR, got USD.", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public void Addition_EurosAndDollars_ExpectsTheLeftCurrency()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => JmdiEuros + Jmdi2Dollars);
        Assert.Equal(CurrencyCode.EUR, ex.Expected);
        Assert.Equal(CurrencyCode.USD, ex.Actual);
        Assert.Contains("expected EUR, got USD", ex.Message, StringComparison.Ordinal);

        var reversed = Assert.Throws<CurrencyMismatchException>(() => Jmdi2Dollars - JmdiEuros);
        Assert.Equal(CurrencyCode.USD, reversed.Expected);
        Assert.Equal(CurrencyCode.EUR, reversed.Actual);
        Assert.Contains("expected USD, got EUR", reversed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparisonDivisionAndSum_EurosAndDollars_Throw()
    {
        Assert.Equal(CurrencyCode.USD, Assert.Throws<CurrencyMismatchException>(() => JmdiEuros < Jmdi2Dollars).Actual);
        Assert.Equal(CurrencyCode.USD, Assert.Throws<CurrencyMismatchException>(() => JmdiEuros.CompareTo(Jmdi2Dollars)).Actual);
        Assert.Equal(CurrencyCode.USD, Assert.Throws<CurrencyMismatchException>(() => JmdiEuros / Jmdi2Dollars).Actual);
        var sum = Assert.Throws<CurrencyMismatchException>(() => Money.Sum([JmdiEuros, Jmdi2Dollars], CurrencyCode.EUR));
        Assert.Equal(CurrencyCode.EUR, sum.Expected);
        Assert.Equal(CurrencyCode.USD, sum.Actual);
    }

    [Fact]
    public void ExchangeRateConvert_AmountNotInTheBaseCurrency_ExpectsTheBase()
    {
        var date = EcbCsv.Dates.First(d => d.Year == 2012 && d.Month == 12);
        var eurUsd = CurrencyConverter.Ecb.GetRate(CurrencyCode.EUR, CurrencyCode.USD, date, RatePolicy.ExactDate);

        var ex = Assert.Throws<CurrencyMismatchException>(() => eurUsd.Convert(Jmdi2Dollars));

        Assert.Equal(CurrencyCode.EUR, ex.Expected);
        Assert.Equal(CurrencyCode.USD, ex.Actual);
        Assert.Equal(new Money(15_000_000m * EcbCsv.Rate(date, "USD"), CurrencyCode.USD), eurUsd.Convert(JmdiEuros));
    }

    [Fact]
    public void MoneyBag_KeepsBothCurrenciesInsteadOfThrowing()
    {
        var bag = MoneyBag.Of([JmdiEuros, Jmdi2Dollars]);
        Assert.Equal(JmdiEuros, bag[CurrencyCode.EUR]);
        Assert.Equal(Jmdi2Dollars, bag[CurrencyCode.USD]);
    }
}
