using System.Globalization;
using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using NodaTime;
using NodaTime.Text;

namespace MigDev.Core.Tests;

/// <summary>
/// Totals of the embedded catalog's commitments at ECB rates. The amounts are checked against the seed texts, the
/// rates are read from the ECB's CSV, and every expected figure is computed here from those two.
/// </summary>
public class ConvertedTotalTest
{
    private static readonly MigDevCatalog Catalog = MigDevCatalog.Default;
    private static readonly CurrencyConverter Ecb = CurrencyConverter.Ecb;
    private static readonly CurrencyCode Eur = CurrencyCode.EUR;
    private static readonly CurrencyCode Usd = CurrencyCode.USD;
    private static readonly CurrencyCode Gbp = CurrencyCode.GBP;
    private static readonly ProgrammeId Jmdi = ProgrammeId.Parse("jmdi");
    private static readonly ProgrammeId Jmdi2 = ProgrammeId.Parse("jmdi-2");
    private static readonly ProgrammeId MdgFund = ProgrammeId.Parse("mdg-achievement-fund");

    [Fact]
    public void CommittedTo_Jmdi_IsTheSeedAmountAtTheCsvRate()
    {
        // Seed 000, line 15: "a 15 million euros programme ... starting in 2008".
        var amount = SeedMillions("000", 15, @"(\d+) million euros");
        Assert.Equal(MoneyBag.Of([new Money(amount, Eur)]), Catalog.CommittedTo(Jmdi));
        var date = EcbCsv.Dates.First(d => d.Year == 2008);

        var total = Catalog.CommittedTo(Jmdi, Usd, date, RatePolicy.ExactDate);

        var exact = amount * EcbCsv.Rate(date, "USD");
        Assert.Equal(Usd, total.Currency);
        Assert.Equal(date, total.Date);
        Assert.Same(RatePolicy.ExactDate, total.Policy);
        Assert.Equal(MidpointRounding.ToEven, total.Rounding);
        var line = Assert.Single(total.Lines);
        Assert.Equal(new Money(amount, Eur), line.Original);
        Assert.Equal(EcbCsv.Rate(date, "USD"), line.Rate.Rate);
        Assert.Equal(exact, total.UnroundedTotal.Amount);
        Assert.Equal(Round(exact, "USD", MidpointRounding.ToEven), total.Total.Amount);
        Assert.Equal(Usd, total.Total.Currency);
        Assert.Equal(total.Total, total.SumOfLines);
        Assert.Equal(0m, total.RoundingResidual.Amount);
    }

    [Fact]
    public void CommittedTo_OnASaturdayByDefault_TakesTheLatestCsvRateAndKeepsTheAskedDate()
    {
        // Seed 000, line 16: "the four-year 528 million euros MDG Achievement Fund".
        var amount = SeedMillions("000", 16, @"(\d+) million euros");
        var saturday = EcbCsv.Dates.First(d => d.Year == 2008 && d.DayOfWeek == IsoDayOfWeek.Friday).PlusDays(1);
        Assert.Null(EcbCsv.Cell(saturday, "USD"));
        var friday = EcbCsv.Dates.Last(d => d < saturday);

        var total = Catalog.CommittedTo(MdgFund, Usd, saturday);

        Assert.Equal(saturday, total.Date);
        Assert.Equal(RatePolicyKind.LatestOnOrBefore, total.Policy.Kind);
        Assert.Equal(RatePolicy.DefaultMaxDaysBack, total.Policy.MaxDaysBack);
        var line = Assert.Single(total.Lines);
        Assert.Equal(friday, line.Rate.Date);
        Assert.Equal(amount * EcbCsv.Rate(friday, "USD"), total.UnroundedTotal.Amount);
        Assert.Equal(Round(amount * EcbCsv.Rate(friday, "USD"), "USD", MidpointRounding.ToEven), total.Total.Amount);
    }

