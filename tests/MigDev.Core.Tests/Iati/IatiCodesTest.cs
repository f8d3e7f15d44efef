using System.Globalization;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

public class IatiCodesTest
{
    // The 13 codes of data/iati/codelists/TransactionType.xml, each with the name the codelist gives it and the stage and
    // direction its description says (5 and 6 are reflows a lender receives; docs/iati.md, "Directions").
    [Theory]
    [InlineData(1, "Incoming Funds", FundingStage.Disbursement, FlowDirection.Incoming)]
    [InlineData(2, "Outgoing Commitment", FundingStage.Commitment, FlowDirection.Outgoing)]
    [InlineData(3, "Disbursement", FundingStage.Disbursement, FlowDirection.Outgoing)]
    [InlineData(4, "Expenditure", FundingStage.Expenditure, FlowDirection.Outgoing)]
    [InlineData(5, "Interest Payment", FundingStage.InterestPayment, FlowDirection.Incoming)]
    [InlineData(6, "Loan Repayment", FundingStage.LoanRepayment, FlowDirection.Incoming)]
    [InlineData(7, "Reimbursement", FundingStage.Reimbursement, FlowDirection.Outgoing)]
    [InlineData(8, "Purchase of Equity", FundingStage.PurchaseOfEquity, FlowDirection.Outgoing)]
    [InlineData(9, "Sale of Equity", FundingStage.SaleOfEquity, FlowDirection.Incoming)]
    [InlineData(10, "Credit Guarantee", FundingStage.CreditGuarantee, FlowDirection.Outgoing)]
    [InlineData(11, "Incoming Commitment", FundingStage.Commitment, FlowDirection.Incoming)]
    [InlineData(12, "Outgoing Pledge", FundingStage.Pledge, FlowDirection.Outgoing)]
    [InlineData(13, "Incoming Pledge", FundingStage.Pledge, FlowDirection.Incoming)]
    public void TransactionType_AndBack_EveryCodeOfTheCodelist(int code, string name, FundingStage stage, FlowDirection direction)
    {
        Assert.Equal(name, IatiFiles.Codelist("TransactionType")[code.ToString(CultureInfo.InvariantCulture)]);
        Assert.Equal(code, IatiCodes.TransactionType(stage, direction));
        Assert.Equal((stage, direction), (IatiCodes.FundingStageOf(code), IatiCodes.DirectionOf(code)));
    }

    [Fact]
    public void TransactionType_CodelistHasThirteenCodes_AndNoOther()
    {
        Assert.Equal(13, IatiFiles.Codelist("TransactionType").Count);
        foreach (var code in new[] { 0, 14, -1, 99 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => IatiCodes.FundingStageOf(code));
            Assert.Equal("transactionType", e.ParamName);
            Assert.Contains($"{code} is not an IATI transaction type (1 to 13)", e.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentOutOfRangeException>(() => IatiCodes.DirectionOf(code));
        }
    }

    [Theory]
    [InlineData(FundingStage.Expenditure, 4)]
    [InlineData(FundingStage.InterestPayment, 5)]
    [InlineData(FundingStage.CreditGuarantee, 10)]
    public void TransactionType_UnstatedDirection_OfAOneCodeStage_IsThatCode(FundingStage stage, int code) =>
        Assert.Equal(code, IatiCodes.TransactionType(stage, FlowDirection.Unstated));

    [Fact]
    public void TransactionType_BudgetUndefinedOrAmbiguous_ThrowsNamingWhat()
    {
        var budget = Assert.Throws<ArgumentException>(() => IatiCodes.TransactionType(FundingStage.Budget, FlowDirection.Unstated));
        Assert.Equal("stage", budget.ParamName);
        Assert.Contains("A budget is not an IATI transaction", budget.Message, StringComparison.Ordinal);
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => IatiCodes.TransactionType((FundingStage)99, FlowDirection.Outgoing));
        Assert.Equal("stage", undefined.ParamName);
        Assert.Contains("was 99", undefined.Message, StringComparison.Ordinal);
        var unstated = Assert.Throws<ArgumentException>(() => IatiCodes.TransactionType(FundingStage.Disbursement, FlowDirection.Unstated));
        Assert.Equal("direction", unstated.ParamName);
        Assert.Contains("1 Incoming", unstated.Message, StringComparison.Ordinal);
        Assert.Contains("3 Outgoing", unstated.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentException>(() => IatiCodes.TransactionType(FundingStage.Expenditure, FlowDirection.Incoming));
        Assert.Contains("no transaction type for Expenditure Incoming", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrganisationRole_AndBack_MatchTheCodelist()
    {
        var codelist = IatiFiles.Codelist("OrganisationRole");
        Assert.Equal(4, codelist.Count);
        foreach (var (code, name) in codelist.Select(x => (int.Parse(x.Key, CultureInfo.InvariantCulture), x.Value)))
        {
            var role = IatiCodes.OrganisationRoleOf(code);
            Assert.Equal(name, role.ToString());
            Assert.Equal(code, IatiCodes.OrganisationRole(role));
        }
    }

    [Theory]
    [InlineData(OrganisationRole.Partner, 4)]
    [InlineData(OrganisationRole.Coordinator, 2)]
    [InlineData(OrganisationRole.Chair, null)]
    [InlineData(OrganisationRole.GmgMemberWithExpertise, null)]
    [InlineData(OrganisationRole.Host, null)]
    public void OrganisationRole_SeedRoles_MapWhereOneFits(OrganisationRole role, int? code) =>
        Assert.Equal(code, IatiCodes.OrganisationRole(role));

    [Fact]
    public void OrganisationRole_JmdiPartners_AreImplementing()
    {
        var jmdi = MigDevCatalog.Default.Model.Programmes.Single(p => p.Id == ProgrammeId.Parse("jmdi"));
        var partners = jmdi.Partners.Where(p => p.Role == OrganisationRole.Partner).ToList();
        Assert.NotEmpty(partners);
        Assert.All(partners, p => Assert.Equal("Implementing", IatiFiles.Codelist("OrganisationRole")[IatiCodes.OrganisationRole(p.Role)!.Value.ToString(CultureInfo.InvariantCulture)]));
    }

    [Fact]
    public void BadValues_ThrowOutOfRangeNamingThem()
    {
        var code = Assert.Throws<ArgumentOutOfRangeException>(() => IatiCodes.OrganisationRoleOf(5));
        Assert.Equal(("code", 5), (code.ParamName, (int)code.ActualValue!));
        Assert.Contains("was 5", code.Message, StringComparison.Ordinal);
        var role = Assert.Throws<ArgumentOutOfRangeException>(() => IatiCodes.OrganisationRole((OrganisationRole)0));
        Assert.Equal("role", role.ParamName);
        Assert.Contains("was 0", role.Message, StringComparison.Ordinal);
    }
}
