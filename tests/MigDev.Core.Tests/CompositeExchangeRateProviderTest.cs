using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>
/// Which provider answers a pair, step by step, with real rates only: the ECB's history (read from the CSV for the
/// expected values) and the real USD table of 2021-06-14 (read from the JSON).
/// </summary>
public class CompositeExchangeRateProviderTest
{
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyCode Usd = CurrencyCode.USD;
    private static readonly CurrencyCode Gbp = CurrencyCode.GBP;
    private static readonly CurrencyCode Kes = CurrencyCode.Parse("KES");
    private static readonly LocalDate Day = UsdTable.Date;
    private static readonly IExchangeRateProvider Ecb = EcbExchangeRateProvider.Default;
    private static readonly SuppliedExchangeRateProvider Table = UsdTable.Provider();

    private static CurrencyConversion Convert(decimal amount, CurrencyCode from, CurrencyCode to, RatePolicy policy, params IExchangeRateProvider[] providers) =>
        new CurrencyConverter(new CompositeExchangeRateProvider(providers)).Convert(new Money(amount, from), to, Day.PlusDays(policy == RatePolicy.ExactDate ? 0 : 1), policy);

    [Fact]
    public void Step1_DirectFromTheFirstProviderThatHasIt()
    {
        // The ECB publishes EUR→USD, the table USD→EUR: the ECB's direct rate when the ECB is first...
        var ecbFirst = Convert(1000m, Eur, Usd, RatePolicy.ExactDate, Ecb, Table);
        Assert.Equal(ExchangeRateSource.Ecb, ecbFirst.Rate.Source);
        Assert.Equal(RateDerivation.Published, ecbFirst.Rate.Derivation);
        Assert.Equal(1000m * EcbCsv.Rate(Day, "USD"), ecbFirst.Unrounded.Amount);

        // ...and the table's USD→EUR, inverted, when the table is first: provider order beats direct over inverse.
        var tableFirst = Convert(1000m, Eur, Usd, RatePolicy.ExactDate, Table, Ecb);
        Assert.Equal(UsdTable.Source, tableFirst.Rate.Source);
        Assert.Equal(RateDerivation.Inverse, tableFirst.Rate.Derivation);
        Assert.Equal(1000m / UsdTable.Rate("EUR"), tableFirst.Unrounded.Amount);
    }

    [Fact]
    public void Step1_InverseFromTheFirstProviderBeatsDirectFromTheSecond()
    {
        var c = Convert(1000m, Usd, Eur, RatePolicy.ExactDate, Ecb, Table);
        Assert.Equal(RateDerivation.Inverse, c.Rate.Derivation);
        Assert.Equal(ExchangeRateSource.Ecb, c.Rate.Source);
        Assert.Equal(1000m / EcbCsv.Rate(Day, "USD"), c.Unrounded.Amount);
    }

    [Fact]
    public void Step1_DirectFromALaterProviderBeatsACrossFromTheFirst()
    {
        // The ECB could cross USD→GBP through EUR; the table publishes USD→GBP: any direct rate beats any cross.
        var c = Convert(1000m, Usd, Gbp, RatePolicy.ExactDate, Ecb, Table);
        Assert.Equal(1, c.LegCount);
        Assert.Equal(UsdTable.Source, c.Rate.Source);
        Assert.Equal(1000m * UsdTable.Rate("GBP"), c.Unrounded.Amount);
    }

    [Fact]
    public void Step2_CrossTakesEachLegFromTheFirstProviderThatHasIt()
    {
        var c = Convert(1000m, Eur, Kes, RatePolicy.ExactDate, Ecb, Table);

        Assert.Equal(2, c.LegCount);
        Assert.Equal(RateDerivation.Cross, c.Rate.Derivation);
        Assert.Equal(ExchangeRateSource.Ecb, c.FirstLeg!.Value.Source);
        Assert.Equal(Day, c.FirstLeg.Value.Date);
        Assert.Equal(EcbCsv.Rate(Day, "USD"), c.FirstLeg.Value.Rate);
        Assert.Equal(UsdTable.Source, c.SecondLeg!.Value.Source);
        Assert.Equal(Day, c.SecondLeg.Value.Date);
        Assert.Equal(UsdTable.Rate("KES"), c.SecondLeg.Value.Rate);
        Assert.Equal(1000m * EcbCsv.Rate(Day, "USD") * UsdTable.Rate("KES"), c.Unrounded.Amount);

        // The table first: its own USD→EUR, inverted, is the first leg.
        var tableFirst = Convert(1000m, Eur, Kes, RatePolicy.ExactDate, Table, Ecb);
        Assert.Equal(UsdTable.Source, tableFirst.FirstLeg!.Value.Source);
        Assert.Equal(1000m / UsdTable.Rate("EUR") * UsdTable.Rate("KES"), tableFirst.Unrounded.Amount);
    }