    [Fact]
    public void Total_EveryCatalogCommitmentInGbp_HasALinePerCurrencyAtTheCsvRates()
    {
        // Seed 000 lines 15-16 (EUR 15 million, EUR 528 million) and seed 001 line 84 (USD 9.5 million).
        var euros = SeedMillions("000", 15, @"(\d+) million euros") + SeedMillions("000", 16, @"(\d+) million euros");
        var dollars = SeedMillions("001", 84, @"USD (\d+(?:\.\d+)?) million");
        var bag = MoneyBag.Of(Catalog.Model.Commitments.Where(c => c.Stage == FundingStage.Commitment && c.Amount is not null).Select(c => c.Amount!.Value));
        Assert.Equal(MoneyBag.Of([new Money(euros, Eur), new Money(dollars, Usd)]), bag);
        Assert.Equal(Catalog.CommittedTo(Jmdi) + Catalog.CommittedTo(MdgFund) + Catalog.CommittedTo(Jmdi2), bag);

        // JMDI's second phase began in December 2012 (seed 001, line 84): its first ECB publication.
        var date = EcbCsv.Dates.First(d => d.Year == 2012 && d.Month == 12);
        var total = Ecb.Total(bag, Gbp, date, RatePolicy.ExactDate);

        var gbp = EcbCsv.Rate(date, "GBP");
        var usd = EcbCsv.Rate(date, "USD");
        var eurLine = euros * gbp;
        var usdLine = dollars / usd * gbp;
        Assert.Equal([Eur, Usd], total.Lines.Select(l => l.Original.Currency));
        Assert.Equal(RateDerivation.Published, total.Lines[0].Rate.Derivation);
        Assert.Equal(RateDerivation.Cross, total.Lines[1].Rate.Derivation);
        Assert.Equal(eurLine, total.Lines[0].Unrounded.Amount);
        Assert.Equal(usdLine, total.Lines[1].Unrounded.Amount);
        Assert.Equal(eurLine + usdLine, total.UnroundedTotal.Amount);
        Assert.Equal(Round(eurLine + usdLine, "GBP", MidpointRounding.ToEven), total.Total.Amount);
        Assert.Equal(Round(eurLine, "GBP", MidpointRounding.ToEven) + Round(usdLine, "GBP", MidpointRounding.ToEven), total.SumOfLines.Amount);
        Assert.All(total.Lines, l => Assert.Equal(Gbp, l.Converted.Currency));
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven)]
    [InlineData(MidpointRounding.AwayFromZero)]
    public void Total_ThreeInverseLinesThrough2013_TotalLinesAndResidualAsComputedFromTheCsv(MidpointRounding rounding)
    {
        // JMDI-2's USD 9.5 million with two other amounts, each converted to EUR at the inverse of that day's ECB rate:
        // three lines with fractions of a cent, so rounding each line can differ from rounding the sum.
        var dollars = SeedMillions("001", 84, @"USD (\d+(?:\.\d+)?) million");
        var jpy = CurrencyCode.Parse("JPY");
        var bag = MoneyBag.Of([new Money(dollars, Usd), new Money(1_000_000m, Gbp), new Money(100_000_000m, jpy)]);
        var residuals = 0;
        foreach (var date in EcbCsv.Dates.Where(d => d.Year == 2013))
        {
            var total = Ecb.Total(bag, Eur, date, RatePolicy.ExactDate, rounding);

            decimal[] lines = [1_000_000m / EcbCsv.Rate(date, "GBP"), 100_000_000m / EcbCsv.Rate(date, "JPY"), dollars / EcbCsv.Rate(date, "USD")];
            var expectedTotal = Round(lines.Sum(), "EUR", rounding);
            var expectedSum = lines.Sum(l => Round(l, "EUR", rounding));
            Assert.Equal(rounding, total.Rounding);
            Assert.All(total.Lines, l => Assert.Equal(rounding, l.Rounding));
            Assert.Equal(lines, total.Lines.Select(l => l.Unrounded.Amount));
            Assert.Equal(lines.Select(l => Round(l, "EUR", rounding)), total.Lines.Select(l => l.Converted.Amount));
            Assert.Equal(expectedTotal, total.Total.Amount);
            Assert.Equal(expectedSum, total.SumOfLines.Amount);
            Assert.Equal(expectedTotal - expectedSum, total.RoundingResidual.Amount);
            Assert.Equal(Eur, total.RoundingResidual.Currency);
            residuals += expectedTotal == expectedSum ? 0 : 1;
        }
        Assert.True(residuals > 0, "the year has days on which the rounded lines do not add up to the rounded total");
    }

    [Fact]
    public void ToString_ListsEachLineThenTheTotalTheSumOfLinesAndTheResidual()
    {
        var date = EcbCsv.Dates.First(d => d.Year == 2012 && d.Month == 12);
        var total = Ecb.Total(MoneyBag.Of([new Money(1_000_000m, Gbp), new Money(9_500_000m, Usd)]), Eur, date, RatePolicy.ExactDate);

        var text = total.ToString().Split(Environment.NewLine);

        Assert.Equal(3, text.Length);
        Assert.Equal(total.Lines[0].ToString(), text[0]);
        Assert.Equal(total.Lines[1].ToString(), text[1]);
        var exact = (1_000_000m / EcbCsv.Rate(date, "GBP")) + (9_500_000m / EcbCsv.Rate(date, "USD"));
        var sum = Round(1_000_000m / EcbCsv.Rate(date, "GBP"), "EUR", MidpointRounding.ToEven) + Round(9_500_000m / EcbCsv.Rate(date, "USD"), "EUR", MidpointRounding.ToEven);
        var rounded = Round(exact, "EUR", MidpointRounding.ToEven);
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"Total EUR {rounded:0.00} on {LocalDatePattern.Iso.Format(date)} (sum of lines EUR {sum:0.00}, rounding residual EUR {rounded - sum:0.00})"),
            text[2]);
    }

    [Fact]
    public void Total_EmptyBag_IsZeroInTheReportingCurrencyWithNoLines()
    {
        var date = EcbCsv.Dates[0];
        var total = Ecb.Total(MoneyBag.Empty, Usd, date, RatePolicy.ExactDate);
        Assert.Empty(total.Lines);
        Assert.Equal(Usd, total.Total.Currency);
        Assert.Equal(0m, total.Total.Amount);
        Assert.Equal(0m, total.SumOfLines.Amount);
        Assert.Equal(0m, total.RoundingResidual.Amount);
        Assert.StartsWith("Total USD 0.00 on 1999-01-04", total.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Total_ACurrencyWithoutRate_ThrowsNamingItAndItsLastCsvRate()
    {
        // The CSV's CYP column ends with the euro's adoption in Cyprus; look a year later.
        var cyp = CurrencyCode.Parse("CYP");
        var last = EcbCsv.Dates.Last(d => EcbCsv.Cell(d, "CYP") != "N/A");
        var date = EcbCsv.Dates.First(d => d.Year == last.Year + 2);
        var bag = MoneyBag.Of([new Money(15_000_000m, Eur), new Money(1_000m, cyp)]);

        var ex = Assert.Throws<ExchangeRateNotFoundException>(() => Ecb.Total(bag, Usd, date, RatePolicy.LatestOnOrBefore()));

        Assert.Equal(cyp, ex.BaseCurrency);
        Assert.Equal(cyp, ex.MissingQuoteCurrency);
        Assert.Equal(last, ex.NearestBefore!.Value.Date);
        Assert.Equal(EcbCsv.Rate(last, "CYP"), ex.NearestBefore.Value.Rate);
        Assert.Contains(LocalDatePattern.Iso.Format(date), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_BadArguments_ThrowTypedErrors()
    {
        var date = EcbCsv.Dates[0];
        Assert.Equal("bag", Assert.Throws<ArgumentNullException>(() => Ecb.Total(null!, Usd, date, RatePolicy.ExactDate)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Ecb.Total(MoneyBag.Empty, Usd, date, null!)).ParamName);
        var target = Assert.Throws<ArgumentException>(() => Ecb.Total(MoneyBag.Empty, default, date, RatePolicy.ExactDate));
        Assert.Equal("target", target.ParamName);
        Assert.Contains("default(CurrencyCode)", target.Message, StringComparison.Ordinal);
    }

    /// <summary>The amount a seed line states in millions, found by a pattern whose first group is the number.</summary>
    private static decimal SeedMillions(string document, int line, string pattern)
    {
        var match = Regex.Match(SeedText.Of(document)[line - 1], pattern, RegexOptions.CultureInvariant);
        Assert.True(match.Success, $"seed {document} line {line} states no amount matching {pattern}");
        return decimal.Parse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 1_000_000m;
    }

    /// <summary>Rounds to the minor unit that the ISO 4217 list (data/iso4217/codes-all.csv) gives the currency.</summary>
    private static decimal Round(decimal amount, string currency, MidpointRounding rounding) =>
        Math.Round(amount, MinorUnits[currency], rounding);

    private static readonly Dictionary<string, int> MinorUnits = TestCsv.ReadWithHeader("data", "iso4217", "codes-all.csv")
        .Where(r => r["WithdrawalDate"].Length == 0 && int.TryParse(r["MinorUnit"], CultureInfo.InvariantCulture, out _))
        .GroupBy(r => r["AlphabeticCode"], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => int.Parse(g.First()["MinorUnit"], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
