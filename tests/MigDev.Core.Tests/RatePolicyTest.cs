using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>The policies applied by the ECB converter to the real gaps of the ECB's CSV (weekends, Easter, Christmas).</summary>
public class RatePolicyTest
{
    private static readonly CurrencyConverter Ecb = CurrencyConverter.Ecb;
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyCode Usd = CurrencyCode.USD;
    private static readonly Money OneEuro = new(1m, Eur);

    /// <summary>Every pair of consecutive CSV dates with at least one day without a publication between them.</summary>
    private static readonly (LocalDate Before, LocalDate After)[] Gaps =
        [.. EcbCsv.Dates.Zip(EcbCsv.Dates.Skip(1)).Where(p => Period.DaysBetween(p.First, p.Second) > 1)];

    /// <summary>The first gap of the longest length in the CSV (Easter 2000: Thursday to Tuesday).</summary>
    private static readonly (LocalDate Before, LocalDate After) LongestGap =
        Gaps.First(g => Period.DaysBetween(g.Before, g.After) == Gaps.Max(x => Period.DaysBetween(x.Before, x.After)));

    [Fact]
    public void ExactDate_IsOneSharedPolicyWithNoParameters()
    {
        var exact = RatePolicy.ExactDate;
        Assert.Same(exact, RatePolicy.ExactDate);
        Assert.Equal(RatePolicyKind.ExactDate, exact.Kind);
        Assert.Equal(0, exact.MaxDaysBack);
        Assert.True(exact.FixedRate.IsDefault);
        Assert.Empty(exact.Alternatives);
        Assert.Equal("exact date", exact.ToString());
    }

    [Fact]
    public void ExactDate_FindsTheCsvRateOnPublicationDaysAndNothingInAGap()
    {
        var (before, after) = LongestGap;
        Assert.Equal(EcbCsv.Rate(before, "USD"), Ecb.GetRate(Eur, Usd, before, RatePolicy.ExactDate).Rate);
        Assert.Equal(EcbCsv.Rate(after, "USD"), Ecb.GetRate(Eur, Usd, after, RatePolicy.ExactDate).Rate);
        for (var day = before.PlusDays(1); day < after; day = day.PlusDays(1))
        {
            Assert.False(Ecb.TryConvert(OneEuro, Usd, day, RatePolicy.ExactDate, out _), day.ToString());
        }
    }

    [Fact]
    public void LatestOnOrBefore_Default_LooksBackFourDays()
    {
        var latest = RatePolicy.LatestOnOrBefore();
        Assert.Equal(RatePolicyKind.LatestOnOrBefore, latest.Kind);
        Assert.Equal(4, RatePolicy.DefaultMaxDaysBack);
        Assert.Equal(RatePolicy.DefaultMaxDaysBack, latest.MaxDaysBack);
        Assert.True(latest.FixedRate.IsDefault);
        Assert.Empty(latest.Alternatives);
        Assert.Equal("latest on or before, up to 4 days back", latest.ToString());
        Assert.Equal("latest on or before, up to 366 days back", RatePolicy.LatestOnOrBefore(366).ToString());
    }

    [Fact]
    public void DefaultMaxDaysBack_IsOneLessThanTheLongestGapOfTheCsv()
    {
        // The documentation says the longest gap between two publications in 1999-2026 is 5 days.
        Assert.Equal(5, Period.DaysBetween(LongestGap.Before, LongestGap.After));
        Assert.Equal(RatePolicy.DefaultMaxDaysBack, Period.DaysBetween(LongestGap.Before, LongestGap.After) - 1);
    }

    [Fact]
    public void LatestOnOrBefore_EveryDayOfEveryGapOfTheCsv_TakesThePublicationBeforeIt()
    {
        var policy = RatePolicy.LatestOnOrBefore();
        foreach (var (before, after) in Gaps)
        {
            for (var day = before.PlusDays(1); day < after; day = day.PlusDays(1))
            {
                var c = Ecb.Convert(OneEuro, Usd, day, policy);
                Assert.Equal(before, c.Rate.Date);
                Assert.Equal(EcbCsv.Rate(before, "USD"), c.Rate.Rate);
                Assert.Equal(Period.DaysBetween(before, day), c.DaysBack);
                Assert.Same(policy, c.AppliedPolicy);
            }
        }
    }