    [Fact]
    public void Step2_PivotsInProviderOrder_TheFirstThroughWhichBothLegsAreFound()
    {
        var jpy = CurrencyCode.JPY;
        var chf = CurrencyCode.CHF;
        var throughEur = Convert(1000m, jpy, chf, RatePolicy.ExactDate, Ecb, Table);
        Assert.Equal(Eur, throughEur.FirstLeg!.Value.QuoteCurrency);
        Assert.Equal(1000m / EcbCsv.Rate(Day, "JPY") * EcbCsv.Rate(Day, "CHF"), throughEur.Unrounded.Amount);

        var throughUsd = Convert(1000m, jpy, chf, RatePolicy.ExactDate, Table, Ecb);
        Assert.Equal(Usd, throughUsd.FirstLeg!.Value.QuoteCurrency);
        Assert.Equal(1000m / UsdTable.Rate("JPY") * UsdTable.Rate("CHF"), throughUsd.Unrounded.Amount);

        // GBP→KES cannot go through EUR (no EUR↔KES anywhere): through USD, both legs from the table.
        var fallback = Convert(1000m, Gbp, Kes, RatePolicy.ExactDate, Ecb, Table);
        Assert.Equal(Usd, fallback.FirstLeg!.Value.QuoteCurrency);
        Assert.Equal(1000m / UsdTable.Rate("GBP") * UsdTable.Rate("KES"), fallback.Unrounded.Amount);
    }

    [Fact]
    public void Dates_TheLatestDateWithAnyAnswerWins()
    {
        // Asked for 2021-06-15, looking back: the ECB's cross of that day beats the table's direct rate of the day before.
        var c = Convert(1000m, Usd, Gbp, RatePolicy.LatestOnOrBefore(), Ecb, Table);
        var next = Day.PlusDays(1);
        Assert.Equal(RateDerivation.Cross, c.Rate.Derivation);
        Assert.Equal(next, c.Rate.Date);
        Assert.Equal(1000m / EcbCsv.Rate(next, "USD") * EcbCsv.Rate(next, "GBP"), c.Unrounded.Amount);

        // KES only in the table: a day back, both legs of 2021-06-14.
        var kes = Convert(1000m, Eur, Kes, RatePolicy.LatestOnOrBefore(), Ecb, Table);
        Assert.Equal(1, kes.DaysBack);
        Assert.Equal(1000m * EcbCsv.Rate(Day, "USD") * UsdTable.Rate("KES"), kes.Unrounded.Amount);
    }

    [Fact]
    public void NoRate_ThrowsNamingTheComposite()
    {
        var converter = new CurrencyConverter(new CompositeExchangeRateProvider(Ecb, Table));
        var ex = Assert.Throws<ExchangeRateNotFoundException>(() => converter.Convert(new Money(1m, Eur), Kes, Day.PlusDays(1), RatePolicy.ExactDate));
        Assert.Contains("ECB euro reference rates, then User-supplied rates", ex.Message, StringComparison.Ordinal);
        Assert.False(converter.TryConvert(new Money(1m, Eur), Kes, Day.PlusDays(1), RatePolicy.ExactDate, out _));
    }

    [Fact]
    public void Construction_FlattensRefusesEmptyAndNull()
    {
        var inner = new CompositeExchangeRateProvider(Ecb, Table);
        var outer = new CompositeExchangeRateProvider(OfficialFixedRateProvider.Default, inner);

        Assert.Equal([OfficialFixedRateProvider.Default, Ecb, Table], outer.Providers);
        Assert.Equal([Eur, Usd], outer.PivotCurrencies);
        Assert.Equal(Eur, outer.PivotCurrency);
        Assert.Null(new CompositeExchangeRateProvider(SuppliedExchangeRateProvider.Empty).PivotCurrency);
        Assert.Throws<ArgumentException>(() => new CompositeExchangeRateProvider([]));
        Assert.Throws<ArgumentNullException>(() => new CompositeExchangeRateProvider(Ecb, null!));
    }

    [Fact]
    public void TryGetRateAndNearest_FirstProviderThatPublishesAndNearestAcrossAll()
    {
        var composite = new CompositeExchangeRateProvider(Table, Ecb);
        Assert.True(composite.TryGetRate(Eur, Usd, Day, out var ecb));
        Assert.Equal(ExchangeRateSource.Ecb, ecb.Source);
        Assert.True(composite.TryGetRate(Usd, Kes, Day, out var kes));
        Assert.Equal(UsdTable.Rate("KES"), kes.Rate);
        Assert.False(composite.TryGetRate(Kes, Usd, Day, out _));

        var (before, after) = composite.FindNearestRates(Usd, Kes, Day.PlusDays(3));
        Assert.Equal(kes, before);
        Assert.Null(after);
    }
}
