using System.Text.Json.Serialization;
using MigDev.Core.Serialization;

namespace MigDev.Core.Tests;

/// <summary>The shared rule of the converters of values written as one string, seen through two of them.</summary>
public class StringValueJsonConverterTest
{
    [Fact]
    public void ReadAndWriteAsPropertyName_Code_RoundTrips()
    {
        StringValueJsonConverter<CountryCode> converter = new CountryCodeJsonConverter();
        Assert.Equal("""{"MD":1}""", ConverterIo.WriteKey(converter, CountryCode.Parse("MD")));
        Assert.Equal(CountryCode.Parse("MD"), ConverterIo.ReadKey(converter, """{"MD":1}"""));
    }

    [Theory]
    [InlineData("null", "found null")]
    [InlineData("42", "found 42")]
    [InlineData("{}", "found an object")]
    public void Read_NotAString_ThrowsSayingWhatWasFound(string json, string found) =>
        Assert.Contains(found, ConverterIo.Refusal(new PartialDateJsonConverter(), json), StringComparison.Ordinal);

    [Fact]
    public void HandleNull_IsTrue_SoNullIsRefusedByTheConverter() =>
        Assert.True(((JsonConverter<ProgrammeId>)new ProgrammeIdJsonConverter()).HandleNull);

    [Fact]
    public void Write_DefaultShare_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() => ConverterIo.Write(new ShareJsonConverter(), default));
}
