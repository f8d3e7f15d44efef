using System.Globalization;
using System.Text;
using NodaTime;

namespace MigDev.Core.Tests;

public class EcbRateFileTest
{
    private static readonly EcbExchangeRateProvider Embedded = EcbExchangeRateProvider.Default;

    internal static EcbRateFile LoadText(string text, string name) => EcbRateFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);

    private static EcbRateFile LoadBytes(byte[] bytes, string name) => EcbRateFile.Load(new MemoryStream(bytes), name);

    // Every (date, currency) of the file's dates: the file's provider, the embedded provider and the CSV read by the
    // test all give the same rate, or all none. Returns the number of rates compared.
    private static int AssertSameAsEmbedded(EcbRateFile file)
    {
        var fromFile = EcbExchangeRateProvider.FromFile(file);
        var compared = 0;
        foreach (var date in EcbCsv.Dates.Where(d => d >= file.FirstDate && d <= file.LastDate))
        {
            foreach (var code in EcbCsv.Currencies)
            {
                var currency = CurrencyCode.Parse(code);
                var inFile = fromFile.TryGetRate(CurrencyCode.EUR, currency, date, out var rate);
                var inEmbedded = Embedded.TryGetRate(CurrencyCode.EUR, currency, date, out var embedded);
                Assert.True(inFile == inEmbedded, $"{date} {code}: file {inFile}, embedded {inEmbedded}");
                Assert.Equal(EcbCsv.Cell(date, code) != "N/A", inFile);
                if (inFile)
                {
                    Assert.Equal(EcbCsv.Rate(date, code), rate.Rate);
                    Assert.Equal(embedded.Rate, rate.Rate);
                    Assert.Equal(ExchangeRateSource.Ecb, rate.Source);
                    compared++;
                }
            }
        }
        return compared;
    }

    private static int PublishedCells(Func<LocalDate, bool> dates) =>
        EcbCsv.Dates.Where(dates).Sum(d => EcbCsv.Currencies.Count(c => EcbCsv.Cell(d, c) != "N/A"));

    [Fact]
    public void ValidateTestData_FixturesAreTheEcbLayoutsOfTheRealCsv()
    {
        var xml = EcbFiles.HistXml(EcbFiles.Csv);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\"", xml, StringComparison.Ordinal);
        Assert.Contains("\t\t<Cube time=\"2008-01-02\">\n\t\t\t<Cube currency=\"USD\" rate=\"1.4688\"/>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("N/A", xml, StringComparison.Ordinal);
        Assert.Contains("<Cube time='2026-04-13'>\n\t\t\t<Cube currency='USD' rate='1.1684'/>", EcbFiles.DailyXml(EcbFiles.Csv), StringComparison.Ordinal);
        Assert.Equal(PublishedCells(_ => true), xml.Split("currency=").Length - 1);
        Assert.Equal(new LocalDate(2008, 1, 2), EcbCsv.Dates.First(d => d.Year == 2008));
    }

    [Fact]
    public void Csv_LoadsToTheEmbeddedTable_EveryRate()
    {
        var file = EcbRateFile.Load(EcbFiles.CsvPath);

        Assert.Equal(EcbFileFormat.Csv, file.Format);
        Assert.Equal(EcbCsv.Dates.Count, file.PublicationCount);
        Assert.Equal(EcbCsv.Dates[0], file.FirstDate);
        Assert.Equal(EcbCsv.Dates[^1], file.LastDate);
        Assert.Equal(EcbCsv.Currencies.Order(StringComparer.Ordinal), file.Currencies.Select(c => c.Code));
        Assert.Equal(PublishedCells(_ => true), AssertSameAsEmbedded(file));
    }

    [Fact]
    public void Csv_KeepsEachRateAsWritten()
    {
        var provider = EcbExchangeRateProvider.FromFile(EcbRateFile.Load(EcbFiles.CsvPath));
        Assert.True(provider.TryGetRate(CurrencyCode.EUR, CurrencyCode.Parse("CYP"), new LocalDate(2007, 12, 31), out var cyp));
        Assert.Equal(EcbCsv.Cell(new LocalDate(2007, 12, 31), "CYP"), cyp.Rate.ToString(CultureInfo.InvariantCulture));
        Assert.True(provider.TryGetRate(CurrencyCode.EUR, CurrencyCode.Parse("ROL"), new LocalDate(1999, 1, 4), out var rol));
        Assert.Equal(EcbCsv.Cell(new LocalDate(1999, 1, 4), "ROL"), rol.Rate.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(EcbFileFormat.Zip)]
    [InlineData(EcbFileFormat.Xml)]
    public void ZipAndHistXml_LoadToTheEmbeddedTable_EveryRate(EcbFileFormat format)
    {
        var bytes = format == EcbFileFormat.Zip ? EcbFiles.Zip(EcbFiles.Csv) : Encoding.UTF8.GetBytes(EcbFiles.HistXml(EcbFiles.Csv));

        var file = LoadBytes(bytes, format == EcbFileFormat.Zip ? "eurofxref-hist.zip" : "eurofxref-hist.xml");

        Assert.Equal(format, file.Format);
        Assert.Equal(EcbCsv.Dates.Count, file.PublicationCount);
        Assert.Equal(PublishedCells(_ => true), AssertSameAsEmbedded(file));
    }

    [Fact]
    public void Hist90dAndDailyXml_LoadToTheEmbeddedTableOnTheirDates()
    {
        var hist90d = LoadText(EcbFiles.Hist90dXml(EcbFiles.Csv), "eurofxref-hist-90d.xml");
        var daily = LoadText(EcbFiles.DailyXml(EcbFiles.Csv), "eurofxref-daily.xml");
        var newest = EcbCsv.Dates[^1];

        Assert.Equal(EcbCsv.Dates.Count(d => d > newest.PlusDays(-90)), hist90d.PublicationCount);
        Assert.Equal(PublishedCells(d => d > newest.PlusDays(-90)), AssertSameAsEmbedded(hist90d));
        Assert.Equal(1, daily.PublicationCount);
        Assert.Equal(newest, daily.FirstDate);
        Assert.Equal(PublishedCells(d => d == newest), AssertSameAsEmbedded(daily));
    }

    [Fact]
    public void Xml_TrailingZerosAsTheEcbWritesThem_AreKeptAndAgree()
    {
        // The ECB's XML writes 395.10 where its CSV writes 395.1 (2024-06-28, HUF): the same rate.
        var xml = EcbFiles.DailyXml(EcbFiles.CutCsv(EcbFiles.Csv, "2024-06-28")).Replace("rate='395.1'", "rate='395.10'", StringComparison.Ordinal);
        Assert.Contains("rate='395.10'", xml, StringComparison.Ordinal);

        var layered = Embedded.Layer(LoadText(xml, "eurofxref-daily.xml"));

        Assert.Empty(layered.Disagreements);
        Assert.True(EcbExchangeRateProvider.FromFile(LoadText(xml, "daily")).TryGetRate(CurrencyCode.EUR, CurrencyCode.Parse("HUF"), new LocalDate(2024, 6, 28), out var huf));
        Assert.Equal("395.10", huf.Rate.ToString(CultureInfo.InvariantCulture));
    }
}
