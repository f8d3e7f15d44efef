namespace MigDev.Core.Tests;

using static Fixtures;

public class FundingFlowPairTest
{
    [Fact]
    public void ToString_NamesStageAmountReportersIndicesDaysAndEvidence()
    {
        var programme = ProgrammeId.Parse("iom-activity");
        FundingCommitment Flow(FlowDirection d, AgencyId reporter, ProgrammeId p, string date) =>
            new([new(Ec)], FundingStage.Disbursement, new Money(50_339m, CurrencyCode.GBP))
            {
                Recipient = Iom, Programme = p, ValueDate = PartialDate.Parse(date), Direction = d, ReportedBy = reporter,
            };
        var model = Model([new(JmdiId, "JMDI"), new(programme, "IOM activity")],
            [Flow(FlowDirection.Outgoing, Ec, JmdiId, "2020-07-13"), Flow(FlowDirection.Incoming, Iom, programme, "2020-07-20")]);
        var pair = Assert.Single(FundingFlows.FindPairs(model));
        Assert.Equal("Disbursement GBP 50339 reported by european-commission (commitments[0]) and by iom (commitments[1]), 7 days apart, by organisations", pair.ToString());
    }
}
