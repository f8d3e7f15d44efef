namespace MigDev.Core.Tests;

using static Fixtures;

public class UnconvertedCommitmentTest
{
    [Fact]
    public void NoRate_NamesTheIndexTheCommitmentAndTheConvertersMessage()
    {
        var kes = new FundingCommitment([new(Ec)], FundingStage.Commitment, new Money(100m, CurrencyCode.Parse("KES"))) { ValueDate = PartialDate.Parse("2021-06-14") };
        var conversion = new FundingAnalytics(Model(commitments: [kes])).ConvertAll(FundingStage.Commitment, CurrencyConverter.Ecb, CurrencyCode.USD, RatePolicy.LatestOnOrBefore(), d => d.FirstDay);
        var u = Assert.Single(conversion.Unconverted);
        Assert.Equal((0, UnconvertedReason.NoRate), (u.Index, u.Reason));
        Assert.Same(kes, u.Commitment);
        Assert.Contains("KES", u.Message, StringComparison.Ordinal);
        Assert.Equal($"commitments[0] {kes}: {u.Message}", u.ToString());
    }
}
