using System.Diagnostics;
using CsCheck;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>Many rates at once: the ECB's real USD and GBP history supplied day by day, in bulk and one at a time.</summary>
public class SuppliedExchangeRateProviderBulkTest
{
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly ExchangeRateSource Daily = new("ECB rates supplied day by day");

    private static IEnumerable<ExchangeRate> History(string currency) =>
        EcbCsv.Dates.Where(d => EcbCsv.Cell(d, currency) != "N/A")
            .Select(d => new ExchangeRate(Eur, CurrencyCode.Parse(currency), EcbCsv.Rate(d, currency), d, Daily));

    [Fact]
    public void AddRange_WholeHistory_AnswersEveryDateAsTheCsv()
    {
        var rates = History("USD").Concat(History("GBP")).Reverse().ToList();

        var provider = SuppliedExchangeRateProvider.Empty.AddRange(rates);

        Assert.Equal(rates.Count, provider.Count);
        foreach (var date in EcbCsv.Dates)
        {
            Assert.True(provider.TryGetRate(Eur, CurrencyCode.USD, date, out var usd));
            Assert.Equal(EcbCsv.Rate(date, "USD"), usd.Rate);
            Assert.Equal(date, usd.Date);
        }
        Assert.False(provider.TryGetRate(Eur, CurrencyCode.USD, EcbCsv.Dates[0].PlusDays(-1), out _));
    }

    [Fact]
    public void AddOneAtATime_TwentyThousandRates_IsNotQuadratic()
    {
        // Before: 3,000 rates took 10.9 s one at a time. 20,000 in a generous 10 s on a shared machine proves the
        // quadratic path gone (it would take about 8 minutes); benchmarks.md has the measured times.
        var rates = History("USD").Concat(History("GBP")).Concat(History("JPY")).Take(20_000).ToList();
        var watch = Stopwatch.StartNew();
        var provider = SuppliedExchangeRateProvider.Empty;
        foreach (var rate in rates)
        {
            provider = provider.Add(rate);
        }
        watch.Stop();
        Assert.Equal(20_000, provider.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"20,000 rates one at a time took {watch.Elapsed}");
    }

