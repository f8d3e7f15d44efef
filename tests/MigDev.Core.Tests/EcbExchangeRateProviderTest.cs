using System.Globalization;
using CsCheck;
using NodaTime;

namespace MigDev.Core.Tests;

public class EcbExchangeRateProviderTest
{
    private static readonly EcbExchangeRateProvider Ecb = EcbExchangeRateProvider.Default;

    [Fact]
    public void ValidateTestData_CsvIsTheEcbHistoryTheReadmeDescribes()
    {
        Assert.Equal(41, EcbCsv.Currencies.Count);
        Assert.Equal(new LocalDate(1999, 1, 4), EcbCsv.Dates[0]);
        Assert.Equal(new LocalDate(2026, 4, 13), EcbCsv.Dates[^1]);
        Assert.Equal("1.4688", EcbCsv.Cell(new LocalDate(2008, 1, 2), "USD"));
        Assert.Equal("N/A", EcbCsv.Cell(new LocalDate(2008, 1, 2), "CYP"));
    }

    [Fact]
    public void Shape_MatchesTheCsv()
    {
        Assert.Equal(EcbCsv.Dates[0], Ecb.FirstDate);
        Assert.Equal(EcbCsv.Dates[^1], Ecb.LastDate);
        Assert.Equal(EcbCsv.Dates.Count, Ecb.PublicationCount);
        Assert.Equal(EcbCsv.Currencies.Order(StringComparer.Ordinal), Ecb.Currencies.Select(c => c.Code));
        Assert.Equal(CurrencyCode.EUR, Ecb.PivotCurrency);
    }

    [Fact]
    public void EveryCell_MatchesTheCsvExactlyWithItsScale()
    {
        var checkedCells = 0;
        foreach (var date in EcbCsv.Dates)
        {
            foreach (var code in EcbCsv.Currencies)
            {
                var cell = EcbCsv.Cell(date, code)!;
                var found = Ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.Parse(code), date, out var rate);
                if (cell == "N/A")
                {
                    Assert.False(found, $"{code} {date}: the CSV says N/A");
                    continue;
                }
                Assert.True(found, $"{code} {date}");
                Assert.Equal(cell, rate.Rate.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(date, rate.Date);
                checkedCells++;
            }
        }
        Assert.True(checkedCells > 200_000, $"{checkedCells} cells");
    }

    [Fact]
    public void Property_RandomDateAndCurrency_AsTheCsvSays() =>
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 40]).Sample((offset, column) =>
        {
            var date = new LocalDate(1998, 12, 1).PlusDays(offset);
            var code = EcbCsv.Currencies[column];
            var cell = EcbCsv.Cell(date, code);
            var found = Ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.Parse(code), date, out var rate);
            return cell is null or "N/A" ? !found : found && rate.Rate == EcbCsv.Rate(date, code) && rate.Source == ExchangeRateSource.Ecb;
        });

    [Theory]
    [InlineData(2008, 1, 2, "USD", "1.4688")]
    [InlineData(2007, 12, 31, "CYP", "0.585274")]
    [InlineData(1999, 1, 4, "ROL", "13111")]
    [InlineData(2025, 4, 22, "GBP", "0.85858")]
    public void TryGetRate_FixedDates(int y, int m, int d, string code, string expected)
    {
        Assert.True(Ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.Parse(code), new LocalDate(y, m, d), out var rate));
        Assert.Equal(expected, rate.Rate.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(RateDerivation.Published, rate.Derivation);
    }

    [Fact]
    public void TryGetRate_WeekendHolidayOtherBase_AreNotPublished()
    {
        Assert.False(Ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.USD, new LocalDate(2008, 1, 5), out _));
        Assert.False(Ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.USD, new LocalDate(2025, 4, 18), out _));
        Assert.False(Ecb.TryGetRate(CurrencyCode.USD, CurrencyCode.EUR, new LocalDate(2008, 1, 2), out _));
        Assert.False(Ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.Parse("KES"), new LocalDate(2008, 1, 2), out _));
        Assert.False(Ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.USD, new LocalDate(1998, 12, 31), out _));
        Assert.False(Ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.USD, new LocalDate(2026, 4, 14), out _));
    }

    [Fact]
    public void FindNearestRates_CypAfterItsEnd_LastRateBeforeNoneAfter()
    {
        var (before, after) = Ecb.FindNearestRates(CurrencyCode.EUR, CurrencyCode.Parse("CYP"), new LocalDate(2009, 3, 1));
        Assert.Equal(new LocalDate(2007, 12, 31), before!.Value.Date);
        Assert.Equal(0.585274m, before.Value.Rate);
        Assert.Null(after);
    }

    [Fact]
    public void FindNearestRates_IskSuspension_BothSides()
    {
        var (before, after) = Ecb.FindNearestRates(CurrencyCode.EUR, CurrencyCode.Parse("ISK"), new LocalDate(2012, 6, 1));
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal("N/A", EcbCsv.Cell(EcbCsv.Dates.First(d => d > before.Value.Date), "ISK"));
        Assert.Equal(new LocalDate(2018, 2, 1), after!.Value.Date);
    }

    [Fact]
    public void Memory_HeldArraysAreAboutOnePointTwoMegabytes() =>
        Assert.InRange(Ecb.Table.ApproximateBytes, 1_000_000, 1_400_000);
}
