using MigDev.Core.Serialization;

namespace MigDev.Core.Tests;

public class StrictEnumJsonConverterTest
{
    private readonly StrictEnumJsonConverter<FundingStage> _converter = new();

    [Fact]
    public void Write_Member_IsItsName() => Assert.Equal("\"InterestPayment\"", ConverterIo.Write(_converter, FundingStage.InterestPayment));

    [Fact]
    public void Read_ExactName_IsTheMember() => Assert.Equal(FundingStage.Disbursement, ConverterIo.Read(_converter, "\"Disbursement\""));

    [Theory]
    [InlineData("\"commitment\"", "'commitment' is not a FundingStage")]
    [InlineData("1", "found 1")]
    [InlineData("\"1\"", "'1' is not a FundingStage")]
    public void Read_OtherCaseOrNumber_ThrowsListingTheNames(string json, string quoted)
    {
        var message = ConverterIo.Refusal(_converter, json);
        Assert.Contains(quoted, message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", Enum.GetNames<FundingStage>()), message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UndefinedValue_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConverterIo.Write(_converter, (FundingStage)99));
}
