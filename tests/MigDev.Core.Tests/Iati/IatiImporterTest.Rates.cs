using System.Globalization;
using MigDev.Core.Iati;
using NodaTime;

namespace MigDev.Core.Tests.Iati;

/// <summary>The corpus of step 10 in USD at each value date, with the ECB's rates and the real USD table of 2021-06-14
/// together (issue 17): what still has no rate, and why, is named in the result, and is what a plain pass over the XML
/// and the ECB's CSV says it must be.</summary>
public partial class IatiImporterTest
{
    private static readonly string UsdTable = Path.Combine(AppContext.BaseDirectory, "data", "rates", "exchangerate-host-usd-2021-06-14.json");

    [Fact]
    public void Corpus_InUsdWithTheEcbAndTheUsdTable_WhatHasNoRate_IsNamed_AndIsWhatTheFilesSay()
    {
        var skipped = new List<string>();
        var table = ExchangeRateFile.Load(UsdTable, skipped);
        var converter = new CurrencyConverter(new CompositeExchangeRateProvider(OfficialFixedRateProvider.Default, EcbExchangeRateProvider.Default, table));
        var analytics = new FundingAnalytics(WholeCorpus.Value.Model);
        var stages = Enum.GetValues<FundingStage>().Where(s => s != FundingStage.Budget);
        var conversions = stages.Select(s => analytics.ConvertAll(s, converter, CurrencyCode.USD, RatePolicy.LatestOnOrBefore(), d => d.FirstDay)).ToList();
        var actual = conversions.SelectMany(c => c.Unconverted)
            .Select(u => (Currency: u.Commitment.Amount!.Value.Currency.ToString(), Date: u.Commitment.ValueDate?.ToString(), u.Reason))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());

        // Independently: every transaction of the XML with a type and an amount; no rate when it has no value date, or
        // when neither the ECB (its currency and USD published within 4 days before) nor the USD table (its currency, on
        // 2021-06-14 to 2021-06-18) gives one.
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(UsdTable));
        var usdTable = json.RootElement.GetProperty("rates").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        bool HasRate(string currency, LocalDate day)
        {
            if (currency == "USD")
            {
                return true;
            }
            static bool Published(LocalDate p, string c) => EcbCsv.Currencies.Contains(c) && EcbCsv.Cell(p, c) is { } cell && cell != "N/A";
            var ecb = Enumerable.Range(0, 5).Select(back => day.PlusDays(-back))
                .Any(p => Published(p, "USD") && (currency == "EUR" || Published(p, currency)));
            return ecb || (usdTable.Contains(currency) && day >= new LocalDate(2021, 6, 14) && day <= new LocalDate(2021, 6, 18));
        }
        var expected = new Dictionary<(string Currency, string? Date, UnconvertedReason Reason), int>();
        foreach (var file in CorpusFileNames)
        {
            foreach (var a in IatiFiles.Activities(Path.Combine(CorpusDirectory, file)))
            {
                foreach (var t in a.Elements("transaction"))
                {
                    var code = ((string?)t.Element("transaction-type")?.Attribute("code"))?.Trim();
                    code = code is not null && Version1Letters.TryGetValue(code, out var n) ? n : code;
                    var v = t.Element("value");
                    if (code is null || !Codes.ContainsKey(code) || v is null || !decimal.TryParse(v.Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                    {
                        continue;
                    }
                    var currency = ((string?)v.Attribute("currency") ?? (string)a.Attribute("default-currency")!).Trim();
                    var date = ((string?)v.Attribute("value-date"))?.Trim() is { Length: >= 10 } d ? LocalDate.FromDateOnly(DateOnly.Parse(d[..10], CultureInfo.InvariantCulture)) : (LocalDate?)null;
                    (string, string?, UnconvertedReason)? key = date is not { } day ? (currency, null, UnconvertedReason.NoValueDate)
                        : HasRate(currency, day) ? null : (currency, day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), UnconvertedReason.NoRate);
                    if (key is { } k)
                    {
                        expected[k] = expected.GetValueOrDefault(k) + 1;
                    }
                }
            }
        }

        Assert.Equal(expected.OrderBy(x => x.Key.ToString(), StringComparer.Ordinal), actual.OrderBy(x => x.Key.ToString(), StringComparer.Ordinal));
        // What remains: currencies the ECB never published on other days than the table's, and dates after the ECB's last.
        Assert.Contains(actual.Keys, k => k.Currency == "BDT");
        Assert.All(conversions.SelectMany(c => c.Unconverted).Where(u => u.Reason == UnconvertedReason.NoRate),
            u => Assert.Contains(u.Commitment.Amount!.Value.Currency.ToString(), u.Message, StringComparison.Ordinal));
        Assert.Equal(["BTC", "CNH", "GGP", "IMP", "JEP"], skipped.Order(StringComparer.Ordinal));
    }
}
