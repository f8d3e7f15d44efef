using System.Text.Json;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

public class CountryCodeTest
{
    [Fact]
    public void Parse_KnownCodes_IncludingKosovo()
    {
        Assert.Equal("MD", CountryCode.Parse("MD").Code);
        Assert.Equal("XK", CountryCode.Parse("XK").Code);
        Assert.Equal("Republic of Moldova", CountryCode.Parse("MD").Country.ShortName);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("Md")]
    [InlineData("xk")]
    public void Parse_AnyCase_IsTheCode_PrintedInUpperCase(string text)
    {
        Assert.Equal(text.ToUpperInvariant(), CountryCode.Parse(text).ToString());
        Assert.True(CountryCode.TryParse(text, out var code));
        Assert.Equal(text.ToUpperInvariant(), code.Code);
    }

    [Theory]
    [InlineData(" MD")]
    [InlineData("M D")]
    [InlineData("MDA")]
    [InlineData("ZZ")]
    [InlineData("")]
    [InlineData("XX")]
    public void Parse_BadText_ThrowsFormatExceptionNamingValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => CountryCode.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(CountryCode.TryParse(text, out var result));
        Assert.True(result.IsDefault);
    }

    [Fact]
    public void Default_IsRejectedLoudly()
    {
        var d = default(CountryCode);
        Assert.True(d.IsDefault);
        Assert.Throws<InvalidOperationException>(() => d.Code);
        Assert.Throws<InvalidOperationException>(() => d.Country);
        Assert.Equal("(default CountryCode)", d.ToString());
    }

    [Fact]
    public void Equality_Contract() =>
        EqualityContract.AssertStruct(CountryCode.Parse("PH"), CountryCode.Parse("PH"), CountryCode.Parse("MD"), default);

    [Fact]
    public void Comparison_Contract_IsOrdinalByCode()
    {
        ComparisonContract.AssertStruct(CountryCode.Parse("MD"), CountryCode.Parse("PH"), CountryCode.Parse("XK"));
        ComparisonContract.AssertDefaultRefused(CountryCode.Parse("PH"));
    }

    [Fact]
    public void Json_RoundTripsAsStringAndRefusesUnknown()
    {
        var json = JsonSerializer.Serialize(CountryCode.Parse("XK"), TestJsonContext.Default.CountryCode);
        Assert.Equal("\"XK\"", json);
        Assert.Equal(CountryCode.Parse("XK"), JsonSerializer.Deserialize(json, TestJsonContext.Default.CountryCode));
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"KS\"", TestJsonContext.Default.CountryCode));
        Assert.Contains("'KS'", ex.Message, StringComparison.Ordinal);
    }
}
