using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>Funding arithmetic over a model (<see cref="FundingAnalytics"/>): JMDI's two phases as the seeds state them, and a co-financed split.</summary>
public class FundingAnalyticsTest
{
    private static readonly AgencyId Ec = AgencyId.Parse("european-commission");
    private static readonly AgencyId Sdc = AgencyId.Parse("sdc");
    private static readonly AgencyId Undp = AgencyId.Parse("undp");
    private static readonly ProgrammeId Jmdi = ProgrammeId.Parse("jmdi");
    private static readonly ProgrammeId Jmdi2 = ProgrammeId.Parse("jmdi-2");

    private static FundingAnalytics Analytics() => new(new MigDevModel(AgencyDirectory.Empty, [])
    {
        Programmes = [new Programme(Jmdi, "Joint Migration and Development Initiative"), new Programme(Jmdi2, "JMDI second phase") { Parent = Jmdi }],
        Commitments =
        [
            Fixtures.JmdiPhase1Funding(),
            Fixtures.JmdiPhase2Funding(),
            new FundingCommitment([new(Ec)], FundingStage.Disbursement, new Money(4_000_000m, CurrencyCode.EUR)) { Recipient = Undp, Programme = Jmdi, ValueDate = PartialDate.FromYear(2009) },
            new FundingCommitment([new(Ec, Share.FromFraction(2, 3)), new(Sdc, Share.FromFraction(1, 3))], FundingStage.Commitment, new Money(1_000.00m, CurrencyCode.CHF)) { Programme = Jmdi2, ValueDate = PartialDate.Parse("2013-06") },
        ],
    });

    [Fact]
    public void Summarize_ByFunderRecipientProgrammeAndTotal_PerCurrency()
    {
        var summary = Analytics().Summarize(FundingStage.Commitment);
        Assert.Equal(MoneyBag.Of([new Money(15_000_000m, CurrencyCode.EUR), new Money(9_500_000m, CurrencyCode.USD), new Money(1_000m, CurrencyCode.CHF)]), summary.Total);
        Assert.Equal(MoneyBag.Of([new Money(15_000_000m, CurrencyCode.EUR), new Money(666.67m, CurrencyCode.CHF)]), summary.ByFunder[Ec]);
        Assert.Equal(MoneyBag.Of([new Money(333.33m, CurrencyCode.CHF)]), summary.ByFunder[Sdc]);
        Assert.Equal(MoneyBag.Of([new Money(9_500_000m, CurrencyCode.USD)]), summary.JointWithoutShares);
        Assert.Equal(MoneyBag.Of([new Money(15_000_000m, CurrencyCode.EUR), new Money(9_500_000m, CurrencyCode.USD)]), summary.ByRecipient[Undp]);
        Assert.Equal(MoneyBag.Of([new Money(9_500_000m, CurrencyCode.USD), new Money(1_000m, CurrencyCode.CHF)]), summary.ByProgramme[Jmdi2]);
    }

    [Fact]
    public void Outstanding_IsCommittedMinusDisbursedPerCurrency() =>
        Assert.Equal(MoneyBag.Of([new Money(11_000_000m, CurrencyCode.EUR)]), Analytics().Outstanding(Jmdi));

    [Fact]
    public void ConvertAll_EachLineAtItsOwnValueDateWithItsRate()
    {
        // The caller states which day stands for a year or a month: here, the first day, and the latest ECB rate on or
        // before it (2008-01-01 is a holiday: 2007-12-31's rate; 2012-12-01 is a Saturday: 2012-11-30's).
        var conversion = Analytics().ConvertAll(FundingStage.Commitment, CurrencyConverter.Ecb, CurrencyCode.USD, RatePolicy.LatestOnOrBefore(), d => d.FirstDay);
        Assert.True(conversion.IsComplete);
        var lines = conversion.Lines;
        Assert.Equal(3, lines.Length);
        Assert.Equal(lines.Select(l => l.Conversion.Converted).Aggregate((a, b) => a + b), conversion.Total);
        var eur = lines[0].Conversion;
        Assert.Equal(new LocalDate(2007, 12, 31), eur.Rate.Date);
        Assert.Equal(new Money(15_000_000m * EcbCsv.Rate(new LocalDate(2007, 12, 31), "USD"), CurrencyCode.USD).Round(), eur.Converted);
        Assert.Equal(RateDerivation.Identity, lines[1].Conversion.Rate.Derivation);
        var chf = lines[2].Conversion;
        Assert.Equal(new LocalDate(2013, 5, 31), chf.Rate.Date);
        Assert.Equal(2, chf.LegCount);
        Assert.Equal(1m / EcbCsv.Rate(new LocalDate(2013, 5, 31), "CHF") * EcbCsv.Rate(new LocalDate(2013, 5, 31), "USD"), chf.Rate.Rate);
    }

