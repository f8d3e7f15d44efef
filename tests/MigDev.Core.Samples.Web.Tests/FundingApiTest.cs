using System.Globalization;
using System.Text.Json;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>Conversions and funding totals, checked against the ECB CSV and catalog.json read directly.</summary>
public sealed class FundingApiTest(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Convert_EurToUsd_IsTheEcbRateOfThatDay()
    {
        var answer = await web.GetJsonAsync("/convert?amount=1000.50&from=EUR&to=USD&date=2010-06-30");
        var rate = EcbCsv.Rate(new DateOnly(2010, 6, 30), "USD");
        Assert.Equal(Math.Round(1000.50m * rate, 2, MidpointRounding.ToEven), Amount(answer.GetProperty("converted"), "USD"));
        Assert.Equal(rate, answer.GetProperty("rate").GetProperty("rate").GetDecimal());
        Assert.Equal("2010-06-30", answer.GetProperty("rate").GetProperty("date").GetString());
        Assert.Equal(0, answer.GetProperty("daysBack").GetInt32());
    }

    [Fact]
    public async Task Convert_OnASunday_TakesFridaysRate_AndSaysHowFarBack()
    {
        var answer = await web.GetJsonAsync("/convert?amount=100&from=EUR&to=CHF&date=2010-06-27");
        var (date, row) = EcbCsv.OnOrBefore(new DateOnly(2010, 6, 27));
        Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), answer.GetProperty("rate").GetProperty("date").GetString());
        Assert.Equal(2, answer.GetProperty("daysBack").GetInt32());
        Assert.Equal(Math.Round(100m * row["CHF"], 2, MidpointRounding.ToEven), Amount(answer.GetProperty("converted"), "CHF"));
    }

    [Fact]
    public async Task Convert_UsdToChf_CrossesThroughTheEuro_WithBothLegs()
    {
        var answer = await web.GetJsonAsync("/convert?amount=250&from=USD&to=CHF&date=2010-06-30");
        var day = new DateOnly(2010, 6, 30);
        var expected = 250m / EcbCsv.Rate(day, "USD") * EcbCsv.Rate(day, "CHF");
        Assert.True(Math.Abs(expected - Amount(answer.GetProperty("converted"), "CHF")) <= 0.005m, $"{expected} vs {answer}");
        var legs = answer.GetProperty("legs").EnumerateArray().Select(l => l.GetProperty("rate").GetDecimal()).ToList();
        Assert.Equal(2, legs.Count);
        Assert.Contains(EcbCsv.Rate(day, "CHF"), legs);
    }

    [Theory]
    [InlineData("/convert?amount=abc&from=EUR&to=USD&date=2010-06-30", "amount", "abc")]
    [InlineData("/convert?amount=1&from=XYZ&to=USD&date=2010-06-30", "from", "XYZ")]
    [InlineData("/convert?amount=1&from=EUR&to=US&date=2010-06-30", "to", "US")]
    [InlineData("/convert?amount=1&from=EUR&to=XAU&date=2010-06-30", "to", "XAU")]
    [InlineData("/convert?amount=1&from=EUR&to=USD&date=2010-02-30", "date", "2010-02-30")]
    [InlineData("/convert?amount=1&from=EUR&to=USD", "date", null)]
    [InlineData("/funding?currency=XYZ", "currency", "XYZ")]
    [InlineData("/funding?currency=CHF&at=yesterday", "at", "yesterday")]
    [InlineData("/funding?stage=grant", "stage", "grant")]
    [InlineData("/funding?stage=1", "stage", "1")]
    public async Task UnreadableParameter_Is400Problem_NamingTheParameterAndValue(string url, string parameter, string? value)
    {
        var problem = await web.GetJsonAsync(url, 400, Problem.MediaType);
        Problem.Assert(problem, 400, "value", value);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Convert_BeforeTheEcbPublished_Is422Problem_NamingThePairAndDate()
    {
        var problem = await web.GetJsonAsync("/convert?amount=1&from=EUR&to=USD&date=1990-01-01", 422, Problem.MediaType);
        Problem.Assert(problem, 422, "value", "EUR/USD 1990-01-01");
    }

    [Fact]
    public async Task Funding_InChf_AtValueDates_ConvertsEachCommitmentAtItsDate_AndListsTheRatesAndWhatIsNotConverted()
    {
        var answer = await web.GetJsonAsync("/funding?currency=CHF&at=value-date");
        var (expected, undated) = Expected("CHF", null);
        Assert.Equal(expected.Count, answer.GetProperty("lines").GetInt32());
        var total = Amount(answer.GetProperty("total"), "CHF");
        Assert.True(Math.Abs(expected.Sum() - total) <= 0.01m * expected.Count, $"{expected.Sum()} vs {total}");
        foreach (var part in new[] { "byFunder", "byRecipient", "byYear" })
        {
            Assert.Equal(total, answer.GetProperty(part).EnumerateArray().Sum(l => Amount(l.GetProperty("amount"), "CHF")));
        }
        Assert.Equal(undated, answer.GetProperty("unconverted").GetArrayLength());
        AssertRatesAreTheCsvs(answer, null);
    }

    [Fact]
    public async Task Funding_AtOneDate_UsesThatDatesRates()
    {
        var answer = await web.GetJsonAsync("/funding?currency=CHF&at=2010-06-30");
        var (expected, _) = Expected("CHF", new DateOnly(2010, 6, 30));
        var total = Amount(answer.GetProperty("total"), "CHF");
        Assert.True(Math.Abs(expected.Sum() - total) <= 0.01m * expected.Count, $"{expected.Sum()} vs {total}");
        AssertRatesAreTheCsvs(answer, new DateOnly(2010, 6, 30));
    }

    // Every rate listed is the CSV's (EUR based), dated on or before the day asked for when one day is asked for.
    private static void AssertRatesAreTheCsvs(JsonElement answer, DateOnly? at)
    {
        Assert.NotEqual(0, answer.GetProperty("rates").GetArrayLength());
        foreach (var rate in answer.GetProperty("rates").EnumerateArray().Where(r => r.GetProperty("derivation").GetString() == "Published"))
        {
            var date = DateOnly.ParseExact(rate.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal("EUR", rate.GetProperty("base").GetString());
            Assert.Equal(EcbCsv.Rate(date, rate.GetProperty("quote").GetString()!), rate.GetProperty("rate").GetDecimal());
            Assert.True(at is null || (date <= at && date >= at.Value.AddDays(-4)), $"{date}");
        }
    }

    // The commitments of catalog.json with an amount, each converted at the CSV rate of its value date's first day (or
    // of one date), rounded to cents; and how many have an amount but no value date.
    private static (List<decimal> Lines, int Undated) Expected(string target, DateOnly? at)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(WebFactory.Data("catalog", "catalog.json")));
        var lines = new List<decimal>();
        var undated = 0;
        foreach (var c in document.RootElement.GetProperty("commitments").EnumerateArray())
        {
            if (c.GetProperty("stage").GetString() != "Commitment" || !c.TryGetProperty("amount", out var amount))
            {
                continue;
            }
            if (!c.TryGetProperty("valueDate", out var valueDate))
            {
                undated++;
                continue;
            }
            var text = valueDate.GetString()!;
            var first = DateOnly.ParseExact(text.Length == 4 ? text + "-01-01" : text.Length == 7 ? text + "-01" : text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (_, row) = EcbCsv.OnOrBefore(at ?? first);
            var euros = amount.GetProperty("amount").GetDecimal() / row[amount.GetProperty("currency").GetString()!];
            lines.Add(Math.Round(euros * row[target], 2, MidpointRounding.ToEven));
        }
        return (lines, undated);
    }

    private static decimal Amount(JsonElement money, string currency)
    {
        Assert.Equal(currency, money.GetProperty("currency").GetString());
        return money.GetProperty("amount").GetDecimal();
    }
}
