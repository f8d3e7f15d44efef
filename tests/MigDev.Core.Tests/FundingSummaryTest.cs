using System.Collections.Immutable;
using System.Text.Json;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>
/// The totals of one stage (<c>new FundingAnalytics(model).Summarize(stage)</c>) over the embedded catalog's model,
/// against totals computed here in a plain pass over the catalog file's <c>commitments[]</c> (data/catalog/catalog.json,
/// read as a <see cref="JsonDocument"/>): <c>amount.amount</c> summed per <c>amount.currency</c>, by funder, recipient
/// and programme.
/// </summary>
public class FundingSummaryTest
{
    private static readonly JsonDocument File = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json")));

    private static FundingSummary Summarize(FundingStage stage) => new FundingAnalytics(MigDevCatalog.Default.Model).Summarize(stage);

    /// <summary>The file's commitments of a stage that state an amount (relative figures have none).</summary>
    private static List<JsonElement> AmountsAt(FundingStage stage) =>
        [.. File.RootElement.GetProperty("commitments").EnumerateArray()
            .Where(c => c.GetProperty("stage").GetString() == stage.ToString() && c.TryGetProperty("amount", out _))];

    private static (string Currency, decimal Amount) AmountOf(JsonElement commitment)
    {
        var amount = commitment.GetProperty("amount");
        return (amount.GetProperty("currency").GetString()!, amount.GetProperty("amount").GetDecimal());
    }

    private static string[] FundersOf(JsonElement commitment) =>
        [.. commitment.GetProperty("funders").EnumerateArray().Select(f => f.GetProperty("funder").GetString()!)];

    private static bool HasShares(JsonElement commitment) =>
        commitment.GetProperty("funders").EnumerateArray().Any(f => f.TryGetProperty("share", out _));

    /// <summary>Totals per key and currency, in a fixed order: the form both sides are compared in.</summary>
    private static List<(string Key, string Currency, decimal Amount)> Totals(IEnumerable<(string Key, string Currency, decimal Amount)> lines) =>
        [.. lines.GroupBy(l => (l.Key, l.Currency)).Select(g => (g.Key.Key, g.Key.Currency, g.Sum(l => l.Amount)))
            .OrderBy(l => l.Key, StringComparer.Ordinal).ThenBy(l => l.Currency, StringComparer.Ordinal)];

    private static List<(string Key, string Currency, decimal Amount)> Totals(MoneyBag bag) =>
        Totals(bag.Select(m => ("", m.Currency.Code, m.Amount)));

    private static List<(string Key, string Currency, decimal Amount)> Totals<TKey>(ImmutableSortedDictionary<TKey, MoneyBag> byKey)
        where TKey : notnull =>
        Totals(byKey.SelectMany(kv => kv.Value.Select(m => (kv.Key.ToString()!, m.Currency.Code, m.Amount))));

    /// <summary>Totals per key of the commitments that have one (recipient, programme).</summary>
    private static List<(string Key, string Currency, decimal Amount)> ExpectedBy(FundingStage stage, string property) =>
        Totals(AmountsAt(stage).Where(c => c.TryGetProperty(property, out _))
            .Select(c => (c.GetProperty(property).GetString()!, AmountOf(c).Currency, AmountOf(c).Amount)));

    [Theory]
    [InlineData(FundingStage.Pledge)]
    [InlineData(FundingStage.Commitment)]
    [InlineData(FundingStage.Disbursement)]
    [InlineData(FundingStage.Expenditure)]
    [InlineData(FundingStage.Budget)]
    public void Summarize_CatalogModel_TotalAndByRecipientAndProgrammeAreTheFileSums(FundingStage stage)
    {
        var summary = Summarize(stage);
        Assert.Equal(stage, summary.Stage);
        Assert.Equal(Totals(AmountsAt(stage).Select(c => ("", AmountOf(c).Currency, AmountOf(c).Amount))), Totals(summary.Total));
        Assert.Equal(ExpectedBy(stage, "recipient"), Totals(summary.ByRecipient));
        Assert.Equal(ExpectedBy(stage, "programme"), Totals(summary.ByProgramme));
    }

