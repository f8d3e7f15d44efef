using System.Text.Json;

namespace MigDev.Core.Tests;

public partial class CurrencyCodeTest
{
    [Fact]
    public void Json_RoundTripsAsString()
    {
        var json = JsonSerializer.Serialize(CurrencyCode.Parse("CYP"), TestJsonContext.Default.CurrencyCode);
        Assert.Equal("\"CYP\"", json);
        Assert.Equal(CurrencyCode.Parse("CYP"), JsonSerializer.Deserialize(json, TestJsonContext.Default.CurrencyCode));
    }

    [Fact]
    public void Json_EscapedString_IsRead() =>
        Assert.Equal(CurrencyCode.EUR, JsonSerializer.Deserialize("\"\\u0045UR\"", TestJsonContext.Default.CurrencyCode));

    [Fact]
    public void Json_AsDictionaryKey_RoundTrips()
    {
        var totals = new Dictionary<CurrencyCode, decimal> { [CurrencyCode.EUR] = 1.5m, [CurrencyCode.USD] = 2m };
        var json = JsonSerializer.Serialize(totals, TestJsonContext.Default.DictionaryCurrencyCodeDecimal);
        Assert.Equal("""{"EUR":1.5,"USD":2}""", json);
        Assert.Equal(totals, JsonSerializer.Deserialize(json, TestJsonContext.Default.DictionaryCurrencyCodeDecimal));
    }

    [Fact]
    public void Json_BadDictionaryKey_ThrowsJsonExceptionNamingKey()
    {
        var ex = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("""{"EUR":1,"ECU":2}""", TestJsonContext.Default.DictionaryCurrencyCodeDecimal));
        Assert.Contains("'ECU'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.ECU", ex.Path);
    }

    [Fact]
    public void Json_WriteDefault_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(default(CurrencyCode), TestJsonContext.Default.CurrencyCode));
}
