using System.Globalization;
using NodaTime;

namespace MigDev.Core.Tests;

public class EcbLayerResultTest
{
    private static readonly EcbExchangeRateProvider Embedded = EcbExchangeRateProvider.Default;

    private static int PublishedCells(Func<LocalDate, bool> dates) =>
        EcbCsv.Dates.Where(dates).Sum(d => EcbCsv.Currencies.Count(c => EcbCsv.Cell(d, c) != "N/A"));

    [Fact]
    public void RealCsvOverTheEmbeddedHistory_AgreesEverywhere_AddsNothing()
    {
        var layered = Embedded.Layer(EcbRateFile.Load(EcbFiles.CsvPath));

        Assert.Empty(layered.Disagreements);
        layered.ThrowIfDisagreements();
        Assert.Equal(0, layered.AddedPublications);
        Assert.Equal(PublishedCells(_ => true), layered.ComparedRates);
        Assert.Equal(EcbCsv.Dates[^1], layered.LastDate);
        Assert.Equal(EcbFiles.CsvPath, layered.SourceName);
    }

    [Theory]
    [InlineData("2020-12-31")]
    [InlineData("2008-06-30")]
    public void RealFileOverAHistoryCutShort_ExtendsIt_ConvertsAtTheNewDates(string cut)
    {
        var cutDate = LocalDate.FromDateOnly(DateOnly.ParseExact(cut, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var history = EcbExchangeRateProvider.FromFile(EcbRateFileTest.LoadText(EcbFiles.CutCsv(EcbFiles.Csv, cut), "cut.csv"));
        Assert.Equal(EcbCsv.Dates.Last(d => d <= cutDate), history.LastDate);
        var newDate = new LocalDate(2025, 4, 22);
        Assert.False(history.TryGetRate(CurrencyCode.EUR, CurrencyCode.GBP, newDate, out _));

        var layered = history.Layer(EcbRateFile.Load(EcbFiles.CsvPath));

        Assert.Empty(layered.Disagreements);
        Assert.Equal(EcbCsv.Dates.Count(d => d > cutDate), layered.AddedPublications);
        Assert.Equal(PublishedCells(d => d <= cutDate), layered.ComparedRates);
        Assert.Equal(EcbCsv.Dates[^1], layered.Provider.LastDate);
        Assert.Equal(EcbCsv.Dates.Count, layered.Provider.PublicationCount);
        var converted = new CurrencyConverter(layered.Provider).Convert(new Money(1000m, CurrencyCode.EUR), CurrencyCode.GBP, newDate, RatePolicy.ExactDate);
        Assert.Equal(1000m * EcbCsv.Rate(newDate, "GBP"), converted.Converted.Amount);
        var cross = new CurrencyConverter(layered.Provider).Convert(new Money(1000m, CurrencyCode.USD), CurrencyCode.GBP, EcbCsv.Dates[^1], RatePolicy.ExactDate);
        Assert.Equal(1000m / EcbCsv.Rate(EcbCsv.Dates[^1], "USD") * EcbCsv.Rate(EcbCsv.Dates[^1], "GBP"), cross.Converted.Amount, 20);
    }

    [Fact]
    public void DailyXmlOverAHistoryCutTheDayBefore_AddsThatDay()
    {
        var newest = EcbCsv.Dates[^1];
        var dayBefore = EcbCsv.Dates[^2].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var history = EcbExchangeRateProvider.FromFile(EcbRateFileTest.LoadText(EcbFiles.CutCsv(EcbFiles.Csv, dayBefore), "cut.csv"));

        var layered = history.Layer(EcbRateFileTest.LoadText(EcbFiles.DailyXml(EcbFiles.Csv), "eurofxref-daily.xml"));

        Assert.Equal(1, layered.AddedPublications);
        Assert.Equal(0, layered.ComparedRates);
        foreach (var code in EcbCsv.Currencies)
        {
            var found = layered.Provider.TryGetRate(CurrencyCode.EUR, CurrencyCode.Parse(code), newest, out var rate);
            Assert.Equal(EcbCsv.Cell(newest, code) != "N/A", found);
            Assert.True(!found || rate.Rate == EcbCsv.Rate(newest, code), code);
        }
    }

    [Fact]
    public void AlteredRealFile_EveryDisagreementReported_WithDateCurrencyAndBothValues_HistoryKept()
    {
        var usdDate = new LocalDate(2008, 1, 2);
        var gbpDate = new LocalDate(2025, 4, 22);
        var cypDate = new LocalDate(2007, 12, 31);
        var csv = EcbFiles.WithCell(EcbFiles.Csv, "2008-01-02", "USD", "1.4689");
        csv = EcbFiles.WithCell(csv, "2025-04-22", "GBP", "N/A");
        csv = EcbFiles.WithCell(csv, "2007-12-31", "CYP", "0.585275");

        var layered = Embedded.Layer(EcbRateFileTest.LoadText(csv, "altered.csv"));

        Assert.Equal(
            [
                new EcbRateDisagreement(cypDate, CurrencyCode.Parse("CYP"), EcbCsv.Rate(cypDate, "CYP"), 0.585275m),
                new EcbRateDisagreement(usdDate, CurrencyCode.USD, EcbCsv.Rate(usdDate, "USD"), 1.4689m),
                new EcbRateDisagreement(gbpDate, CurrencyCode.GBP, EcbCsv.Rate(gbpDate, "GBP"), null),
            ],
            layered.Disagreements);
        Assert.True(layered.Provider.TryGetRate(CurrencyCode.EUR, CurrencyCode.USD, usdDate, out var kept));
        Assert.Equal(EcbCsv.Rate(usdDate, "USD"), kept.Rate);
        Assert.True(layered.Provider.TryGetRate(CurrencyCode.EUR, CurrencyCode.GBP, gbpDate, out _));

        var e = Assert.Throws<MigDevDataException>(layered.ThrowIfDisagreements);
        Assert.Equal("altered.csv", e.SourceName);
        Assert.Equal(3, e.Faults.Length);
        Assert.Equal("2008-01-02 EUR→USD", e.Faults[1].Path);
        Assert.Equal("1.4689", e.Faults[1].Value);
        Assert.Contains("history 1.4688, file 1.4689", e.Faults[1].Rule, StringComparison.Ordinal);
        Assert.Contains("2025-04-22 EUR→GBP: history 0.85858, file none", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileWithADateTheHistoryLacks_IsReportedNotAdded()
    {
        // Move the real 2008-01-02 row to 2008-01-01 (a TARGET holiday): the file has a date the history does not,
        // and lacks one it has.
        var csv = EcbFiles.Csv.Replace("\n2008-01-02,", "\n2008-01-01,", StringComparison.Ordinal);
        var layered = Embedded.Layer(EcbRateFileTest.LoadText(csv, "moved.csv"));

        var published = EcbCsv.Currencies.Where(c => EcbCsv.Cell(new LocalDate(2008, 1, 2), c) != "N/A").ToList();
        Assert.Equal(published.Count * 2, layered.Disagreements.Length);
        Assert.All(layered.Disagreements.Where(d => d.Date == new LocalDate(2008, 1, 1)), d => Assert.Null(d.HistoryRate));
        Assert.All(layered.Disagreements.Where(d => d.Date == new LocalDate(2008, 1, 2)), d => Assert.Null(d.FileRate));
        Assert.False(layered.Provider.TryGetRate(CurrencyCode.EUR, CurrencyCode.USD, new LocalDate(2008, 1, 1), out _));
        Assert.Equal(0, layered.AddedPublications);
    }
}
