using NodaTime;

namespace MigDev.Core.Tests;

public class FundingCommitmentTest
{
    private static readonly AgencyId Ec = AgencyId.Parse("european-commission");
    private static readonly AgencyId Sdc = AgencyId.Parse("sdc");
    private static readonly AgencyId Undp = AgencyId.Parse("undp");

    private static FundingCommitment JmdiPhase1() => Fixtures.JmdiPhase1Funding();

    private static FundingCommitment JmdiPhase2() => Fixtures.JmdiPhase2Funding();

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
            FundingStage.Pledge, new Money(100.00m, CurrencyCode.EUR));
        var parts = commitment.SplitByFunder();
        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Select(p => p.Part.Amount));
        Assert.Equal(commitment.Amount, Money.Sum(parts.Select(p => p.Part)));
    }

    [Fact]
    public void RelativeFigure_IsAShareNotAFakeAmount()
    {
        var eu = new FundingCommitment([new(AgencyId.Parse("european-union"))], FundingStage.Commitment, Share.FromFraction(1, 3), "the funds required");
        Assert.Null(eu.Amount);
        Assert.Equal("1/3", eu.RelativeAmount.ToString());
        Assert.Throws<InvalidOperationException>(() => eu.SplitByFunder());
        Assert.Contains("1/3 of the funds required", eu.ToString(), StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Commitment, default(Share), "the funds required"));
        Assert.Equal("relativeAmount", none.ParamName);
        Assert.Contains("default(Share)", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Faults_AreRefusedNamingFieldAndValue()
    {
        var notWhole = Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec, Share.FromFraction(1, 3)), new(Sdc, Share.FromFraction(1, 3))], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR)));
        Assert.Equal("funders", notWhole.ParamName);
        Assert.Contains("sdc 1/3", notWhole.Message, StringComparison.Ordinal);

        Assert.Contains("'european-commission'", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec), new(Ec)], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR))).Message, StringComparison.Ordinal);
        Assert.Equal("funders", Assert.Throws<ArgumentException>(() => new FundingCommitment([], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR))).ParamName);
        Assert.Equal("funders", Assert.Throws<ArgumentException>(() => new FundingCommitment([null!], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR))).ParamName);
        Assert.Equal("funders", Assert.Throws<ArgumentNullException>(() => new FundingCommitment(null!, FundingStage.Pledge, new Money(1m, CurrencyCode.EUR))).ParamName);
        var stage = Assert.Throws<ArgumentOutOfRangeException>(() => new FundingCommitment([new(Ec)], (FundingStage)42, new Money(1m, CurrencyCode.EUR)));
        Assert.Equal("stage", stage.ParamName);
        Assert.Contains("42", stage.Message, StringComparison.Ordinal);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, default(Money))).ParamName);

        var relativeTo = Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, Share.FromFraction(1, 3), " "));
        Assert.Equal("relativeTo", relativeTo.ParamName);
        Assert.Contains("Commitment: relativeTo is empty or only white space (' ')", relativeTo.Message, StringComparison.Ordinal);
        Assert.Equal("relativeTo", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, Share.Whole, null!)).ParamName);
    }

    [Fact]
    public void InternalConstructor_NeitherOrBothAmounts_IsRefusedAsADocumentMayGiveThem()
    {
        Assert.Contains("neither", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, null, null, null)).Message, StringComparison.Ordinal);
        var both = Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR), Share.Whole, "all"));
        Assert.Equal("amount", both.ParamName);
        Assert.Contains("both", both.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InitProperties_Faults_AreRefusedNamingFieldAndValue()
    {
        var cyp = Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Disbursement, new Money(1_000m, CurrencyCode.Parse("CYP")))
        {
            ValueDate = PartialDate.Parse("2009-03"),
        });
        Assert.Equal("valueDate", cyp.ParamName);
        Assert.Contains("CYP", cyp.Message, StringComparison.Ordinal);
        Assert.Contains("2009-03", cyp.Message, StringComparison.Ordinal);
        // The same currency before its withdrawal is fine, and a relative figure has no currency to check.
        Assert.Equal(PartialDate.Parse("2007-03"), new FundingCommitment([new(Ec)], FundingStage.Disbursement, new Money(1_000m, CurrencyCode.Parse("CYP"))) { ValueDate = PartialDate.Parse("2007-03") }.ValueDate);
        Assert.NotNull(new FundingCommitment([new(Ec)], FundingStage.Pledge, Share.Whole, "all") { ValueDate = PartialDate.Parse("2009-03") }.ValueDate);

        var one = new Money(1m, CurrencyCode.EUR);
        Assert.Equal("recipient", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, one) { Recipient = default(AgencyId) }).ParamName);
        Assert.Equal("programme", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, one) { Programme = default(ProgrammeId) }).ParamName);
        Assert.Equal("valueDate", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, one) { ValueDate = default(PartialDate) }).ParamName);
        var citations = Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, one) { Citations = [JmdiPhase1().Citations[0], null!] });
        Assert.Equal("citations", citations.ParamName);
        Assert.Contains("citations[1] is null", citations.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InitProperties_DefaultOrNoneGiven_AreEmpty()
    {
        var none = new FundingCommitment([new(Ec)], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR));
        var defaults = new FundingCommitment([new(Ec)], FundingStage.Pledge, new Money(1m, CurrencyCode.EUR)) { Citations = default, Note = null, Recipient = null };
        foreach (var c in new[] { none, defaults })
        {
            Assert.False(c.Citations.IsDefault);
            Assert.Empty(c.Citations);
            Assert.Null(c.Note);
            Assert.Null(c.Recipient);
            Assert.Null(c.Programme);
            Assert.Null(c.ValueDate);
            Assert.Null(c.Period);
            Assert.False(c.IsIndicative);
            Assert.Equal(BudgetKind.Original, c.BudgetKind);
            Assert.False(c.IsSuperseded);
        }
        Assert.Equal(none, defaults);
    }

    [Fact]
    public void Equality_SeesEveryInitProperty()
    {
        var a = JmdiPhase2();
        FundingCommitment Base() => new(a.Funders, a.Stage, a.Amount!.Value);
        FundingCommitment[] oneFieldOff =
        [
            new(a.Funders, a.Stage, a.Amount!.Value) { Programme = a.Programme, ValueDate = a.ValueDate, Period = a.Period, IsIndicative = true, Citations = a.Citations, Note = "n" },
            new(a.Funders, a.Stage, a.Amount!.Value) { Recipient = a.Recipient, ValueDate = a.ValueDate, Period = a.Period, IsIndicative = true, Citations = a.Citations, Note = "n" },
            new(a.Funders, a.Stage, a.Amount!.Value) { Recipient = a.Recipient, Programme = a.Programme, Period = a.Period, IsIndicative = true, Citations = a.Citations, Note = "n" },
            new(a.Funders, a.Stage, a.Amount!.Value) { Recipient = a.Recipient, Programme = a.Programme, ValueDate = a.ValueDate, IsIndicative = true, Citations = a.Citations, Note = "n" },
            new(a.Funders, a.Stage, a.Amount!.Value) { Recipient = a.Recipient, Programme = a.Programme, ValueDate = a.ValueDate, Period = a.Period, Citations = a.Citations, Note = "n" },
            new(a.Funders, a.Stage, a.Amount!.Value) { Recipient = a.Recipient, Programme = a.Programme, ValueDate = a.ValueDate, Period = a.Period, IsIndicative = true, Note = "n" },
            new(a.Funders, a.Stage, a.Amount!.Value) { Recipient = a.Recipient, Programme = a.Programme, ValueDate = a.ValueDate, Period = a.Period, IsIndicative = true, Citations = a.Citations },
        ];
        var full = new FundingCommitment(a.Funders, a.Stage, a.Amount!.Value)
        {
            Recipient = a.Recipient, Programme = a.Programme, ValueDate = a.ValueDate, Period = a.Period, IsIndicative = true, Citations = a.Citations, Note = "n",
        };
        Assert.NotEqual(Base(), full);
        Assert.All(oneFieldOff, other => Assert.NotEqual(full, other));
        Assert.NotEqual(full, new FundingCommitment(a.Funders, FundingStage.Pledge, a.Amount!.Value) { Recipient = a.Recipient, Programme = a.Programme, ValueDate = a.ValueDate, Period = a.Period, IsIndicative = true, Citations = a.Citations, Note = "n" });
        Assert.NotEqual(
            new FundingCommitment([new(Ec)], FundingStage.Pledge, Share.FromFraction(1, 3), "the funds required"),
            new FundingCommitment([new(Ec)], FundingStage.Pledge, Share.FromFraction(1, 3), "the funds pledged"));
    }

    [Fact]
    public void BudgetKindAndSuperseded_OnlyOnBudgets_AndOnlyAnOriginalIsSuperseded()
    {
        var eur = new Money(1m, CurrencyCode.EUR);
        var revised = new FundingCommitment([new(Ec)], FundingStage.Budget, eur) { BudgetKind = BudgetKind.Revised };
        var superseded = new FundingCommitment([new(Ec)], FundingStage.Budget, eur) { IsSuperseded = true };
        Assert.Equal((BudgetKind.Revised, false), (revised.BudgetKind, revised.IsSuperseded));
        Assert.Equal((BudgetKind.Original, true), (superseded.BudgetKind, superseded.IsSuperseded));
        Assert.NotEqual(revised, new FundingCommitment([new(Ec)], FundingStage.Budget, eur));
        Assert.NotEqual(superseded, new FundingCommitment([new(Ec)], FundingStage.Budget, eur));

        Assert.Equal("budgetKind", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Commitment, eur) { BudgetKind = BudgetKind.Revised }).ParamName);
        Assert.Equal("isSuperseded", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Pledge, eur) { IsSuperseded = true }).ParamName);
        // Whatever the order they are set in.
        Assert.Equal("isSuperseded", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Budget, eur) { BudgetKind = BudgetKind.Revised, IsSuperseded = true }).ParamName);
        Assert.Equal("budgetKind", Assert.Throws<ArgumentException>(() => new FundingCommitment([new(Ec)], FundingStage.Budget, eur) { IsSuperseded = true, BudgetKind = BudgetKind.Revised }).ParamName);
        Assert.Equal("budgetKind", Assert.Throws<ArgumentOutOfRangeException>(() => new FundingCommitment([new(Ec)], FundingStage.Budget, eur) { BudgetKind = (BudgetKind)5 }).ParamName);
    }

    [Fact]
    public void Equality_IsByValueWithListsElementByElement()
    {
        Assert.Equal(JmdiPhase1(), JmdiPhase1());
        Assert.Equal(JmdiPhase1().GetHashCode(), JmdiPhase1().GetHashCode());
        Assert.NotEqual(JmdiPhase1(), JmdiPhase2());
        var otherAmount = new FundingCommitment([new(Ec)], FundingStage.Commitment, new Money(15_000_001m, CurrencyCode.EUR))
        {
            Recipient = Undp, Programme = ProgrammeId.Parse("jmdi"), ValueDate = PartialDate.FromYear(2008), Citations = JmdiPhase1().Citations,
        };
        Assert.NotEqual(JmdiPhase1(), otherAmount);
    }
}