    [Fact]
    public void AddRange_TwoRatesOfOnePairOnOneDate_NamesBoth()
    {
        var date = EcbCsv.Dates[10];
        var a = new ExchangeRate(Eur, CurrencyCode.USD, EcbCsv.Rate(date, "USD"), date, Daily);
        var b = new ExchangeRate(Eur, CurrencyCode.USD, EcbCsv.Rate(EcbCsv.Dates[11], "USD"), date, new ExchangeRateSource("Other"));

        var ex = Assert.Throws<ArgumentException>(() => SuppliedExchangeRateProvider.Empty.AddRange([a, b]));
        Assert.Contains(a.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains(b.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SuppliedExchangeRateProvider.Empty.Add(a).AddRange([b]));
        Assert.Throws<ArgumentException>(() => SuppliedExchangeRateProvider.Empty.AddRange([a, default]));
    }

    [Fact]
    public void AddRange_Periods_OverlapRefusedAdjacentAccepted()
    {
        var march = new DateInterval(new LocalDate(2009, 3, 1), new LocalDate(2009, 3, 31));
        var april = new DateInterval(new LocalDate(2009, 4, 1), new LocalDate(2009, 4, 30));
        var midMarch = new DateInterval(new LocalDate(2009, 3, 15), new LocalDate(2009, 4, 15));
        var rate = History("USD").First(r => r.Date.Year == 2009 && r.Date.Month == 3);

        var both = SuppliedExchangeRateProvider.Empty.AddRange([(rate, april), (rate, march)]);

        Assert.Equal(2, both.Count);
        Assert.True(both.TryGetRate(Eur, CurrencyCode.USD, new LocalDate(2009, 4, 30), out _));
        Assert.False(both.TryGetRate(Eur, CurrencyCode.USD, new LocalDate(2009, 5, 1), out _));
        Assert.Throws<ArgumentException>(() => both.AddRange([(rate, midMarch)]));
        Assert.Throws<ArgumentNullException>(() => both.AddRange([(rate, null!)]));
    }

    [Fact]
    public void Property_AddAndAddRange_AnswerAsANaiveScanOfThePeriods() =>
        Gen.Select(Gen.Int[1, 40], Gen.Int[0, 3]).Array[1, 30].Sample(spans =>
        {
            // Consecutive periods with gaps, from real rates; then every date around them asked of both providers.
            var periods = new List<(ExchangeRate Rate, DateInterval Validity)>();
            var start = new LocalDate(2010, 1, 1);
            var usd = History("USD").Where(r => r.Date.Year == 2010).ToList();
            for (var i = 0; i < spans.Length; i++)
            {
                var (length, gap) = spans[i];
                var validity = new DateInterval(start, start.PlusDays(length - 1));
                periods.Add((usd[i], validity));
                start = validity.End.PlusDays(1 + gap);
            }
            var bulk = SuppliedExchangeRateProvider.Empty.AddRange(periods.AsEnumerable().Reverse());
            var single = periods.Aggregate(SuppliedExchangeRateProvider.Empty, (p, r) => p.Add(r.Rate, r.Validity));
            for (var date = new LocalDate(2009, 12, 30); date <= start.PlusDays(2); date = date.PlusDays(1))
            {
                var expected = periods.Where(p => p.Validity.Contains(date)).Select(p => (ExchangeRate?)p.Rate).SingleOrDefault();
                var before = periods.Where(p => p.Validity.End < date).Select(p => (ExchangeRate?)p.Rate).LastOrDefault();
                var after = periods.Where(p => p.Validity.Start > date).Select(p => (ExchangeRate?)p.Rate).FirstOrDefault();
                foreach (var provider in new[] { bulk, single })
                {
                    var found = provider.TryGetRate(Eur, CurrencyCode.USD, date, out var rate);
                    if (found != expected.HasValue || (found && rate != expected) || provider.FindNearestRates(Eur, CurrencyCode.USD, date) != (before, after))
                    {
                        return false;
                    }
                }
            }
            return true;
        }, seed: "0N0XIzNsQ0O2", iter: 200);

    [Fact]
    public void Cross_LegsOfTwoDates_IsDatedAsTheOlderLeg()
    {
        // A monthly EUR→USD (the month's first ECB rate, dated that day) and a daily EUR→GBP: crossed on a later day
        // of the month, the legs keep their dates and the cross is as old as the older one (this threw before).
        var first = EcbCsv.Dates.First(d => d.Year == 2009 && d.Month == 3);
        var later = EcbCsv.Dates.Last(d => d.Year == 2009 && d.Month == 3);
        var table = SuppliedExchangeRateProvider.Empty
            .Add(new ExchangeRate(Eur, CurrencyCode.USD, EcbCsv.Rate(first, "USD"), first, Daily), new DateInterval(new LocalDate(2009, 3, 1), new LocalDate(2009, 3, 31)))
            .Add(new ExchangeRate(Eur, CurrencyCode.GBP, EcbCsv.Rate(later, "GBP"), later, Daily))
            .WithPivotCurrency(Eur);

        Assert.True(new CurrencyConverter(table).TryConvert(new Money(1000m, CurrencyCode.USD), CurrencyCode.GBP, later, RatePolicy.ExactDate, out var c));
        Assert.Equal(first, c.FirstLeg!.Value.Date);
        Assert.Equal(later, c.SecondLeg!.Value.Date);
        Assert.Equal(first, c.Rate.Date);
        Assert.Equal(Period.DaysBetween(first, later), c.DaysBack);
        Assert.Equal(1000m / EcbCsv.Rate(first, "USD") * EcbCsv.Rate(later, "GBP"), c.Unrounded.Amount);
    }
}
