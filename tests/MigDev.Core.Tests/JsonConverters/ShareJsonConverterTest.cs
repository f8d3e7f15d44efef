namespace MigDev.Core.Tests;

public class ShareJsonConverterTest
{
    private readonly ShareJsonConverter _converter = new();

    [Fact]
    public void ReadThenWrite_Text_IsTheCanonicalText() =>
        Assert.Equal("\"1/2\"", ConverterIo.Write(_converter, ConverterIo.Read(_converter, "\"50%\"")));

    [Fact]
    public void Read_Refused_ThrowsJsonExceptionQuotingTheText()
    {
        var message = ConverterIo.Refusal(_converter, "\"3/2\"");
        Assert.Contains("'3/2'", message, StringComparison.Ordinal);
        Assert.Contains("a share", message, StringComparison.Ordinal);
    }
}
