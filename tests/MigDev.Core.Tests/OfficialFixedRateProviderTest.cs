using CsCheck;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>
/// The euro's irrevocable conversion rates and the official pegs, each expected value typed here from the act that
/// fixes it (docs/exchange-rates.md cites them), independently of the library's table.
/// </summary>
public class OfficialFixedRateProviderTest
{
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyConverter Fixed = new(OfficialFixedRateProvider.Default);

    // (currency, units per euro as the act states it, first date)
    public static TheoryData<string, string, string> EuroRates => new()
    {
        { "BEF", "40.3399", "1999-01-01" }, { "DEM", "1.95583", "1999-01-01" }, { "ESP", "166.386", "1999-01-01" },
        { "FRF", "6.55957", "1999-01-01" }, { "IEP", "0.787564", "1999-01-01" }, { "ITL", "1936.27", "1999-01-01" },
        { "LUF", "40.3399", "1999-01-01" }, { "NLG", "2.20371", "1999-01-01" }, { "ATS", "13.7603", "1999-01-01" },
        { "PTE", "200.482", "1999-01-01" }, { "FIM", "5.94573", "1999-01-01" }, { "GRD", "340.750", "2001-01-01" },
        { "SIT", "239.640", "2007-01-01" }, { "CYP", "0.585274", "2008-01-01" }, { "MTL", "0.429300", "2008-01-01" },
        { "SKK", "30.1260", "2009-01-01" }, { "EEK", "15.6466", "2011-01-01" }, { "LVL", "0.702804", "2014-01-01" },
        { "LTL", "3.45280", "2015-01-01" }, { "HRK", "7.53450", "2023-01-01" }, { "BGN", "1.95583", "2026-01-01" },
        { "XOF", "655.957", "1999-01-01" }, { "XAF", "655.957", "1999-01-01" }, { "KMF", "491.96775", "1999-01-01" },
        { "CVE", "110.265", "1999-01-01" }, { "BAM", "1.95583", "2002-01-01" },
    };

