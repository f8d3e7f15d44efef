namespace MigDev.Core.Tests;

using static Fixtures;

public class FundingConversionTest
{
    [Fact]
    public void Complete_TotalIsTheSumOfTheLines_InTheTarget()
    {
        var a = new FundingCommitment([new(Ec)], FundingStage.Disbursement, new Money(10.005m, CurrencyCode.EUR)) { ValueDate = PartialDate.Parse("2010-01-04") };
        var b = new FundingCommitment([new(Ec)], FundingStage.Disbursement, new Money(20m, CurrencyCode.EUR)) { ValueDate = PartialDate.Parse("2010-01-04") };
        var conversion = new FundingAnalytics(Model(commitments: [a, b])).ConvertAll(FundingStage.Disbursement, CurrencyConverter.Ecb, CurrencyCode.EUR, RatePolicy.ExactDate, d => d.FirstDay);
        Assert.Equal(CurrencyCode.EUR, conversion.Target);
        Assert.True(conversion.IsComplete);
        Assert.Empty(conversion.Unconverted);
        // Each line rounded to the cent on its own (10.005 to even: 10.00), then added.
        Assert.Equal(new Money(30.00m, CurrencyCode.EUR), conversion.Total);
        Assert.Equal("EUR 30.00 (2 lines)", conversion.ToString());
    }

    [Fact]
    public void Empty_TotalIsZeroInTheTarget() =>
        Assert.Equal(new Money(0m, CurrencyCode.USD),
            new FundingAnalytics(Model()).ConvertAll(FundingStage.Pledge, CurrencyConverter.Ecb, CurrencyCode.USD, RatePolicy.ExactDate, d => d.FirstDay).Total);
}