    [Fact]
    public void LatestOnOrBefore_LastDayOfTheLongestGap_NeedsAllFourDays()
    {
        var (before, after) = LongestGap;
        var lastMissing = after.PlusDays(-1);
        Assert.Equal(before, Ecb.GetRate(Eur, Usd, lastMissing, RatePolicy.LatestOnOrBefore(4)).Date);

        var ex = Assert.Throws<ExchangeRateNotFoundException>(() => Ecb.Convert(OneEuro, Usd, lastMissing, RatePolicy.LatestOnOrBefore(3)));
        Assert.Equal(lastMissing, ex.Date);
        Assert.Equal(before, ex.NearestBefore!.Value.Date);
        Assert.Equal(EcbCsv.Rate(before, "USD"), ex.NearestBefore.Value.Rate);
        Assert.Equal(after, ex.NearestAfter!.Value.Date);
        Assert.Contains("up to 3 days back", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LatestOnOrBefore_Zero_IsTheExactDate()
    {
        var (before, after) = LongestGap;
        Assert.Equal(before, Ecb.GetRate(Eur, Usd, before, RatePolicy.LatestOnOrBefore(0)).Date);
        Assert.False(Ecb.TryConvert(OneEuro, Usd, before.PlusDays(1), RatePolicy.LatestOnOrBefore(0), out _));
        Assert.Equal(after, Ecb.GetRate(Eur, Usd, after, RatePolicy.LatestOnOrBefore(0)).Date);
    }

    [Fact]
    public void LatestOnOrBefore_366Days_ReachesTheLastCypRateAYearLaterButNotADayMore()
    {
        // The CSV's CYP column stops when Cyprus adopted the euro: 366 days after its last rate is the most a policy may look.
        var last = EcbCsv.Dates.Last(d => EcbCsv.Cell(d, "CYP") != "N/A");
        var cyp = CurrencyCode.Parse("CYP");
        var yearLater = last.PlusDays(366);
        var c = Ecb.Convert(OneEuro, cyp, yearLater, RatePolicy.LatestOnOrBefore(366));
        Assert.Equal(last, c.Rate.Date);
        Assert.Equal(EcbCsv.Rate(last, "CYP"), c.Rate.Rate);
        Assert.Equal(366, c.DaysBack);
        Assert.False(Ecb.TryConvert(OneEuro, cyp, yearLater.PlusDays(1), RatePolicy.LatestOnOrBefore(366), out _));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    [InlineData(400)]
    [InlineData(int.MinValue)]
    public void LatestOnOrBefore_OutsideZeroTo366_ThrowsNamingTheValue(int maxDaysBack)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RatePolicy.LatestOnOrBefore(maxDaysBack));
        Assert.Equal("maxDaysBack", ex.ParamName);
        Assert.Equal(maxDaysBack, ex.ActualValue);
        Assert.Contains($"was {maxDaysBack}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0 and 366", ex.Message, StringComparison.Ordinal);
        // As RatePolicy.LatestOnOrBefore's docs and docs/exchange-rates.md quote it.
        Assert.StartsWith($"maxDaysBack must be between 0 and 366, was {maxDaysBack}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_UsesItsRateOnAnyDateInBothDirections()
    {
        // A contractual rate fixed at the first ECB rate of 2008, applied in 2010 and before the ECB published anything.
        var signed = EcbCsv.Dates.First(d => d.Year == 2008);
        var contractual = new ExchangeRate(Eur, Usd, EcbCsv.Rate(signed, "USD"), signed, new ExchangeRateSource("Donor agreement"));
        var policy = RatePolicy.Fixed(contractual);
        Assert.Equal(RatePolicyKind.Fixed, policy.Kind);
        Assert.Equal(contractual, policy.FixedRate);
        Assert.Equal(0, policy.MaxDaysBack);
        Assert.Empty(policy.Alternatives);
        Assert.Equal($"fixed {contractual}", policy.ToString());

        var later = EcbCsv.Dates.First(d => d.Year == 2010);
        Assert.NotEqual(EcbCsv.Rate(signed, "USD"), EcbCsv.Rate(later, "USD"));
        Assert.Equal(contractual, Ecb.GetRate(Eur, Usd, later, policy));
        Assert.Equal(contractual, Ecb.GetRate(Eur, Usd, EcbCsv.Dates[0].PlusDays(-1), policy));
        var back = Ecb.GetRate(Usd, Eur, later, policy);
        Assert.Equal(RateDerivation.Inverse, back.Derivation);
        Assert.Equal(1m / EcbCsv.Rate(signed, "USD"), back.Rate);
        Assert.False(Ecb.TryConvert(OneEuro, CurrencyCode.GBP, later, policy, out _));
    }

    [Fact]
    public void Fixed_Default_ThrowsNamingParameterAndType()
    {
        var ex = Assert.Throws<ArgumentException>(() => RatePolicy.Fixed(default));
        Assert.Equal("rate", ex.ParamName);
        Assert.Contains("default(ExchangeRate)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstOf_KeepsItsPoliciesInOrderAndDescribesThem()
    {
        var latest = RatePolicy.LatestOnOrBefore(2);
        var chain = RatePolicy.FirstOf(RatePolicy.ExactDate, latest);
        Assert.Equal(RatePolicyKind.FirstOf, chain.Kind);
        Assert.Equal([RatePolicy.ExactDate, latest], chain.Alternatives);
        Assert.Equal(0, chain.MaxDaysBack);
        Assert.True(chain.FixedRate.IsDefault);
        Assert.Equal("first of (exact date; latest on or before, up to 2 days back)", chain.ToString());
        // A chain given as an alternative is replaced by its own policies (issue 18): never nested.
        var longer = RatePolicy.FirstOf(chain, RatePolicy.ExactDate);
        Assert.Equal([RatePolicy.ExactDate, latest, RatePolicy.ExactDate], longer.Alternatives);
        Assert.Equal("first of (exact date; latest on or before, up to 2 days back; exact date)", longer.ToString());
    }

    [Fact]
    public void FirstOf_TriesInOrderAndRecordsWhichApplied()
    {
        var (before, _) = LongestGap;
        var contractual = RatePolicy.Fixed(new ExchangeRate(Eur, Usd, EcbCsv.Rate(EcbCsv.Dates[0], "USD"), EcbCsv.Dates[0], new ExchangeRateSource("Donor agreement")));
        var latest = RatePolicy.LatestOnOrBefore();

        var ecbFirst = Ecb.Convert(OneEuro, Usd, before, RatePolicy.FirstOf(RatePolicy.ExactDate, contractual));
        Assert.Same(RatePolicy.ExactDate, ecbFirst.AppliedPolicy);
        Assert.Equal(EcbCsv.Rate(before, "USD"), ecbFirst.Rate.Rate);

        var fixedFirst = Ecb.Convert(OneEuro, Usd, before, RatePolicy.FirstOf(contractual, RatePolicy.ExactDate));
        Assert.Same(contractual, fixedFirst.AppliedPolicy);
        Assert.Equal(EcbCsv.Rate(EcbCsv.Dates[0], "USD"), fixedFirst.Rate.Rate);

        var inTheGap = Ecb.Convert(OneEuro, Usd, before.PlusDays(2), RatePolicy.FirstOf(RatePolicy.ExactDate, latest));
        Assert.Same(latest, inTheGap.AppliedPolicy);
        Assert.Equal(before, inTheGap.Rate.Date);
    }

    [Fact]
    public void FirstOf_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("policies", Assert.Throws<ArgumentNullException>(() => RatePolicy.FirstOf(null!)).ParamName);
        Assert.Equal("policies", Assert.Throws<ArgumentException>(() => RatePolicy.FirstOf()).ParamName);
        var element = Assert.Throws<ArgumentNullException>(() => RatePolicy.FirstOf(RatePolicy.ExactDate, null!));
        Assert.Equal("policies", element.ParamName);
        Assert.Contains("policies[1]", element.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsByReference()
    {
        var latest = RatePolicy.LatestOnOrBefore();
        Assert.Equal(latest, latest);
        Assert.NotEqual(latest, RatePolicy.LatestOnOrBefore());
        Assert.NotEqual(RatePolicy.FirstOf(RatePolicy.ExactDate), RatePolicy.FirstOf(RatePolicy.ExactDate));
    }
}
