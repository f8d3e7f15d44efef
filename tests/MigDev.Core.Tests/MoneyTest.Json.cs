using System.Text.Json;

namespace MigDev.Core.Tests;

public partial class MoneyTest
{
    private static readonly TestJsonContext Json = TestJsonContext.Default;

    [Fact]
    public void Json_Write_IsAmountNumberAndCurrencyString()
    {
        var json = JsonSerializer.Serialize(new Money(15_000_000.00m, Eur), Json.Money);
        Assert.Equal("""{"amount":15000000.00,"currency":"EUR"}""", json);
    }

    [Fact]
    public void Json_Read_KeepsScaleAndValue()
    {
        var m = JsonSerializer.Deserialize("""{"currency":"USD","amount":0.10}""", Json.Money);
        Assert.Equal(new Money(0.10m, Usd), m);
        Assert.Equal(2, m.Amount.Scale);
    }

    [Fact]
    public void Json_AmountBeyondDoublePrecision_IsLossless()
    {
        var m = new Money(12345678901234567890.123456789m, Eur);
        var json = JsonSerializer.Serialize(m, Json.Money);
        Assert.Contains("12345678901234567890.123456789", json, StringComparison.Ordinal);
        Assert.Equal(m.Amount, JsonSerializer.Deserialize(json, Json.Money).Amount);
    }

    [Theory]
    [InlineData("""{"Donor":"EU","Amount":{"amount":"12.00","currency":"EUR"}}""", "'amount'", "\"12.00\"")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":12.00,"currency":"XYZ"}}""", "'currency'", "'XYZ'")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":12.00,"currency":"eur"}}""", "'currency'", "'eur'")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":12.00,"currency":null}}""", "'currency'", "null")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":12.00,"currency":978}}""", "'currency'", "978")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":null,"currency":"EUR"}}""", "'amount'", "null")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":true,"currency":"EUR"}}""", "'amount'", "true")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":1.5e3,"currency":"EUR"}}""", "'amount'", "1.5e3")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":0.12345678901234567890123456789,"currency":"EUR"}}""", "'amount'", "0.12345678901234567890123456789")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":1e400,"currency":"EUR"}}""", "'amount'", "1e400")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":1,"amount":2,"currency":"EUR"}}""", "'amount'", "twice")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":1,"currency":"EUR","rate":1.1}}""", "'rate'", "unknown member")]
    [InlineData("""{"Donor":"EU","Amount":{"Amount":1,"currency":"EUR"}}""", "'Amount'", "unknown member")]
    [InlineData("""{"Donor":"EU","Amount":"EUR 12.00"}""", "Money must be a JSON object", "\"EUR 12.00\"")]
    [InlineData("""{"Donor":"EU","Amount":null}""", "Money must be a JSON object", "null")]
    public void Json_BadValue_ThrowsJsonExceptionWithPathMemberAndValue(string json, string member, string offending)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.Pledge));
        Assert.Equal("$.Amount", ex.Path);
        Assert.Contains(member, ex.Message, StringComparison.Ordinal);
        Assert.Contains(offending, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Donor":"EU","Amount":{"currency":"EUR"}}""", "amount")]
    [InlineData("""{"Donor":"EU","Amount":{"amount":1}}""", "currency")]
    public void Json_MissingMember_ThrowsJsonExceptionNamingIt(string json, string member)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Json.Pledge));
        Assert.Equal("$.Amount", ex.Path);
        Assert.Contains($"'{member}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_NullableMoney_NullIsNull() =>
        Assert.Null(JsonSerializer.Deserialize("null", Json.NullableMoney));

    [Fact]
    public void Json_WriteDefault_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(default(Money), Json.Money));

    [Fact]
    public void Json_List_RoundTrips()
    {
        List<Money> values = [new(1.50m, Eur), new(-2m, CurrencyCode.Parse("CYP"))];
        var json = JsonSerializer.Serialize(values, Json.ListMoney);
        Assert.Equal("""[{"amount":1.50,"currency":"EUR"},{"amount":-2,"currency":"CYP"}]""", json);
        Assert.Equal(values, JsonSerializer.Deserialize(json, Json.ListMoney));
    }

    [Fact]
    public void Json_ListElementError_PathHasIndex()
    {
        var ex = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("""[{"amount":1,"currency":"EUR"},{"amount":"x","currency":"EUR"}]""", Json.ListMoney));
        Assert.Equal("$[1]", ex.Path);
        Assert.Contains("'amount'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"x\"", ex.Message, StringComparison.Ordinal);
    }
}
