namespace MigDev.Core.Tests;

public class TimeframeJsonConverterTest
{
    private readonly TimeframeJsonConverter _converter = new();

    [Theory]
    [InlineData("\"2009/2011\"")]
    [InlineData("\"2011/..\"")]
    [InlineData("\"2012-12/P3Y\"")]
    public void ReadThenWrite_Text_IsTheSameText(string json) =>
        Assert.Equal(json, ConverterIo.Write(_converter, ConverterIo.Read(_converter, json)));

    [Fact]
    public void Read_Number_ThrowsQuotingIt() =>
        Assert.Contains("2009", ConverterIo.Refusal(_converter, "2009"), StringComparison.Ordinal);
}
