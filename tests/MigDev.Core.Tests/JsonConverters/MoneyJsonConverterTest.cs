using System.Text.Json;
using CsCheck;

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

    // What the converter must write, by the writer's own calls: an object, the amount as WriteNumber writes it, the
    // code as a string. Issue 21 writes the unindented object's bytes in one raw call.
    private static string Expected(IEnumerable<Money> values, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStartObject();
                writer.WriteNumber("amount", value.Amount);
                writer.WriteString("currency", value.Currency.Code);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Actual(IEnumerable<Money> values, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            var converter = new MoneyJsonConverter();
            writer.WriteStartArray();
            foreach (var value in values)
            {
                converter.Write(writer, value, JsonSerializerOptions.Default);
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Write_AnyMoneyInAnArray_IsWhatTheWritersCallsWrite() =>
        Gen.Select(Gen.OneOf(Gens.AnyDecimal, Gens.Amount), Gen.Int[0, CurrencyCode.All.Length - 1]).Array[0, 5].Sample(pairs =>
        {
            var values = pairs.Select(p => new Money(p.Item1, CurrencyCode.All[p.Item2])).ToArray();
            return Actual(values, indented: false) == Expected(values, indented: false)
                && Actual(values, indented: true) == Expected(values, indented: true);
        }, seed: "0MjW3rT5yU7i", iter: Hostile.TryMethodsTest.Iterations(2_000));

    [Theory]
    [InlineData("0")]
    [InlineData("-0.00")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-0.0000000000000000000000000001")]
    [InlineData("18446744073709551615")]
    [InlineData("18446744073709551616")]
    public void Write_EdgeAmounts_IsWhatTheWritersCallsWrite(string amount)
    {
        Money[] values = [new(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), CurrencyCode.JPY), new(1m, CurrencyCode.EUR)];
        Assert.Equal(Expected(values, indented: false), Actual(values, indented: false));
        Assert.Equal(Expected(values, indented: true), Actual(values, indented: true));
    }
}