    [Theory]
    [InlineData(FundingStage.Pledge)]
    [InlineData(FundingStage.Commitment)]
    [InlineData(FundingStage.Disbursement)]
    [InlineData(FundingStage.Expenditure)]
    [InlineData(FundingStage.Budget)]
    public void Summarize_CatalogModel_ByFunderAndJointAreTheFileSums(FundingStage stage)
    {
        var amounts = AmountsAt(stage);

        // The plain pass needs no split: the file has no co-financed amount with shares (were one added, this test
        // would have to split it to the cent as Money.Allocate does, and says so here).
        Assert.DoesNotContain(amounts, c => FundersOf(c).Length > 1 && HasShares(c));

        var alone = amounts.Where(c => FundersOf(c).Length == 1).Select(c => (FundersOf(c)[0], AmountOf(c).Currency, AmountOf(c).Amount));
        var joint = amounts.Where(c => FundersOf(c).Length > 1).Select(c => ("", AmountOf(c).Currency, AmountOf(c).Amount));

        var summary = Summarize(stage);
        Assert.Equal(Totals(alone), Totals(summary.ByFunder));
        Assert.Equal(Totals(joint), Totals(summary.JointWithoutShares));
    }

    [Fact]
    public void Summarize_CatalogCommitments_AreNotAnEmptyComparison()
    {
        // The file holds committed amounts in two currencies, one of them co-financed without shares, so the
        // comparisons above compare something at this stage.
        var committed = AmountsAt(FundingStage.Commitment);
        Assert.Equal(["EUR", "USD"], committed.Select(c => AmountOf(c).Currency).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(committed, c => FundersOf(c).Length > 1);
        Assert.Contains(committed, c => c.TryGetProperty("recipient", out _));

        var summary = Summarize(FundingStage.Commitment);
        Assert.Equal(2, summary.Total.Count);
        Assert.False(summary.JointWithoutShares.IsEmpty);
        Assert.NotEmpty(summary.ByFunder);
        Assert.NotEmpty(summary.ByRecipient);
        Assert.NotEmpty(summary.ByProgramme);
    }

    [Fact]
    public void Summarize_CatalogModel_RelativeFiguresAreLeftOut()
    {
        // The file's commitments without an amount (a share of something named), and what only they fund.
        var all = File.RootElement.GetProperty("commitments").EnumerateArray().ToList();
        var relative = all.Where(c => !c.TryGetProperty("amount", out _)).ToList();
        Assert.NotEmpty(relative);
        var withAmount = all.Where(c => c.TryGetProperty("amount", out _)).ToList();
        var onlyRelativeProgrammes = relative.Select(c => c.GetProperty("programme").GetString()!)
            .Where(p => !withAmount.Any(c => c.TryGetProperty("programme", out var q) && q.GetString() == p)).ToList();
        var onlyRelativeFunders = relative.SelectMany(FundersOf).Where(f => !withAmount.Any(c => FundersOf(c).Contains(f))).ToList();
        Assert.NotEmpty(onlyRelativeProgrammes);

        foreach (var stage in Enum.GetValues<FundingStage>())
        {
            var summary = Summarize(stage);
            Assert.All(onlyRelativeProgrammes, p => Assert.False(summary.ByProgramme.ContainsKey(ProgrammeId.Parse(p)), p));
            Assert.All(onlyRelativeFunders, f => Assert.False(summary.ByFunder.ContainsKey(AgencyId.Parse(f)), f));
        }
    }

    [Theory]
    [InlineData(FundingStage.Pledge)]
    [InlineData(FundingStage.Commitment)]
    public void Summarize_CatalogModel_KeysAreInOrdinalOrder(FundingStage stage)
    {
        var summary = Summarize(stage);
        var funders = summary.ByFunder.Keys.Select(k => k.Value).ToList();
        Assert.Equal(funders.Order(StringComparer.Ordinal), funders);
        var programmes = summary.ByProgramme.Keys.Select(k => k.Value).ToList();
        Assert.Equal(programmes.Order(StringComparer.Ordinal), programmes);
    }

    [Theory]
    [InlineData(FundingStage.Pledge)]
    [InlineData(FundingStage.Commitment)]
    [InlineData(FundingStage.Budget)]
    public void Summarize_CatalogModel_FundersAndJointAddUpToTheTotal(FundingStage stage)
    {
        // Never guessed, never counted twice: what is attributed to funders plus what cannot be is the total.
        var summary = Summarize(stage);
        Assert.Equal(summary.Total, summary.ByFunder.Values.Aggregate(summary.JointWithoutShares, (sum, bag) => sum + bag));
    }
}
