using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>
/// Supplied monthly rates, each the ECB's rate of its month's first publication (read from the CSV), valid for the
/// whole calendar month, as an agency's monthly operational rates are.
/// </summary>
public class SuppliedExchangeRateProviderTest
{
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyCode Usd = CurrencyCode.USD;
    private static readonly CurrencyCode Gbp = CurrencyCode.GBP;
    private static readonly ExchangeRateSource Monthly = new("Monthly rate: the ECB's first publication of the month");

    private static DateInterval Month(int year, int month) =>
        new(new LocalDate(year, month, 1), new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1));

    private static ExchangeRate MonthlyRate(int year, int month, string currency = "USD")
    {
        var first = EcbCsv.Dates.First(d => d.Year == year && d.Month == month);
        return new ExchangeRate(Eur, CurrencyCode.Parse(currency), EcbCsv.Rate(first, currency), first, Monthly);
    }

    [Fact]
    public void Empty_HasNoRatesAndNoPivot()
    {
        var empty = SuppliedExchangeRateProvider.Empty;
        Assert.Equal(0, empty.Count);
        Assert.Null(empty.PivotCurrency);
        Assert.Equal("User-supplied rates", empty.Source.Name);
        Assert.False(empty.TryGetRate(Eur, Usd, EcbCsv.Dates[0], out var rate));
        Assert.True(rate.IsDefault);
        Assert.Equal((null, null), empty.FindNearestRates(Eur, Usd, EcbCsv.Dates[0]));
    }

    [Fact]
    public void Add_RateAlone_AppliesOnItsOwnDateOnly()
    {
        var date = EcbCsv.Dates.First(d => d.Year == 2009 && d.Month == 3);
        var rate = new ExchangeRate(Eur, Usd, EcbCsv.Rate(date, "USD"), date, ExchangeRateSource.Ecb);

        var provider = SuppliedExchangeRateProvider.Empty.Add(rate);

        Assert.Equal(1, provider.Count);
        Assert.Equal(0, SuppliedExchangeRateProvider.Empty.Count);
        Assert.True(provider.TryGetRate(Eur, Usd, date, out var found));
        Assert.Equal(rate, found);
        Assert.False(provider.TryGetRate(Eur, Usd, date.PlusDays(-1), out _));
        Assert.False(provider.TryGetRate(Eur, Usd, date.PlusDays(1), out _));
    }

    [Fact]
    public void Add_WithValidity_AppliesFromItsFirstToItsLastDayAndReturnsTheRateAsSupplied()
    {
        var march = Month(2009, 3);
        var rate = MonthlyRate(2009, 3);
        var provider = SuppliedExchangeRateProvider.Empty.Add(rate, march);

        foreach (var day in new[] { march.Start, rate.Date, march.Start.PlusDays(16), march.End })
        {
            Assert.True(provider.TryGetRate(Eur, Usd, day, out var found), day.ToString());
            Assert.Equal(rate, found);
            Assert.Equal(rate.Date, found.Date);
            Assert.Same(Monthly, found.Source);
        }
        Assert.False(provider.TryGetRate(Eur, Usd, march.Start.PlusDays(-1), out _));
        Assert.False(provider.TryGetRate(Eur, Usd, march.End.PlusDays(1), out _));
    }

    [Fact]
    public void TryGetRate_AnswersOnlyTheSuppliedDirection_TheConverterInvertsIt()
    {
        var march = Month(2009, 3);
        var rate = MonthlyRate(2009, 3);
        var provider = SuppliedExchangeRateProvider.Empty.Add(rate, march);

        Assert.False(provider.TryGetRate(Usd, Eur, march.End, out _));
        var back = new CurrencyConverter(provider).GetRate(Usd, Eur, march.End, RatePolicy.ExactDate);
        Assert.Equal(RateDerivation.Inverse, back.Derivation);
        Assert.Equal(1m / EcbCsv.Rate(rate.Date, "USD"), back.Rate);
    }

    [Fact]
    public void Add_AdjacentPeriods_AreBothKept()
    {
        var provider = SuppliedExchangeRateProvider.Empty
            .Add(MonthlyRate(2009, 3), Month(2009, 3))
            .Add(MonthlyRate(2009, 4), Month(2009, 4));

        Assert.Equal(2, provider.Count);
        Assert.True(provider.TryGetRate(Eur, Usd, new LocalDate(2009, 3, 31), out var march));
        Assert.True(provider.TryGetRate(Eur, Usd, new LocalDate(2009, 4, 1), out var april));
        Assert.Equal(MonthlyRate(2009, 3), march);
        Assert.Equal(MonthlyRate(2009, 4), april);
    }

    [Theory]
    [InlineData(2009, 3, 31, 2009, 4, 30)] // shares the last day of March
    [InlineData(2009, 2, 1, 2009, 3, 1)] // shares the first day of March
    [InlineData(2009, 3, 10, 2009, 3, 20)] // inside March
    [InlineData(2009, 1, 1, 2009, 12, 31)] // encloses March
    public void Add_OverlappingPeriod_IsRefusedNamingBothRatesAndPeriods(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var march = Month(2009, 3);
        var marchRate = MonthlyRate(2009, 3);
        var provider = SuppliedExchangeRateProvider.Empty.Add(marchRate, march);
        var other = new DateInterval(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));
        var otherRate = MonthlyRate(2009, 4);

        var ex = Assert.Throws<ArgumentException>(() => provider.Add(otherRate, other));

        Assert.Equal("validity", ex.ParamName);
        Assert.Contains(march.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains(other.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains(marchRate.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains(otherRate.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, provider.Count);
    }

    [Fact]
    public void Add_RateAloneOnADayOfASuppliedPeriod_IsRefused()
    {
        var provider = SuppliedExchangeRateProvider.Empty.Add(MonthlyRate(2009, 3), Month(2009, 3));
        var midMarch = EcbCsv.Dates.First(d => d.Year == 2009 && d.Month == 3 && d.Day >= 15);
        var daily = new ExchangeRate(Eur, Usd, EcbCsv.Rate(midMarch, "USD"), midMarch, ExchangeRateSource.Ecb);

        var ex = Assert.Throws<ArgumentException>(() => provider.Add(daily));

        Assert.Equal("validity", ex.ParamName);
        Assert.Contains(new DateInterval(midMarch, midMarch).ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains(Month(2009, 3).ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_OverlapInTheOtherDirectionOrAnotherPair_IsAccepted()
    {
        var march = Month(2009, 3);
        var rate = MonthlyRate(2009, 3);
        var provider = SuppliedExchangeRateProvider.Empty
            .Add(rate, march)
            .Add(rate.Invert(), march)
            .Add(MonthlyRate(2009, 3, "GBP"), march);

        Assert.Equal(3, provider.Count);
        Assert.True(provider.TryGetRate(Usd, Eur, march.Start, out var inverse));
        Assert.Equal(1m / EcbCsv.Rate(rate.Date, "USD"), inverse.Rate);
        Assert.True(provider.TryGetRate(Eur, Gbp, march.Start, out var gbp));
        Assert.Equal(EcbCsv.Rate(rate.Date, "GBP"), gbp.Rate);
    }

    [Fact]
    public void Add_BadArguments_ThrowNamingTheParameter()
    {
        var single = Assert.Throws<ArgumentException>(() => SuppliedExchangeRateProvider.Empty.Add(default));
        Assert.Equal("rate", single.ParamName);
        Assert.Contains("default(ExchangeRate)", single.Message, StringComparison.Ordinal);
        var withValidity = Assert.Throws<ArgumentException>(() => SuppliedExchangeRateProvider.Empty.Add(default, Month(2009, 3)));
        Assert.Equal("rate", withValidity.ParamName);
        Assert.Contains("default(ExchangeRate)", withValidity.Message, StringComparison.Ordinal);
        Assert.Equal("validity", Assert.Throws<ArgumentNullException>(() => SuppliedExchangeRateProvider.Empty.Add(MonthlyRate(2009, 3), null!)).ParamName);
    }

    [Fact]
    public void FindNearestRates_ReturnsThePeriodsEndingBeforeAndStartingAfterTheDate()
    {
        var provider = SuppliedExchangeRateProvider.Empty
            .Add(MonthlyRate(2009, 5), Month(2009, 5))
            .Add(MonthlyRate(2009, 1), Month(2009, 1))
            .Add(MonthlyRate(2009, 3), Month(2009, 3));

        Assert.Equal((MonthlyRate(2009, 1), MonthlyRate(2009, 3)), provider.FindNearestRates(Eur, Usd, new LocalDate(2009, 2, 14)));
        Assert.Equal((MonthlyRate(2009, 1), MonthlyRate(2009, 3)), provider.FindNearestRates(Eur, Usd, new LocalDate(2009, 2, 1)));
        Assert.Equal((MonthlyRate(2009, 1), MonthlyRate(2009, 5)), provider.FindNearestRates(Eur, Usd, new LocalDate(2009, 3, 15)));
        Assert.Equal((null, MonthlyRate(2009, 1)), provider.FindNearestRates(Eur, Usd, new LocalDate(2008, 12, 31)));
        Assert.Equal((MonthlyRate(2009, 5), null), provider.FindNearestRates(Eur, Usd, new LocalDate(2009, 6, 1)));
        Assert.Equal((null, null), provider.FindNearestRates(Usd, Eur, new LocalDate(2009, 2, 14)));
    }

    [Fact]
    public void WithPivotCurrency_CrossesSuppliedRatesAsTheCsvDoes()
    {
        var march = Month(2009, 3);
        var plain = SuppliedExchangeRateProvider.Empty
            .Add(MonthlyRate(2009, 3), march)
            .Add(MonthlyRate(2009, 3, "GBP"), march);
        var pivoted = plain.WithPivotCurrency(Eur);

        Assert.Null(plain.PivotCurrency);
        Assert.Equal(Eur, pivoted.PivotCurrency);
        Assert.Equal(plain.Count, pivoted.Count);
        Assert.False(new CurrencyConverter(plain).TryConvert(new Money(1m, Usd), Gbp, march.End, RatePolicy.ExactDate, out _));

        var first = MonthlyRate(2009, 3).Date;
        var cross = new CurrencyConverter(pivoted).Convert(new Money(9_500_000m, Usd), Gbp, march.End, RatePolicy.ExactDate);
        Assert.Equal(2, cross.LegCount);
        Assert.Equal(RateDerivation.Cross, cross.Rate.Derivation);
        Assert.Equal(1m / EcbCsv.Rate(first, "USD") * EcbCsv.Rate(first, "GBP"), cross.Rate.Rate);
        Assert.Equal(9_500_000m / EcbCsv.Rate(first, "USD") * EcbCsv.Rate(first, "GBP"), cross.Unrounded.Amount);
        Assert.Null(pivoted.WithPivotCurrency(null).PivotCurrency);
    }

    [Fact]
    public void Converter_LatestOnOrBefore_ReachesBackToTheEndOfAPeriod()
    {
        var provider = SuppliedExchangeRateProvider.Empty.Add(MonthlyRate(2009, 3), Month(2009, 3));
        var converter = new CurrencyConverter(provider);

        var c = converter.Convert(new Money(1m, Eur), Usd, new LocalDate(2009, 4, 4), RatePolicy.LatestOnOrBefore());

        Assert.Equal(MonthlyRate(2009, 3), c.Rate);
        Assert.False(converter.TryConvert(new Money(1m, Eur), Usd, new LocalDate(2009, 4, 5), RatePolicy.LatestOnOrBefore(), out _));
    }
}
