namespace MigDev.Core.Tests;

public class ProgrammeIdJsonConverterTest
{
    private readonly ProgrammeIdJsonConverter _converter = new();

    [Fact]
    public void ReadThenWrite_Text_IsTheCanonicalText() =>
        Assert.Equal("\"jmdi\"", ConverterIo.Write(_converter, ConverterIo.Read(_converter, "\"jmdi\"")));

    [Fact]
    public void Read_Refused_ThrowsJsonExceptionQuotingTheText()
    {
        var message = ConverterIo.Refusal(_converter, "\"JMDI\"");
        Assert.Contains("'JMDI'", message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'jmdi'", message, StringComparison.Ordinal);
    }
}
