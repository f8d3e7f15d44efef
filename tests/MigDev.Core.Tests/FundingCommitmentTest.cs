using NodaTime;

namespace MigDev.Core.Tests;

public class FundingCommitmentTest
{
    private static readonly AgencyId Ec = AgencyId.Parse("european-commission");
    private static readonly AgencyId Sdc = AgencyId.Parse("sdc");
    private static readonly AgencyId Undp = AgencyId.Parse("undp");

    // Seed 000, line 15: "a 15 million euros programme ... on behalf of the European Commission starting in 2008".
    private static FundingCommitment JmdiPhase1() => new(
        [new(Ec)], FundingStage.Commitment, amount: new Money(15_000_000m, CurrencyCode.EUR),
        recipient: Undp, programme: ProgrammeId.Parse("jmdi"), valueDate: PartialDate.FromYear(2008),
        citations: [new("000", 15, 15, "a 15 million euros programme on migration and development on behalf of the European Commission starting in 2008")]);

    // Seed 001, line 84: "funded over three years, with a total budget of USD 9.5 million, contributed by the European
    // Commission and the Swiss Agency for Development and Cooperation".
    private static FundingCommitment JmdiPhase2() => new(
        [new(Ec), new(Sdc)], FundingStage.Commitment, amount: new Money(9_500_000m, CurrencyCode.USD),
        recipient: Undp, programme: ProgrammeId.Parse("jmdi-2"), valueDate: PartialDate.Parse("2012-12"),
        period: Timeframe.Parse("2012-12/P3Y"), isIndicative: true,
        citations: [new("001", 84, 84, "Programme activities are funded over three years, with a total budget of USD 9.5 million, contributed by the European Commission and the Swiss Agency for Development and Cooperation")]);

    [Fact]
    public void Jmdi_CitationsAreVerbatim()
    {
        SeedText.AssertVerbatim(JmdiPhase1().Citations.Concat(JmdiPhase2().Citations));
    }

    [Fact]
    public void Jmdi_TotalsPerCurrencyAndInUsdAtStatedDates()
    {
        var commitments = new[] { JmdiPhase1(), JmdiPhase2() };
        var bag = MoneyBag.Of(commitments.Select(c => c.Amount!.Value));
        Assert.Equal(new Money(15_000_000m, CurrencyCode.EUR), bag[CurrencyCode.EUR]);
        Assert.Equal(new Money(9_500_000m, CurrencyCode.USD), bag[CurrencyCode.USD]);

        // The EUR commitment at the ECB's first rate of 2008 (2008-01-02, EUR→USD 1.4688 in the CSV).
        var total = CurrencyConverter.Ecb.Total(bag, CurrencyCode.USD, new LocalDate(2008, 1, 2), RatePolicy.ExactDate);
        Assert.Equal(new Money(15_000_000m * EcbCsv.Rate(new LocalDate(2008, 1, 2), "USD") + 9_500_000m, CurrencyCode.USD).Round(), total.Total);
        Assert.Equal("USD 31532000.00", total.Total.ToString());
    }

    [Fact]
    public void CoFinancingInThirds_SplitsExactly()
    {
        // Seed 004, line 72: "with each of the parties contributing one third of the funds required".
        var third = Share.FromFraction(1, 3);
        var commitment = new FundingCommitment(
            [new(Ec, third), new(AgencyId.Parse("government-of-belgium"), third), new(AgencyId.Parse("king-baudouin-foundation"), third)],
            FundingStage.Pledge, amount: new Money(100.00m, CurrencyCode.EUR));
        var parts = commitment.SplitByFunder();
        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Select(p => p.Part.Amount));
        Assert.Equal(commitment.Amount, Money.Sum(parts.Select(p => p.Part)));
    }

    [Fact]
    public void RelativeFigure_IsAShareNotAFakeAmount()
    {
        var eu = new FundingCommitment([new(AgencyId.Parse("european-union"))], FundingStage.Commitment,
            relativeAmount: Share.FromFraction(1, 3), relativeTo: "the funds required");
        Assert.Null(eu.Amount);
        Assert.Equal("1/3", eu.RelativeAmount.ToString());
        Assert.Throws<InvalidOperationException>(() => eu.SplitByFunder());
        Assert.Contains("1/3 of the funds required", eu.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Faults_AreRefusedNamingFieldAndValue()
    {
        var cyp = Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Disbursement,
            amount: new Money(1_000m, CurrencyCode.Parse("CYP")), valueDate: PartialDate.Parse("2009-03")));
        Assert.Equal("valueDate", cyp.ParamName);
        Assert.Contains("CYP", cyp.Message, StringComparison.Ordinal);
        Assert.Contains("2009-03", cyp.Message, StringComparison.Ordinal);

        var notWhole = Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec, Share.FromFraction(1, 3)), new(Sdc, Share.FromFraction(1, 3))], FundingStage.Pledge, amount: new Money(1m, CurrencyCode.EUR)));
        Assert.Equal("funders", notWhole.ParamName);
        Assert.Contains("sdc 1/3", notWhole.Message, StringComparison.Ordinal);

        Assert.Contains("neither", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge)).Message, StringComparison.Ordinal);
        Assert.Contains("'european-commission'", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec), new(Ec)], FundingStage.Pledge, amount: new Money(1m, CurrencyCode.EUR))).Message, StringComparison.Ordinal);
        Assert.Equal("relativeTo", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, relativeAmount: Share.Whole)).ParamName);
        Assert.Equal("funders", Assert.Throws<ArgumentException>(() => new FundingCommitment([], FundingStage.Pledge, amount: new Money(1m, CurrencyCode.EUR))).ParamName);
    }

    [Fact]
    public void Equality_IsByValueWithListsElementByElement()
    {
        Assert.Equal(JmdiPhase1(), JmdiPhase1());
        Assert.Equal(JmdiPhase1().GetHashCode(), JmdiPhase1().GetHashCode());
        Assert.NotEqual(JmdiPhase1(), JmdiPhase2());
        var otherAmount = new FundingCommitment([new(Ec)], FundingStage.Commitment, amount: new Money(15_000_001m, CurrencyCode.EUR),
            recipient: Undp, programme: ProgrammeId.Parse("jmdi"), valueDate: PartialDate.FromYear(2008), citations: JmdiPhase1().Citations);
        Assert.NotEqual(JmdiPhase1(), otherAmount);
    }
}