    [Fact]
    public void Constructor_NullModel_ThrowsArgumentNull() =>
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => new FundingAnalytics(null!)).ParamName);

    [Fact]
    public void Summarize_EachStageAlone_RelativeFiguresLeftOut()
    {
        var analytics = new FundingAnalytics(new MigDevModel(AgencyDirectory.Empty, [])
        {
            Commitments =
            [
                new FundingCommitment([new(Ec)], FundingStage.Budget, new Money(7m, CurrencyCode.EUR)) { Programme = Jmdi },
                new FundingCommitment([new(Ec)], FundingStage.Commitment, new Money(5m, CurrencyCode.EUR)) { Programme = Jmdi },
                new FundingCommitment([new(Sdc)], FundingStage.Commitment, Share.FromFraction(1, 3), "the funds required") { Programme = Jmdi },
            ],
        });
        Assert.Equal(MoneyBag.Of([new Money(7m, CurrencyCode.EUR)]), analytics.Summarize(FundingStage.Budget).Total);
        var committed = analytics.Summarize(FundingStage.Commitment);
        Assert.Equal(FundingStage.Commitment, committed.Stage);
        Assert.Equal(MoneyBag.Of([new Money(5m, CurrencyCode.EUR)]), committed.Total);
        Assert.False(committed.ByFunder.ContainsKey(Sdc));
        Assert.Empty(analytics.Summarize(FundingStage.Pledge).Total);
        Assert.Equal(MoneyBag.Of([new Money(5m, CurrencyCode.EUR)]), analytics.Outstanding(Jmdi));
    }

    [Fact]
    public void ConvertAll_NoValueDateOrNoRate_IsListedWithTheReason_TheRestConverts()
    {
        var undated = new FundingCommitment([new(Ec)], FundingStage.Commitment, new Money(5m, CurrencyCode.EUR));
        var noRate = new FundingCommitment([new(Ec)], FundingStage.Commitment, new Money(7m, CurrencyCode.Parse("BDT"))) { ValueDate = PartialDate.Parse("2020-06-01") };
        var dated = new FundingCommitment([new(Ec)], FundingStage.Commitment, new Money(9m, CurrencyCode.EUR)) { ValueDate = PartialDate.Parse("2020-06-01") };
        var analytics = new FundingAnalytics(new MigDevModel(AgencyDirectory.Empty, []) { Commitments = [undated, noRate, dated] });

        var conversion = analytics.ConvertAll(FundingStage.Commitment, CurrencyConverter.Ecb, CurrencyCode.EUR, RatePolicy.ExactDate, d => d.FirstDay);

        Assert.False(conversion.IsComplete);
        Assert.Same(dated, Assert.Single(conversion.Lines).Commitment);
        Assert.Equal(new Money(9m, CurrencyCode.EUR), conversion.Total);
        Assert.Equal([(0, UnconvertedReason.NoValueDate), (1, UnconvertedReason.NoRate)], conversion.Unconverted.Select(u => (u.Index, u.Reason)));
        Assert.Contains("BDT", conversion.Unconverted[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("commitments[0] Commitment EUR 5", conversion.Unconverted[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("EUR 9.00 (1 lines; 2 not converted)", conversion.ToString());
        Assert.Equal("dayOf", Assert.Throws<ArgumentNullException>(() => analytics.ConvertAll(FundingStage.Commitment, CurrencyConverter.Ecb, CurrencyCode.USD, RatePolicy.ExactDate, null!)).ParamName);
    }

    [Fact]
    public void ConvertAll_ACatalogExtendingTheDefault_DoesNotThrow_OnTheEmbeddedUndatedCommitment()
    {
        var mine = new Catalog.MigDevCatalogBuilder(extending: Catalog.MigDevCatalog.Default).Build("mine");
        var conversion = new FundingAnalytics(mine.Model).ConvertAll(FundingStage.Commitment, CurrencyConverter.Ecb, CurrencyCode.USD, RatePolicy.LatestOnOrBefore(), d => d.FirstDay);
        Assert.NotEmpty(conversion.Lines);
        Assert.All(conversion.Unconverted, u => Assert.Equal(UnconvertedReason.NoValueDate, u.Reason));
    }

    [Fact]
    public void ConvertAll_Budgets_LeavesOutTheOriginalARevisionReplaces_AsSummarizeDoes()
    {
        var year = PartialDate.FromYear(2010);
        var original = new FundingCommitment([new(Ec)], FundingStage.Budget, new Money(100m, CurrencyCode.EUR)) { ValueDate = year, IsSuperseded = true };
        var revised = new FundingCommitment([new(Ec)], FundingStage.Budget, new Money(80m, CurrencyCode.EUR)) { ValueDate = year, BudgetKind = BudgetKind.Revised };
        var analytics = new FundingAnalytics(new MigDevModel(AgencyDirectory.Empty, []) { Commitments = [original, revised] });

        var lines = analytics.ConvertAll(FundingStage.Budget, CurrencyConverter.Ecb, CurrencyCode.EUR, RatePolicy.LatestOnOrBefore(), d => d.FirstDay).Lines;

        Assert.Same(revised, Assert.Single(lines).Commitment);
        Assert.Equal(MoneyBag.Of([new Money(80m, CurrencyCode.EUR)]), analytics.Summarize(FundingStage.Budget).Total);
    }
}
