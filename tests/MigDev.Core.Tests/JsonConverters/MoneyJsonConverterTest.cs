namespace MigDev.Core.Tests;

public class MoneyJsonConverterTest
{
    private readonly MoneyJsonConverter _converter = new();

    [Fact]
    public void Write_Money_IsAmountWithItsScaleThenCurrency() =>
        Assert.Equal("""{"amount":15000000.00,"currency":"EUR"}""", ConverterIo.Write(_converter, new Money(15_000_000.00m, CurrencyCode.EUR)));

    [Fact]
    public void Read_MembersInAnyOrder_KeepsTheScale()
    {
        var money = ConverterIo.Read(_converter, """{"currency":"CHF","amount":0.10}""");
        Assert.Equal(new Money(0.10m, CurrencyCode.CHF), money);
        Assert.Equal(2, money.Amount.Scale);
    }

    [Theory]
    [InlineData("""{"amount":"12.00","currency":"EUR"}""", "'amount'")]
    [InlineData("""{"amount":12.00}""", "'currency'")]
    [InlineData("""{"amount":12.00,"currency":"EUR","rate":1}""", "'rate'")]
    public void Read_BadMoney_ThrowsJsonExceptionNamingTheMember(string json, string member) =>
        Assert.Contains(member, ConverterIo.Refusal(_converter, json), StringComparison.Ordinal);
}
