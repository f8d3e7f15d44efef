using NodaTime;
using NodaTime.Text;

namespace MigDev.Core.Tests;

/// <summary>The exception's data and message, built directly and as the ECB converter throws it, with the nearest
/// rates read from the ECB's CSV.</summary>
public class ExchangeRateNotFoundExceptionTest
{
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyCode Usd = CurrencyCode.USD;
    private static readonly CurrencyCode Cyp = CurrencyCode.Parse("CYP");

    // The last day on which the ECB published a CYP rate (Cyprus adopted the euro after it).
    private static readonly LocalDate LastCyp = EcbCsv.Dates.Last(d => EcbCsv.Cell(d, "CYP") != "N/A");

    private static ExchangeRate CsvRate(LocalDate date, string currency) =>
        new(Eur, CurrencyCode.Parse(currency), EcbCsv.Rate(date, currency), date, ExchangeRateSource.Ecb);

    [Fact]
    public void StandardConstructors_KeepMessageAndCauseWithoutData()
    {
        var plain = new ExchangeRateNotFoundException();
        Assert.Equal("No exchange rate was found.", plain.Message);
        Assert.True(plain.BaseCurrency.IsDefault);
        Assert.True(plain.MissingQuoteCurrency.IsDefault);
        Assert.Null(plain.Policy);
        Assert.Null(plain.RateSource);
        Assert.Null(plain.NearestBefore);
        Assert.Null(plain.NearestAfter);
        Assert.Equal("no EUR→XYZ", new ExchangeRateNotFoundException("no EUR→XYZ").Message);
        var cause = new InvalidOperationException("feed down");
        var wrapped = new ExchangeRateNotFoundException("no rate today", cause);
        Assert.Equal("no rate today", wrapped.Message);
        Assert.Same(cause, wrapped.InnerException);
        Assert.IsAssignableFrom<KeyNotFoundException>(wrapped);
    }