    private static LocalDate Date(string iso) => LocalDate.FromDateOnly(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [MemberData(nameof(EuroRates))]
    public void EachRate_FromItsDate_NotBefore(string code, string rate, string since)
    {
        var currency = CurrencyCode.Parse(code);
        var perEuro = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        var first = Date(since);

        Assert.True(OfficialFixedRateProvider.Default.TryGetRate(Eur, currency, first, out var published));
        Assert.Equal(perEuro, published.Rate);
        Assert.Equal(first, published.Date);
        Assert.Equal(first, OfficialFixedRateProvider.Default.FixedSince(currency));
        Assert.False(OfficialFixedRateProvider.Default.TryGetRate(Eur, currency, first.PlusDays(-1), out _));
        Assert.False(OfficialFixedRateProvider.Default.TryGetRate(currency, Eur, first, out _));
        Assert.False(Fixed.TryConvert(new Money(1m, currency), Eur, first.PlusDays(-1), RatePolicy.ExactDate, out _));
        var (before, after) = OfficialFixedRateProvider.Default.FindNearestRates(Eur, currency, first.PlusDays(-10));
        Assert.Null(before);
        Assert.Equal(first, after!.Value.Date);
    }

    [Theory]
    [InlineData("DEM", "1.95583")]
    [InlineData("FRF", "6.55957")]
    [InlineData("ITL", "1936.27")]
    [InlineData("HRK", "7.53450")]
    [InlineData("BGN", "1.95583")]
    [InlineData("XOF", "655.957")]
    public void ToEurAndBack_Exact(string code, string rate)
    {
        var currency = CurrencyCode.Parse(code);
        var perEuro = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        var date = new LocalDate(2026, 4, 13);

        var national = Fixed.Convert(new Money(1000m, Eur), currency, date, RatePolicy.ExactDate);
        var back = Fixed.Convert(national.Converted, Eur, date, RatePolicy.ExactDate);

        Assert.Equal(1000m * perEuro, national.Converted.Amount);
        Assert.Equal(1000m, back.Converted.Amount);
        Assert.Equal(RateDerivation.Inverse, back.Rate.Derivation);
        // And a national amount to euros: divided by the published rate, never multiplied by a rounded inverse.
        Assert.Equal(12_345.67m / perEuro, Fixed.Convert(new Money(12_345.67m, currency), Eur, date, RatePolicy.ExactDate).Unrounded.Amount);
    }

    [Fact]
    public void XofToEurAndBack_ExactToTheCentAndBeyond()
    {
        var xof = CurrencyCode.Parse("XOF");
        var date = new LocalDate(2021, 6, 14);
        var there = Fixed.Convert(new Money(1000m, Eur), xof, date, RatePolicy.ExactDate, MidpointRounding.ToEven);
        var back = Fixed.Convert(there.Converted, Eur, date, RatePolicy.ExactDate);
        Assert.Equal(655957m, there.Converted.Amount);
        Assert.Equal(0m, there.RoundingDifference.Amount);
        Assert.Equal(1000m, back.Unrounded.Amount);
    }

    [Fact]
    public void Xpf_IsPublishedAsXpfToEur()
    {
        var xpf = CurrencyCode.Parse("XPF");
        var date = new LocalDate(2021, 6, 14);
        Assert.True(OfficialFixedRateProvider.Default.TryGetRate(xpf, Eur, date, out var rate));
        Assert.Equal(0.00838m, rate.Rate);
        Assert.Equal(8.38m, Fixed.Convert(new Money(1000m, xpf), Eur, date, RatePolicy.ExactDate).Converted.Amount);
        Assert.Equal(1000m, Fixed.Convert(new Money(8.38m, Eur), xpf, date, RatePolicy.ExactDate).Converted.Amount);
    }

    [Fact]
    public void DemToEur_On2001_06_29()
    {
        var dem = CurrencyCode.Parse("DEM");
        var c = Fixed.Convert(new Money(1_000_000m, dem), Eur, new LocalDate(2001, 6, 29), RatePolicy.ExactDate, MidpointRounding.AwayFromZero);
        Assert.Equal(Math.Round(1_000_000m / 1.95583m, 2, MidpointRounding.AwayFromZero), c.Converted.Amount);
        Assert.Equal("Council Regulation (EC) No 2866/98", c.Rate.Source.Name);
        Assert.Equal(0, c.DaysBack);

        // And through the ECB's history with the fixed rates first: DEM→USD is DEM→EUR (fixed) × EUR→USD (ECB).
        var both = new CurrencyConverter(new CompositeExchangeRateProvider(OfficialFixedRateProvider.Default, EcbExchangeRateProvider.Default));
        var date = new LocalDate(2001, 6, 29);
        var usd = both.Convert(new Money(1_000_000m, dem), CurrencyCode.USD, date, RatePolicy.ExactDate);
        Assert.Equal(1_000_000m / 1.95583m * EcbCsv.Rate(date, "USD"), usd.Unrounded.Amount);
        Assert.Equal(ExchangeRateSource.Ecb, usd.SecondLeg!.Value.Source);
    }

    [Fact]
    public void DemToFrf_TriangulatesThroughTheEuro()
    {
        var c = Fixed.Convert(new Money(1000m, CurrencyCode.Parse("DEM")), CurrencyCode.Parse("FRF"), new LocalDate(1999, 1, 4), RatePolicy.ExactDate);
        Assert.Equal(2, c.LegCount);
        Assert.Equal(Eur, c.FirstLeg!.Value.QuoteCurrency);
        Assert.Equal(1000m / 1.95583m * 6.55957m, c.Unrounded.Amount);
    }

    [Fact]
    public void Property_FromTheBaseOfTheActToTheOtherAndBack_IsExactForAnyAmount()
    {
        // Exact from the currency the act prices (EUR for "1 euro = 1.95583 DEM", XPF for "1,000 XPF = 8.38 EUR"):
        // multiplying by the published rate is exact, and dividing the result by it gives the amount back.
        var currencies = OfficialFixedRateProvider.Default.Currencies;
        var xpf = CurrencyCode.Parse("XPF");
        Gen.Select(Gen.Long[1, 99_999_999_999_999L], Gen.Int[0, currencies.Length - 1]).Sample((cents, i) =>
        {
            var (from, to) = currencies[i] == xpf ? (xpf, Eur) : (Eur, currencies[i]);
            var amount = new Money(cents / 100m, from);
            var date = new LocalDate(2026, 1, 1);
            var there = Fixed.Convert(amount, to, date, RatePolicy.ExactDate);
            return Fixed.Convert(there.Converted, from, date, RatePolicy.ExactDate).Converted == amount;
        }, seed: "0dNI2X4v5PGc", iter: 2000);
    }

    [Fact]
    public void Composite_FixedRateBeforeTheEcbsLastRate()
    {
        // CYP: the ECB's last rate is of 2007-12-31; from 2008 the irrevocable rate answers.
        var cyp = CurrencyCode.Parse("CYP");
        var both = new CurrencyConverter(new CompositeExchangeRateProvider(OfficialFixedRateProvider.Default, EcbExchangeRateProvider.Default));
        var c = both.Convert(new Money(1000m, cyp), Eur, new LocalDate(2009, 3, 2), RatePolicy.ExactDate);
        Assert.Equal(1000m / 0.585274m, c.Unrounded.Amount);
        Assert.Equal("Council Regulation (EC) No 1135/2007", c.Rate.Source.Name);
    }
}
