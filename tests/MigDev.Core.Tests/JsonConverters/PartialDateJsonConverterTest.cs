namespace MigDev.Core.Tests;

public class PartialDateJsonConverterTest
{
    private readonly PartialDateJsonConverter _converter = new();

    [Fact]
    public void ReadThenWrite_Text_IsTheCanonicalText() =>
        Assert.Equal("\"2012-12\"", ConverterIo.Write(_converter, ConverterIo.Read(_converter, "\"2012-12\"")));

    [Fact]
    public void Read_Refused_ThrowsJsonExceptionQuotingTheText()
    {
        var message = ConverterIo.Refusal(_converter, "\"2012-13\"");
        Assert.Contains("'2012-13'", message, StringComparison.Ordinal);
        Assert.Contains("a partial date", message, StringComparison.Ordinal);
    }
}