    [Fact]
    public void Constructor_SamePair_NamesPairDateSourcePolicyAndTheNearestRate()
    {
        var asked = LastCyp.PlusYears(1);
        var before = CsvRate(LastCyp, "CYP");
        var policy = RatePolicy.LatestOnOrBefore();

        var ex = new ExchangeRateNotFoundException(Cyp, Eur, asked, policy, ExchangeRateSource.Ecb, Eur, Cyp, before, null);

        Assert.Equal(Cyp, ex.BaseCurrency);
        Assert.Equal(Eur, ex.QuoteCurrency);
        Assert.Equal(asked, ex.Date);
        Assert.Same(policy, ex.Policy);
        Assert.Same(ExchangeRateSource.Ecb, ex.RateSource);
        Assert.Equal(Eur, ex.MissingBaseCurrency);
        Assert.Equal(Cyp, ex.MissingQuoteCurrency);
        Assert.Equal(before, ex.NearestBefore);
        Assert.Null(ex.NearestAfter);
        Assert.StartsWith($"No exchange rate CYP→EUR on {Iso(asked)} from ECB euro reference rates (latest on or before, up to 4 days back). ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith($"Nearest available: {before} before, none after.", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"{EcbCsv.Cell(LastCyp, "CYP")} on {Iso(LastCyp)}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("leg", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrownByTheEcbConverter_CarriesTheSameDataAsBuiltFromTheCsv()
    {
        var asked = LastCyp.PlusYears(1);
        var policy = RatePolicy.FirstOf(RatePolicy.ExactDate, RatePolicy.LatestOnOrBefore());

        var thrown = Assert.Throws<ExchangeRateNotFoundException>(() => CurrencyConverter.Ecb.Convert(new Money(1m, Cyp), Eur, asked, policy));

        var built = new ExchangeRateNotFoundException(Cyp, Eur, asked, policy, ExchangeRateSource.Ecb, Eur, Cyp, CsvRate(LastCyp, "CYP"), null);
        Assert.Equal(built.Message, thrown.Message);
        Assert.Same(policy, thrown.Policy);
        Assert.Equal(ExchangeRateSource.Ecb, thrown.RateSource);
        Assert.Equal(built.NearestBefore, thrown.NearestBefore);
        Assert.Null(thrown.NearestAfter);
    }

    [Fact]
    public void Constructor_MissingLegOfACrossRate_NamesTheLeg()
    {
        var asked = LastCyp.PlusYears(1);
        var ex = new ExchangeRateNotFoundException(Usd, Cyp, asked, RatePolicy.ExactDate, ExchangeRateSource.Ecb, Eur, Cyp, CsvRate(LastCyp, "CYP"), null);
        Assert.Equal(Usd, ex.BaseCurrency);
        Assert.Equal(Cyp, ex.QuoteCurrency);
        Assert.Contains($"No exchange rate USD→CYP on {Iso(asked)}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(exact date): the leg EUR→CYP is missing.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InverseOfThePublishedPair_IsNotCalledALeg()
    {
        var ex = new ExchangeRateNotFoundException(Eur, Cyp, LastCyp.PlusDays(1), RatePolicy.ExactDate, ExchangeRateSource.Ecb, Cyp, Eur, null, null);
        Assert.DoesNotContain("leg", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NothingEverPublished_SaysSo()
    {
        var kes = CurrencyCode.Parse("KES");
        Assert.DoesNotContain("KES", EcbCsv.Currencies);
        var ex = new ExchangeRateNotFoundException(kes, Usd, EcbCsv.Dates[0], RatePolicy.ExactDate, ExchangeRateSource.Ecb, Eur, kes, null, null);
        Assert.EndsWith("ECB euro reference rates never published EUR→KES.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nearest", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrownBeforeTheFirstPublication_NamesOnlyTheFirstCsvRateAfter()
    {
        var first = EcbCsv.Dates[0];
        var asked = first.PlusDays(-1);
        var ex = Assert.Throws<ExchangeRateNotFoundException>(() => CurrencyConverter.Ecb.Convert(new Money(1m, Eur), Usd, asked, RatePolicy.LatestOnOrBefore()));
        Assert.Null(ex.NearestBefore);
        Assert.Equal(CsvRate(first, "USD"), ex.NearestAfter);
        Assert.EndsWith($"Nearest available: none before, {CsvRate(first, "USD")} after.", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Iso(asked), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrownBetweenTwoSuppliedPeriods_NamesTheRateOnEitherSide()
    {
        // Two monthly rates a month apart, each the ECB's rate of its month's first publication.
        var source = new ExchangeRateSource("First ECB rate of the month");
        var march = EcbCsv.Dates.First(d => d.Year == 2009 && d.Month == 3);
        var may = EcbCsv.Dates.First(d => d.Year == 2009 && d.Month == 5);
        var marchRate = new ExchangeRate(Eur, Usd, EcbCsv.Rate(march, "USD"), march, source);
        var mayRate = new ExchangeRate(Eur, Usd, EcbCsv.Rate(may, "USD"), may, source);
        var provider = SuppliedExchangeRateProvider.Empty
            .Add(marchRate, new DateInterval(new LocalDate(2009, 3, 1), new LocalDate(2009, 3, 31)))
            .Add(mayRate, new DateInterval(new LocalDate(2009, 5, 1), new LocalDate(2009, 5, 31)));
        var april = new LocalDate(2009, 4, 15);

        var ex = Assert.Throws<ExchangeRateNotFoundException>(() => new CurrencyConverter(provider).Convert(new Money(1m, Eur), Usd, april, RatePolicy.ExactDate));

        Assert.Equal(marchRate, ex.NearestBefore);
        Assert.Equal(mayRate, ex.NearestAfter);
        Assert.Equal(provider.Source, ex.RateSource);
        Assert.Contains("from User-supplied rates", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith($"Nearest available: {marchRate} before, {mayRate} after.", ex.Message, StringComparison.Ordinal);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
