using System.Diagnostics;
using System.Text;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>
/// A user's own table from a file: the real exchangerate.host USD table of 2021-06-14 and CSV tables written here
/// from the ECB's real history; the expected values read from the JSON and the CSV directly.
/// </summary>
public class ExchangeRateFileTest
{
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly LocalDate Day = UsdTable.Date;

    [Theory]
    [InlineData("KES")]
    [InlineData("BDT")]
    [InlineData("NPR")]
    public void EurToCurrenciesTheEcbNeverPublished_EcbEurUsdThenTheUsdTable_BothLegsProvenance(string code)
    {
        var table = ExchangeRateFile.Load(UsdTable.Path, skippedCurrencies: []);
        var converter = new CurrencyConverter(new CompositeExchangeRateProvider(EcbExchangeRateProvider.Default, table));
        var target = CurrencyCode.Parse(code);

        var c = converter.Convert(new Money(1_000_000m, Eur), target, Day, RatePolicy.ExactDate, MidpointRounding.ToEven);

        var expected = 1_000_000m * EcbCsv.Rate(Day, "USD") * UsdTable.Rate(code);
        Assert.Equal(expected, c.Unrounded.Amount);
        Assert.Equal(Math.Round(expected, 2, MidpointRounding.ToEven), c.Converted.Amount);
        Assert.Equal(2, c.LegCount);
        var (first, second) = (c.FirstLeg!.Value, c.SecondLeg!.Value);
        Assert.Equal((Eur, CurrencyCode.USD, RateDerivation.Published), (first.BaseCurrency, first.QuoteCurrency, first.Derivation));
        Assert.Equal(ExchangeRateSource.Ecb, first.Source);
        Assert.Equal(Day, first.Date);
        Assert.Equal((CurrencyCode.USD, target, RateDerivation.Published), (second.BaseCurrency, second.QuoteCurrency, second.Derivation));
        Assert.Equal("exchangerate-host-usd-2021-06-14.json", second.Source.Name);
        Assert.Equal(Day, second.Date);
        Assert.Contains("ECB euro reference rates", c.ToString(), StringComparison.Ordinal);
        Assert.Contains("exchangerate-host-usd-2021-06-14.json", c.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RealTable_EveryIsoRateAsWritten_NonIsoCodesSkippedAndNamed()
    {
        var skipped = new List<string>();
        var table = ExchangeRateFile.Load(UsdTable.Path, skipped);

        Assert.Equal(["BTC", "CNH", "GGP", "IMP", "JEP"], skipped);
        Assert.Equal(CurrencyCode.USD, table.PivotCurrency);
        Assert.Equal(UsdTable.Rates.Count - 1 - skipped.Count, table.Count);
        foreach (var (code, rate) in UsdTable.Rates.Where(r => r.Key != "USD" && !skipped.Contains(r.Key)))
        {
            Assert.True(table.TryGetRate(CurrencyCode.USD, CurrencyCode.Parse(code), Day, out var found), code);
            Assert.Equal(rate, found.Rate);
        }
        Assert.False(table.TryGetRate(CurrencyCode.USD, Eur, Day.PlusDays(1), out _));
    }

    [Fact]
    public void Json_NonIsoCodesWithoutASkipList_AreEachAFault()
    {
        var ex = Assert.Throws<MigDevDataException>(() => ExchangeRateFile.Load(UsdTable.Path));
        Assert.Equal(["$.rates.BTC", "$.rates.CNH", "$.rates.GGP", "$.rates.IMP", "$.rates.JEP"], ex.Faults.Select(f => f.Path));
        Assert.Equal("BTC", ex.Faults[0].Value);
        Assert.Equal(UsdTable.Path, ex.SourceName);
    }

    [Fact]
    public void Json_BadValues_EachNamedByPath()
    {
        var json = """{"base": "USD", "date": "2021-06-31", "rates": {"KES": "108.26", "BDT": -85.165324, "NPR": 117.408119, "XXXX": 1}}""";
        var ex = Assert.Throws<MigDevDataException>(() => ExchangeRateFile.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json"));
        Assert.Equal(["$.date", "$.rates.KES", "$.rates.BDT", "$.rates.XXXX"], ex.Faults.Select(f => f.Path));
        Assert.Equal(["2021-06-31", "\"108.26\"", "-85.165324", "XXXX"], ex.Faults.Select(f => f.Value));
        Assert.Throws<MigDevDataException>(() => ExchangeRateFile.ReadJson(new MemoryStream("{\"base\":"u8.ToArray()), "cut.json"));
        Assert.Equal("$.rates", Assert.Throws<MigDevDataException>(() => ExchangeRateFile.ReadJson(new MemoryStream("""{"base": "USD", "date": "2021-06-14"}"""u8.ToArray()), "x.json")).Path);
    }

    [Fact]
    public void Csv_DaysMonthsAndSources()
    {
        var march = EcbCsv.Dates.First(d => d.Year == 2009 && d.Month == 3);
        var usd = EcbCsv.Cell(march, "USD");
        var gbp = EcbCsv.Cell(march, "GBP");
        var csv = $"date,base,quote,rate,source\n{march:uuuu-MM-dd},EUR,USD,{usd},\n\n2009-03,EUR,GBP,{gbp},\"Monthly rate, first ECB publication\"\n";

        var table = ExchangeRateFile.ReadCsv(new StringReader(csv), "mine.csv");

        Assert.Equal(2, table.Count);
        Assert.Equal(Eur, table.PivotCurrency);
        Assert.True(table.TryGetRate(Eur, CurrencyCode.USD, march, out var day));
        Assert.Equal(EcbCsv.Rate(march, "USD"), day.Rate);
        Assert.Equal("mine.csv", day.Source.Name);
        Assert.False(table.TryGetRate(Eur, CurrencyCode.USD, march.PlusDays(1), out _));
        Assert.True(table.TryGetRate(Eur, CurrencyCode.GBP, new LocalDate(2009, 3, 31), out var month));
        Assert.Equal(new LocalDate(2009, 3, 1), month.Date);
        Assert.Equal("Monthly rate, first ECB publication", month.Source.Name);
        Assert.False(table.TryGetRate(Eur, CurrencyCode.GBP, new LocalDate(2009, 4, 1), out _));
        Assert.Equal(1, ExchangeRateFile.ReadCsv(new StringReader($"date,base,quote,rate\n{march:uuuu-MM-dd},EUR,USD,{usd}"), "four.csv").Count);
    }

    [Fact]
    public void Csv_EveryBadLineReported_WithLineFieldAndValue()
    {
        var csv = "date,base,quote,rate\n2021-06-14,USD,KES,108.260034\n2021-13-01,USD,KES,1\n2021-06-14,US,BDT,85.165324\n2021-06-14,USD,NPR,zero\n2021-06-14,USD,USD,1\n2021-06-14,USD\n2021-06-14,USD,JOD,0";

        var ex = Assert.Throws<MigDevDataException>(() => ExchangeRateFile.ReadCsv(new StringReader(csv), "bad.csv"));

        Assert.Equal(
            [("line 3, date", "2021-13-01"), ("line 4, base", "US"), ("line 5, rate", "zero"), ("line 6, quote", "USD"), ("line 7", "2021-06-14,USD"), ("line 8, rate", "0")],
            ex.Faults.Select(f => (f.Path, f.Value)));
        Assert.StartsWith("bad.csv: 6 faults", ex.Message, StringComparison.Ordinal);
        // As docs/exchange-rates.md, "A table of your own", shows it.
        Assert.Contains("  line 3, date: '2021-13-01': a date (2021-06-14) or a month (2021-06)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("  line 5, rate: 'zero': a positive number, such as 108.260034", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_BadHeaderOverlapAndUnknownExtension()
    {
        Assert.Equal("line 1", Assert.Throws<MigDevDataException>(() => ExchangeRateFile.ReadCsv(new StringReader("day,from,to,rate\n"), "h.csv")).Path);
        Assert.Throws<MigDevDataException>(() => ExchangeRateFile.ReadCsv(new StringReader(""), "empty.csv"));
        var twice = "date,base,quote,rate\n2021-06,USD,KES,108.260034\n2021-06-14,USD,KES,108.260034";
        Assert.Contains("overlaps", Assert.Throws<MigDevDataException>(() => ExchangeRateFile.ReadCsv(new StringReader(twice), "o.csv")).Message, StringComparison.Ordinal);
        Assert.Throws<MigDevDataException>(() => ExchangeRateFile.Load(Path.ChangeExtension(UsdTable.Path, ".txt")));
        var skipped = new List<string>();
        Assert.Equal(1, ExchangeRateFile.ReadCsv(new StringReader("date,base,quote,rate\n2021-06-14,USD,KES,108.260034\n2021-06-14,USD,BTC,0.000026"), "s.csv", null, skipped).Count);
        Assert.Equal(["BTC"], skipped);
    }

    [Fact]
    public void Csv_TheWholeEcbHistory_LoadsInLinearTimeAndAnswersAsTheCsv()
    {
        // Every published cell of the ECB's history as one CSV line: about 217,000 rates.
        var text = new StringBuilder("date,base,quote,rate\n");
        var count = 0;
        foreach (var date in EcbCsv.Dates)
        {
            foreach (var currency in EcbCsv.Currencies.Where(c => EcbCsv.Cell(date, c) != "N/A"))
            {
                text.Append(date.ToString("uuuu-MM-dd", null)).Append(",EUR,").Append(currency).Append(',').Append(EcbCsv.Cell(date, currency)).Append('\n');
                count++;
            }
        }
        var watch = Stopwatch.StartNew();
        var table = ExchangeRateFile.ReadCsv(new StringReader(text.ToString()), "eurofxref-hist as a table");
        watch.Stop();

        Assert.Equal(count, table.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{count} rates took {watch.Elapsed}");
        var converter = new CurrencyConverter(table);
        foreach (var date in EcbCsv.Dates.Where((_, i) => i % 97 == 0))
        {
            Assert.Equal(1000m / EcbCsv.Rate(date, "USD") * EcbCsv.Rate(date, "GBP"), converter.Convert(new Money(1000m, CurrencyCode.USD), CurrencyCode.GBP, date, RatePolicy.ExactDate).Unrounded.Amount);
        }
    }
}
