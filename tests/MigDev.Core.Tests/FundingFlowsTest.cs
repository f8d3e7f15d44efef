namespace MigDev.Core.Tests;

using static Fixtures;

// Hand-made models with one rule each; the corpus pairs are IatiImporterTest.Flows's.
public class FundingFlowsTest
{
    private static readonly ProgrammeId EcActivity = ProgrammeId.Parse("ec-activity");
    private static readonly ProgrammeId IomActivity = ProgrammeId.Parse("iom-activity");

    private static Programme[] Programmes() =>
    [
        new(EcActivity, "EC funding to IOM") { IatiIdentifier = "XI-IATI-EC-1" },
        new(IomActivity, "IOM activity") { IatiIdentifier = "XM-DAC-47066-2" },
    ];

    private static FundingCommitment Flow(FlowDirection direction, decimal amount, string date, ProgrammeId programme, string? providerActivity = null, string? receiverActivity = null, FundingStage stage = FundingStage.Disbursement) =>
        new([new(Ec)], stage, new Money(amount, CurrencyCode.EUR))
        {
            Recipient = Iom, Programme = programme, ValueDate = PartialDate.Parse(date), Direction = direction,
            ReportedBy = direction == FlowDirection.Outgoing ? Ec : Iom, ProviderActivity = providerActivity, ReceiverActivity = receiverActivity,
        };

    [Fact]
    public void FindPairs_LinkedByTheReceiverActivity_IsAPairByActivityIdentifiers_DatesApartUpToTheLimit()
    {
        var model = Model(Programmes(), [
            Flow(FlowDirection.Outgoing, 1_000_000m, "2020-03-01", EcActivity, receiverActivity: " XM-DAC-47066-2 "),
            Flow(FlowDirection.Incoming, 1_000_000m, "2020-03-31", IomActivity)]);
        var pair = Assert.Single(FundingFlows.FindPairs(model));
        Assert.Equal((0, 1, FlowPairEvidence.ActivityIdentifiers, 30), (pair.OutgoingIndex, pair.IncomingIndex, pair.Evidence, pair.DaysApart));
        Assert.Same(model.Commitments[0], pair.Outgoing);
        Assert.Same(model.Commitments[1], pair.Incoming);
        Assert.Empty(FundingFlows.FindPairs(model, 29));
    }

    [Fact]
    public void FindPairs_LinkedByTheProviderActivity_OrByOrganisations_TakesTheIdentifiersFirst()
    {
        var model = Model(Programmes(), [
            Flow(FlowDirection.Incoming, 500m, "2020-05-02", IomActivity),
            Flow(FlowDirection.Incoming, 500m, "2020-05-20", IomActivity, providerActivity: "XI-IATI-EC-1"),
            Flow(FlowDirection.Outgoing, 500m, "2020-05-01", EcActivity)]);
        var pair = Assert.Single(FundingFlows.FindPairs(model));
        Assert.Equal((2, 1, FlowPairEvidence.ActivityIdentifiers), (pair.OutgoingIndex, pair.IncomingIndex, pair.Evidence));
    }

    [Fact]
    public void FindPairs_ByOrganisations_TakesTheNearestDate_EachCommitmentOnce()
    {
        var model = Model(Programmes(), [
            Flow(FlowDirection.Outgoing, 500m, "2020-05-01", EcActivity),
            Flow(FlowDirection.Outgoing, 500m, "2020-06-01", EcActivity),
            Flow(FlowDirection.Incoming, 500m, "2020-06-03", IomActivity),
            Flow(FlowDirection.Incoming, 500m, "2020-05-04", IomActivity),
            Flow(FlowDirection.Incoming, 500m, "2020-05-05", IomActivity)]);
        var pairs = FundingFlows.FindPairs(model);
        Assert.Equal([(0, 3, 3), (1, 2, 2)], pairs.Select(p => (p.OutgoingIndex, p.IncomingIndex, p.DaysApart)));
        Assert.All(pairs, p => Assert.Equal(FlowPairEvidence.Organisations, p.Evidence));
    }

