namespace MigDev.Core.Tests;

public class AgencyIdJsonConverterTest
{
    private readonly AgencyIdJsonConverter _converter = new();

    [Fact]
    public void ReadThenWrite_Text_IsTheCanonicalText() =>
        Assert.Equal("\"un-desa\"", ConverterIo.Write(_converter, ConverterIo.Read(_converter, "\"un-desa\"")));

    [Fact]
    public void Read_Refused_ThrowsJsonExceptionQuotingTheText()
    {
        var message = ConverterIo.Refusal(_converter, "\"UN DESA\"");
        Assert.Contains("'UN DESA'", message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'un-desa'", message, StringComparison.Ordinal);
    }
}
