using System.Xml.Linq;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>Each commitment written with the transaction type IATI gives it from the reporter's side (issue 16). The
/// expected codes are read back from the XML written, with LINQ to XML, and compared with the codelist's names.</summary>
public class IatiExporterDirectionsTest
{
    private static readonly AgencyId Donor = AgencyId.Parse("example-donor");
    private static readonly ProgrammeId Programme = ProgrammeId.Parse("example-programme");

    private static MigDevModel ModelFundedBy(params FundingCommitment[] commitments) =>
        new(MigDevCatalog.Default.Agencies.With(new Agency(Donor, "Example donor", AgencyKind.Government) { IatiIdentifier = "XX-EXAMPLE-1" }),
            MigDevCatalog.Default.Documents)
        {
            Programmes = [new Programme(Programme, "Example programme") { Period = Timeframe.Parse("2020/2021"), Partners = [new Participant(Donor, OrganisationRole.Funding), new Participant(Fixtures.Iom, OrganisationRole.Implementing)] }],
            Commitments = [.. commitments],
        };

    private static FundingCommitment Of(FundingStage stage, decimal amount, FlowDirection direction = FlowDirection.Unstated) =>
        new([new(Donor)], stage, new Money(amount, CurrencyCode.EUR))
        {
            Recipient = Fixtures.Iom, Programme = Programme, ValueDate = PartialDate.Parse("2020-06-01"), Direction = direction,
        };

    private static List<(string Code, string Name)> Written(MigDevModel model, IatiReportingOrg reporter)
    {
        var xml = XDocument.Parse(new IatiExporter(model, new IatiExportOptions(reporter, IatiExporterTest.GeneratedAt)).ExportAll().ToXml());
        var names = IatiFiles.Codelist("TransactionType");
        return [.. xml.Descendants("transaction").Select(t => (string)t.Element("transaction-type")!.Attribute("code")!).Select(c => (c, names[c]))];
    }

    private static FundingCommitment[] EveryStage() =>
        [Of(FundingStage.Pledge, 1m), Of(FundingStage.Commitment, 2m), Of(FundingStage.Disbursement, 3m), Of(FundingStage.Expenditure, 4m)];

    [Fact]
    public void AnotherOrganisationsFunds_AreIncomingToTheReportedActivity_ADisbursementIsIncomingFunds()
    {
        // The catalog's publisher (a secondary reporter, not the funder): the funder's money comes in to the activity.
        Assert.Equal(
            [("13", "Incoming Pledge"), ("11", "Incoming Commitment"), ("1", "Incoming Funds"), ("4", "Expenditure")],
            Written(ModelFundedBy(EveryStage()), IatiReportingOrg.Example));
    }

    [Fact]
    public void TheReportersOwnFunds_AreOutgoing()
    {
        var donor = new IatiReportingOrg("XX-EXAMPLE-1", "Example donor", 10, isSecondaryReporter: false);
        Assert.Equal(
            [("12", "Outgoing Pledge"), ("2", "Outgoing Commitment"), ("3", "Disbursement"), ("4", "Expenditure")],
            Written(ModelFundedBy(EveryStage()), donor));
    }

    [Fact]
    public void ADirectionTheModelStates_IsWrittenAsStated_AndEveryStageHasItsCode()
    {
        var model = ModelFundedBy(
            Of(FundingStage.Disbursement, 1m, FlowDirection.Outgoing), Of(FundingStage.Commitment, 2m, FlowDirection.Outgoing),
            Of(FundingStage.InterestPayment, 5m), Of(FundingStage.LoanRepayment, 6m), Of(FundingStage.Reimbursement, 7m),
            Of(FundingStage.PurchaseOfEquity, 8m), Of(FundingStage.SaleOfEquity, 9m), Of(FundingStage.CreditGuarantee, 10m));
        Assert.Equal(["3", "2", "5", "6", "7", "8", "9", "10"], Written(model, IatiReportingOrg.Example).Select(x => x.Code));
    }
}
