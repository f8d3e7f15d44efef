using System.Xml.Linq;

namespace MigDev.Core.Tests;

public class FundingStageTest
{
    [Theory]
    [InlineData(FundingStage.Pledge, false, 12, "Outgoing Pledge")]
    [InlineData(FundingStage.Pledge, true, 13, "Incoming Pledge")]
    [InlineData(FundingStage.Commitment, false, 2, "Outgoing Commitment")]
    [InlineData(FundingStage.Commitment, true, 11, "Incoming Commitment")]
    [InlineData(FundingStage.Disbursement, false, 3, "Disbursement")]
    [InlineData(FundingStage.Expenditure, false, 4, "Expenditure")]
    public void IatiTransactionTypes_AsTheCodelistNamesThem(FundingStage stage, bool incoming, int code, string name)
    {
        var codelist = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "data", "iati", "codelists", "TransactionType.xml"));
        var item = codelist.Descendants("codelist-item").Single(i => i.Element("code")!.Value == code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(name, item.Element("name")!.Elements("narrative").First().Value);
        Assert.Equal(code, stage.ToIatiTransactionType(incoming));
        Assert.Equal(stage, FundingStages.FromIatiTransactionType(code));
    }

    [Fact]
    public void OtherTransactionTypes_AreNotStages()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FundingStages.FromIatiTransactionType(5));
        Assert.Contains("transaction type 5", ex.Message, StringComparison.Ordinal);
        Assert.Equal("stage", Assert.Throws<ArgumentOutOfRangeException>(() => ((FundingStage)9).ToIatiTransactionType()).ParamName);
    }
}
