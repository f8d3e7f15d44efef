namespace MigDev.Core.Tests;

public class CurrencyCodeJsonConverterTest
{
    private readonly CurrencyCodeJsonConverter _converter = new();

    [Fact]
    public void Write_Code_IsItsThreeLetters() => Assert.Equal("\"CHF\"", ConverterIo.Write(_converter, CurrencyCode.CHF));

    [Fact]
    public void ReadAndWriteAsPropertyName_Code_RoundTrips()
    {
        Assert.Equal("""{"USD":1}""", ConverterIo.WriteKey(_converter, CurrencyCode.USD));
        Assert.Equal(CurrencyCode.USD, ConverterIo.ReadKey(_converter, """{"USD":1}"""));
    }

    [Fact]
    public void Read_LowerCase_ThrowsNamingTheCanonicalCode() =>
        Assert.Contains("did you mean 'EUR'", ConverterIo.Refusal(_converter, "\"eur\""), StringComparison.Ordinal);
}
