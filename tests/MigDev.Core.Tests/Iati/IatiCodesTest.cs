using System.Globalization;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

public class IatiCodesTest
{
    [Theory]
    [InlineData(FundingStage.Pledge, false, 12, "Outgoing Pledge")]
    [InlineData(FundingStage.Pledge, true, 13, "Incoming Pledge")]
    [InlineData(FundingStage.Commitment, false, 2, "Outgoing Commitment")]
    [InlineData(FundingStage.Commitment, true, 11, "Incoming Commitment")]
    [InlineData(FundingStage.Disbursement, false, 3, "Disbursement")]
    [InlineData(FundingStage.Expenditure, false, 4, "Expenditure")]
    public void TransactionType_AndBack_AsTheCodelistNamesThem(FundingStage stage, bool incoming, int code, string name)
    {
        Assert.Equal(name, IatiFiles.Codelist("TransactionType")[code.ToString(CultureInfo.InvariantCulture)]);
        Assert.Equal(code, IatiCodes.TransactionType(stage, incoming));
        Assert.Equal(stage, IatiCodes.FundingStageOf(code));
    }

    [Fact]
    public void FundingStageOf_EveryCodeOfTheCodelist_IsTheStageItsNameEndsWith_OrThrowsNamingTheCode()
    {
        var codelist = IatiFiles.Codelist("TransactionType");
        Assert.True(codelist.Count >= 13);
        foreach (var (code, name) in codelist.Select(x => (int.Parse(x.Key, CultureInfo.InvariantCulture), x.Value)))
        {
            if (Enum.TryParse<FundingStage>(name.Split(' ')[^1], out var stage))
            {
                Assert.Equal(stage, IatiCodes.FundingStageOf(code));
                Assert.Equal(code, IatiCodes.TransactionType(stage, incoming: name.StartsWith("Incoming ", StringComparison.Ordinal)));
            }
            else
            {
                var e = Assert.Throws<ArgumentOutOfRangeException>(() => IatiCodes.FundingStageOf(code));
                Assert.Equal("transactionType", e.ParamName);
                Assert.Contains($"transaction type {code} ", e.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void TransactionType_BudgetOrUndefinedStage_ThrowsOutOfRangeNamingIt()
    {
        var budget = Assert.Throws<ArgumentOutOfRangeException>(() => IatiCodes.TransactionType(FundingStage.Budget));
        Assert.Equal(("stage", FundingStage.Budget), (budget.ParamName, (FundingStage)budget.ActualValue!));
        Assert.Contains("a budget is not an IATI transaction", budget.Message, StringComparison.Ordinal);
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => IatiCodes.TransactionType((FundingStage)9));
        Assert.Equal("stage", undefined.ParamName);
        Assert.Contains("was 9", undefined.Message, StringComparison.Ordinal);
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
