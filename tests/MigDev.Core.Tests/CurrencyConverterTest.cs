using CsCheck;
using NodaTime;

namespace MigDev.Core.Tests;

public class CurrencyConverterTest
{
    private static readonly CurrencyConverter Ecb = CurrencyConverter.Ecb;
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyCode Usd = CurrencyCode.USD;
    private static readonly CurrencyCode Gbp = CurrencyCode.GBP;
    private static readonly LocalDate FirstDayOf2008 = new(2008, 1, 2);

    [Fact]
    public void Convert_Jmdi15MillionEuros_IntoUsdAtFirstEcbRateOf2008()
    {
        // Seed 000, line 15: "a 15 million euros programme ... starting in 2008". 2008-01-02 is the ECB's first
        // publication of 2008; its EUR→USD rate in the CSV is 1.4688.
        var jmdi = new Money(15_000_000m, Eur);
        var usd = Ecb.Convert(jmdi, Usd, FirstDayOf2008, RatePolicy.ExactDate, MidpointRounding.ToEven);
        Assert.Equal(new Money(15_000_000m * EcbCsv.Rate(FirstDayOf2008, "USD"), Usd).Round(), usd.Converted);
        Assert.Equal("USD 22032000.00", usd.Converted.ToString());
        Assert.Equal(1.4688m, usd.Rate.Rate);
        Assert.Equal(FirstDayOf2008, usd.Rate.Date);
        Assert.Equal(ExchangeRateSource.Ecb, usd.Rate.Source);
        Assert.Equal(1, usd.LegCount);
        Assert.Same(RatePolicy.ExactDate, usd.AppliedPolicy);
        Assert.Contains("1.4688 on 2008-01-02", usd.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_MdgAchievementFund528MillionEuros_IntoUsd()
    {
        // Seed 000, line 16: "the four-year 528 million euros MDG Achievement Fund", written early 2008.
        var fund = new Money(528_000_000m, Eur);
        var usd = Ecb.Convert(fund, Usd, FirstDayOf2008, RatePolicy.ExactDate, MidpointRounding.ToEven);
        Assert.Equal("USD 775526400.00", usd.Converted.ToString());
        Assert.Equal(528_000_000m * EcbCsv.Rate(FirstDayOf2008, "USD"), usd.Unrounded.Amount);
    }

    [Fact]
    public void Convert_OnNewYearsDay_ExactFailsLatestLooksBackOneDay()
    {
        var newYear = new LocalDate(2008, 1, 1);
        var jmdi = new Money(15_000_000m, Eur);
        Assert.False(Ecb.TryConvert(jmdi, Usd, newYear, RatePolicy.ExactDate, out _));
        var usd = Ecb.Convert(jmdi, Usd, newYear, RatePolicy.LatestOnOrBefore());
        Assert.Equal(new LocalDate(2007, 12, 31), usd.Rate.Date);
        Assert.Equal(EcbCsv.Rate(new LocalDate(2007, 12, 31), "USD"), usd.Rate.Rate);
        Assert.Equal(1, usd.DaysBack);
        Assert.Equal(newYear, usd.RequestedDate);
    }

    [Fact]
    public void Convert_EasterMonday2025_DefaultLookBackReachesThursdayFourDaysBack()
    {
        var easterMonday = new LocalDate(2025, 4, 21);
        var amount = new Money(100m, Eur);
        var converted = Ecb.Convert(amount, Usd, easterMonday, RatePolicy.LatestOnOrBefore());
        Assert.Equal(new LocalDate(2025, 4, 17), converted.Rate.Date);
        Assert.Equal(4, converted.DaysBack);
        Assert.Throws<ExchangeRateNotFoundException>(() => Ecb.Convert(amount, Usd, easterMonday, RatePolicy.LatestOnOrBefore(3)));
    }

    [Fact]
    public void Property_LatestOnOrBefore_IsTheLatestCsvDateWithinTheLookBack() =>
        Gen.Select(Gen.Int[0, 9_970], Gen.Int[0, 6]).Sample((offset, back) =>
        {
            var date = new LocalDate(1999, 1, 4).PlusDays(offset);
            var expected = EcbCsv.Dates.LastOrDefault(d => d <= date && Period.DaysBetween(d, date) <= back);
            var found = Ecb.TryConvert(new Money(1m, Eur), Usd, date, RatePolicy.LatestOnOrBefore(back), out var c);
            return expected == default ? !found : found && c.Rate.Date == expected && c.Rate.Rate == EcbCsv.Rate(expected, "USD");
        });

    [Fact]
    public void Convert_UsdToEur_IsTheInverseOfTheEcbRate()
    {
        var c = Ecb.Convert(new Money(1_000m, Usd), Eur, FirstDayOf2008, RatePolicy.ExactDate);
        Assert.Equal(RateDerivation.Inverse, c.Rate.Derivation);
        Assert.Equal(1m / EcbCsv.Rate(FirstDayOf2008, "USD"), c.Rate.Rate);
        Assert.Equal(1_000m / 1.4688m, c.Unrounded.Amount);
        Assert.Equal(1, c.LegCount);
    }

    [Fact]
    public void Convert_UsdToGbp_IsTwoEcbLegsThroughTheEuro()
    {
        var c = Ecb.Convert(new Money(1_000_000m, Usd), Gbp, FirstDayOf2008, RatePolicy.ExactDate, MidpointRounding.ToEven);
        var usd = EcbCsv.Rate(FirstDayOf2008, "USD");
        var gbp = EcbCsv.Rate(FirstDayOf2008, "GBP");
        Assert.Equal(2, c.LegCount);
        Assert.Equal(RateDerivation.Inverse, c.FirstLeg!.Value.Derivation);
        Assert.Equal(Usd, c.FirstLeg.Value.BaseCurrency);
        Assert.Equal(Eur, c.FirstLeg.Value.QuoteCurrency);
        Assert.Equal(1m / usd, c.FirstLeg.Value.Rate);
        Assert.Equal(RateDerivation.Published, c.SecondLeg!.Value.Derivation);
        Assert.Equal(gbp, c.SecondLeg.Value.Rate);
        Assert.Equal(RateDerivation.Cross, c.Rate.Derivation);
        Assert.Equal(1m / usd * gbp, c.Rate.Rate);
        Assert.Equal(FirstDayOf2008, c.FirstLeg.Value.Date);
        Assert.Equal(FirstDayOf2008, c.SecondLeg.Value.Date);
        Assert.Equal(new Money(1_000_000m / usd * gbp, Gbp).Round(), c.Converted);
    }

    [Fact]
    public void Property_CrossRate_IsTheTwoCsvLegsAsDocumented() =>
        Gen.Select(Gen.Int[0, EcbCsv.Dates.Count - 1], Gen.Int[0, 40], Gen.Int[0, 40]).Sample((d, a, b) =>
        {
            var date = EcbCsv.Dates[d];
            string from = EcbCsv.Currencies[a], to = EcbCsv.Currencies[b];
            var found = Ecb.TryConvert(new Money(1m, CurrencyCode.Parse(from)), CurrencyCode.Parse(to), date, RatePolicy.ExactDate, out var c);
            if (from == to)
            {
                return found && c.Rate.Rate == 1m && c.Rate.Derivation == RateDerivation.Identity;
            }
            var available = EcbCsv.Cell(date, from) != "N/A" && EcbCsv.Cell(date, to) != "N/A";
            if (!available)
            {
                return !found;
            }
            var expected = 1m / EcbCsv.Rate(date, from) * EcbCsv.Rate(date, to);
            return found && c.Rate.Rate == expected;
        });

    [Fact]
    public void Convert_SameCurrency_IsIdentityWithNoLegs()
    {
        var c = Ecb.Convert(new Money(5m, Eur), Eur, new LocalDate(1990, 1, 1), RatePolicy.ExactDate);
        Assert.Equal(new Money(5m, Eur), c.Converted);
        Assert.Equal(RateDerivation.Identity, c.Rate.Derivation);
        Assert.Equal(0, c.LegCount);
        Assert.Null(c.FirstLeg);
    }

    [Fact]
    public void Convert_CypIn2009_ThrowsNamingCurrencyDateAndLastRate()
    {
        var ex = Assert.Throws<ExchangeRateNotFoundException>(() =>
            Ecb.Convert(new Money(1m, CurrencyCode.Parse("CYP")), Eur, new LocalDate(2009, 3, 1), RatePolicy.LatestOnOrBefore()));
        Assert.Equal(CurrencyCode.Parse("CYP"), ex.BaseCurrency);
        Assert.Equal(new LocalDate(2009, 3, 1), ex.Date);
        Assert.Equal(Eur, ex.MissingBaseCurrency);
        Assert.Equal(CurrencyCode.Parse("CYP"), ex.MissingQuoteCurrency);
        Assert.Equal(new LocalDate(2007, 12, 31), ex.NearestBefore!.Value.Date);
        Assert.Null(ex.NearestAfter);
        Assert.Contains("CYP", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2009-03-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0.585274 on 2007-12-31", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("leg", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<KeyNotFoundException>(ex);
    }

    [Fact]
    public void Convert_UsdToCypIn2009_NamesTheMissingLeg()
    {
        var ex = Assert.Throws<ExchangeRateNotFoundException>(() =>
            Ecb.Convert(new Money(1m, Usd), CurrencyCode.Parse("CYP"), new LocalDate(2009, 3, 2), RatePolicy.ExactDate));
        Assert.Equal(Usd, ex.BaseCurrency);
        Assert.Equal(CurrencyCode.Parse("CYP"), ex.MissingQuoteCurrency);
        Assert.Contains("the leg EUR→CYP is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_BeforeTheFirstPublication_NamesTheFirstRate()
    {
        var ex = Assert.Throws<ExchangeRateNotFoundException>(() =>
            Ecb.Convert(new Money(1m, Eur), Usd, new LocalDate(1998, 12, 31), RatePolicy.LatestOnOrBefore()));
        Assert.Null(ex.NearestBefore);
        Assert.Equal(new LocalDate(1999, 1, 4), ex.NearestAfter!.Value.Date);
        Assert.Equal(EcbCsv.Rate(new LocalDate(1999, 1, 4), "USD"), ex.NearestAfter.Value.Rate);
        Assert.Contains("1998-12-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_CurrencyTheEcbNeverPublished_SaysSo()
    {
        var kes = CurrencyCode.Parse("KES");
        var ex = Assert.Throws<ExchangeRateNotFoundException>(() =>
            Ecb.Convert(new Money(1m, kes), Usd, FirstDayOf2008, RatePolicy.ExactDate));
        Assert.Equal(kes, ex.MissingQuoteCurrency);
        Assert.Contains("never published EUR→KES", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_FixedContractualRate_AppliesInBothDirections()
    {
        var donor = new ExchangeRateSource("Donor agreement 2008", "Contractual rate of a grant agreement");
        var contractual = new ExchangeRate(Eur, Usd, 1.5m, new LocalDate(2008, 3, 1), donor);
        var policy = RatePolicy.Fixed(contractual);
        var forward = Ecb.Convert(new Money(10m, Eur), Usd, new LocalDate(2010, 6, 1), policy);
        Assert.Equal(new Money(15m, Usd), forward.Converted);
        Assert.Equal(donor, forward.Rate.Source);
        var back = Ecb.Convert(new Money(15m, Usd), Eur, new LocalDate(2010, 6, 1), policy);
        Assert.Equal(RateDerivation.Inverse, back.Rate.Derivation);
        Assert.False(Ecb.TryConvert(new Money(1m, Gbp), Usd, new LocalDate(2010, 6, 1), policy, out _));
    }

    [Fact]
    public void Convert_FallbackChain_RecordsWhichRuleApplied()
    {
        var exact = RatePolicy.ExactDate;
        var latest = RatePolicy.LatestOnOrBefore();
        var chain = RatePolicy.FirstOf(exact, latest);
        var weekday = Ecb.Convert(new Money(1m, Eur), Usd, FirstDayOf2008, chain);
        Assert.Same(exact, weekday.AppliedPolicy);
        var saturday = Ecb.Convert(new Money(1m, Eur), Usd, new LocalDate(2008, 1, 5), chain);
        Assert.Same(latest, saturday.AppliedPolicy);
        Assert.Equal(new LocalDate(2008, 1, 4), saturday.Rate.Date);
        Assert.Contains("first of (exact date; latest on or before, up to 4 days back)", chain.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_SuppliedMonthlyOperationalRate()
    {
        var un = new ExchangeRateSource("UN operational rates of exchange");
        var march = new DateInterval(new LocalDate(2009, 3, 1), new LocalDate(2009, 3, 31));
        var provider = SuppliedExchangeRateProvider.Empty.Add(new ExchangeRate(Usd, Eur, 0.792m, new LocalDate(2009, 3, 1), un), march);
        var converter = new CurrencyConverter(provider);
        var c = converter.Convert(new Money(1_000m, Usd), Eur, new LocalDate(2009, 3, 17), RatePolicy.ExactDate);
        Assert.Equal(new Money(792m, Eur), c.Converted);
        Assert.Equal(un, c.Rate.Source);
        Assert.Equal(new LocalDate(2009, 3, 1), c.Rate.Date);
        Assert.False(converter.TryConvert(new Money(1_000m, Usd), Eur, new LocalDate(2009, 4, 1), RatePolicy.ExactDate, out _));
        var ex = Assert.Throws<ExchangeRateNotFoundException>(() => converter.Convert(new Money(1m, Usd), Eur, new LocalDate(2009, 4, 1), RatePolicy.ExactDate));
        Assert.Equal(new LocalDate(2009, 3, 1), ex.NearestBefore!.Value.Date);
    }

    [Fact]
    public void SuppliedProvider_OverlappingPeriods_AreRefusedNamingBoth()
    {
        var un = new ExchangeRateSource("UN operational rates of exchange");
        var provider = SuppliedExchangeRateProvider.Empty.Add(
            new ExchangeRate(Usd, Eur, 0.792m, new LocalDate(2009, 3, 1), un),
            new DateInterval(new LocalDate(2009, 3, 1), new LocalDate(2009, 3, 31)));
        var ex = Assert.Throws<ArgumentException>(() => provider.Add(new ExchangeRate(Usd, Eur, 0.8m, new LocalDate(2009, 3, 15), un)));
        Assert.Contains("0.792", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0.8 ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_BagInUsd_LinePerCurrencyAndResidualStated()
    {
        var bag = MoneyBag.Of([new Money(15_000_000m, Eur), new Money(1_000_000m, Gbp), new Money(2_500_000m, Usd), new Money(333.33m, Gbp)]);
        var total = Ecb.Total(bag, Usd, FirstDayOf2008, RatePolicy.ExactDate);
        Assert.Equal(3, total.Lines.Length);
        var usd = EcbCsv.Rate(FirstDayOf2008, "USD");
        var gbp = EcbCsv.Rate(FirstDayOf2008, "GBP");
        var eurLine = 15_000_000m * usd;
        var gbpLine = 1_000_333.33m / gbp * usd;
        var exact = eurLine + gbpLine + 2_500_000m;
        Assert.Equal(new Money(exact, Usd).Round(), total.Total);
        Assert.Equal(new Money(eurLine, Usd).Round() + new Money(gbpLine, Usd).Round() + new Money(2_500_000m, Usd), total.SumOfLines);
        Assert.Equal(total.Total - total.SumOfLines, total.RoundingResidual);
        Assert.All(total.Lines, l => Assert.Equal(MidpointRounding.ToEven, l.Rounding));
        Assert.Contains("rounding residual", total.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Total_ResidualIsNotHiddenWhenLinesRoundApart()
    {
        var fixedRate = RatePolicy.FirstOf(
            RatePolicy.Fixed(new ExchangeRate(Eur, Usd, 1.005m, FirstDayOf2008, new ExchangeRateSource("test rate A"))),
            RatePolicy.Fixed(new ExchangeRate(Gbp, Usd, 1.005m, FirstDayOf2008, new ExchangeRateSource("test rate B"))));
        // EUR 1.00 and GBP 1.00 at 1.005 give USD 1.005 each: each line rounds to even (1.00), the exact total 2.01.
        var total = Ecb.Total(MoneyBag.Of([new Money(1m, Eur), new Money(1m, Gbp)]), Usd, FirstDayOf2008, fixedRate);
        Assert.Equal(new Money(2.01m, Usd), total.Total);
        Assert.Equal(new Money(2.00m, Usd), total.SumOfLines);
        Assert.Equal(new Money(0.01m, Usd), total.RoundingResidual);
    }

    [Fact]
    public void Convert_BadArguments_ThrowTypedErrors()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Ecb.Convert(new Money(1m, Eur), Usd, FirstDayOf2008, null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => Ecb.Convert(new Money(1m, Eur), default, FirstDayOf2008, RatePolicy.ExactDate)).ParamName);
        Assert.Throws<InvalidOperationException>(() => Ecb.Convert(default, Usd, FirstDayOf2008, RatePolicy.ExactDate));
        Assert.Equal("maxDaysBack", Assert.Throws<ArgumentOutOfRangeException>(() => RatePolicy.LatestOnOrBefore(-1)).ParamName);
        Assert.Equal("policies", Assert.Throws<ArgumentException>(() => RatePolicy.FirstOf()).ParamName);
    }

    [Fact]
    public void Convert_RoundLater_EqualsRoundingAtOnce()
    {
        var amount = new Money(1234.56m, Gbp);
        var atOnce = Ecb.Convert(amount, Usd, FirstDayOf2008, RatePolicy.ExactDate, MidpointRounding.AwayFromZero);
        var later = Ecb.Convert(amount, Usd, FirstDayOf2008, RatePolicy.ExactDate).Round(MidpointRounding.AwayFromZero);
        Assert.Equal(atOnce, later);
        Assert.Equal(atOnce.Converted - atOnce.Unrounded, atOnce.RoundingDifference);
        Assert.True(Math.Abs(atOnce.RoundingDifference.Amount) <= 0.005m);
    }
}