    [Fact]
    public void FindPairs_DifferentStageAmountCurrencyRecipientOrSameProgramme_IsNoPair()
    {
        var outgoing = Flow(FlowDirection.Outgoing, 500m, "2020-05-01", EcActivity);
        FundingCommitment[] notPairs =
        [
            Flow(FlowDirection.Incoming, 500m, "2020-05-01", IomActivity, stage: FundingStage.Commitment),
            Flow(FlowDirection.Incoming, 500.01m, "2020-05-01", IomActivity),
            new([new(Ec)], FundingStage.Disbursement, new Money(500m, CurrencyCode.USD)) { Recipient = Iom, Programme = IomActivity, ValueDate = PartialDate.Parse("2020-05-01"), Direction = FlowDirection.Incoming },
            new([new(Ec)], FundingStage.Disbursement, new Money(500m, CurrencyCode.EUR)) { Recipient = Undp, Programme = IomActivity, ValueDate = PartialDate.Parse("2020-05-01"), Direction = FlowDirection.Incoming },
            Flow(FlowDirection.Incoming, 500m, "2020-05-01", EcActivity),
            new([new(Ec)], FundingStage.Disbursement, new Money(500m, CurrencyCode.EUR)) { Recipient = Iom, Programme = IomActivity, Direction = FlowDirection.Incoming },
        ];
        Assert.Empty(FundingFlows.FindPairs(Model(Programmes(), [outgoing, .. notPairs])).Select(p => p.IncomingIndex));
    }

    [Fact]
    public void FindPairs_LinkedByActivityButTheMoneyGoingTheOtherWay_IsNoPair()
    {
        // As in the corpus: the Danish Refugee Council's type 3 of GBP 30,006.38 names Mapaction as provider and itself as
        // receiver, while Mapaction's incoming funds of the same amount, naming the council's activity, say the opposite.
        var back = new FundingCommitment([new(Iom)], FundingStage.Disbursement, new Money(500m, CurrencyCode.EUR))
        {
            Recipient = Ec, Programme = EcActivity, ValueDate = PartialDate.Parse("2020-05-01"), Direction = FlowDirection.Outgoing,
        };
        var model = Model(Programmes(), [back, Flow(FlowDirection.Incoming, 500m, "2020-05-03", IomActivity, providerActivity: "XI-IATI-EC-1")]);
        Assert.Empty(FundingFlows.FindPairs(model));
    }

    [Fact]
    public void FindPairs_CatalogModel_HasNoDirections_AndNoPairs() =>
        Assert.Empty(FundingFlows.FindPairs(Catalog.MigDevCatalog.Default.Model));

    [Theory]
    [InlineData(-1)]
    [InlineData(FundingFlows.MaxDaysApartLimit + 1)]
    public void FindPairs_LimitOutOfRange_ThrowsNamingIt(int days)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FundingFlows.FindPairs(Model(), days));
        Assert.Equal("maxDaysApart", e.ParamName);
    }

    [Fact]
    public void FindPairs_NullModel_Throws() =>
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => FundingFlows.FindPairs(null!)).ParamName);

    [Fact]
    public void Summarize_CountsEachPairOnce_UnlessAskedAsReported()
    {
        var model = Model(Programmes(), [
            Flow(FlowDirection.Outgoing, 1_000m, "2020-03-01", EcActivity),
            Flow(FlowDirection.Incoming, 1_000m, "2020-03-02", IomActivity),
            Flow(FlowDirection.Incoming, 250m, "2020-03-02", IomActivity)]);
        var analytics = new FundingAnalytics(model);
        Assert.Single(analytics.Pairs);
        var once = analytics.Summarize(FundingStage.Disbursement);
        var reported = analytics.Summarize(FundingStage.Disbursement, FlowCounting.AsReported);
        Assert.Equal("[EUR 1250]", once.Total.ToString());
        Assert.Equal("[EUR 2250]", reported.Total.ToString());
        Assert.Equal(["[EUR 1000]", "[EUR 250]"], once.ByDirection.Values.Select(b => b.ToString()).Reverse());
        Assert.Equal([(Ec, "[EUR 1000]"), (Iom, "[EUR 1250]")], reported.ByReporter.Select(x => (x.Key, x.Value.ToString())).OrderBy(x => x.Key.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void ConvertAll_LeavesOutTheIncomingHalfOfEachPair_AsSummarizeCounts()
    {
        var model = Model(Programmes(), [
            Flow(FlowDirection.Outgoing, 1_000m, "2020-03-02", EcActivity),
            Flow(FlowDirection.Incoming, 1_000m, "2020-03-03", IomActivity),
            Flow(FlowDirection.Incoming, 250m, "2020-03-03", IomActivity)]);
        var analytics = new FundingAnalytics(model);
        var lines = analytics.ConvertAll(FundingStage.Disbursement, CurrencyConverter.Ecb, CurrencyCode.EUR, RatePolicy.ExactDate, d => d.FirstDay).Lines;
        Assert.Equal([model.Commitments[0], model.Commitments[2]], lines.Select(l => l.Commitment));
    }
}
