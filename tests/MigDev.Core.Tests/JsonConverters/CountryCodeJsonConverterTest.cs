namespace MigDev.Core.Tests;

public class CountryCodeJsonConverterTest
{
    private readonly CountryCodeJsonConverter _converter = new();

    [Fact]
    public void ReadThenWrite_Text_IsTheCanonicalText() =>
        Assert.Equal("\"MD\"", ConverterIo.Write(_converter, ConverterIo.Read(_converter, "\"MD\"")));

    [Fact]
    public void Read_Refused_ThrowsJsonExceptionQuotingTheText()
    {
        var message = ConverterIo.Refusal(_converter, "\"md\"");
        Assert.Contains("'md'", message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'MD'", message, StringComparison.Ordinal);
    }
}
