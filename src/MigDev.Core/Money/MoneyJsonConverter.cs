using System.Text.Json;
using System.Text.Json.Serialization;
using MigDev.Core.Internal;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>
/// Reads and writes a <see cref="Money"/> as <c>{"amount": 15000000.00, "currency": "EUR"}</c>, whatever the
/// options' naming policy. Strict on read: both members required, no other member, no duplicate, the amount an exact
/// JSON number and the currency an ISO 4217 code. Errors are <see cref="JsonException"/>s whose message names the
/// member and the offending value; the serializer adds the JSON path of the Money.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const string AmountName = "amount";
    private const string CurrencyName = "currency";
    private static readonly JsonEncodedText EncodedAmountName = JsonEncodedText.Encode(AmountName);
    private static readonly JsonEncodedText EncodedCurrencyName = JsonEncodedText.Encode(CurrencyName);

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A Money must be a JSON object {{\"amount\": <number>, \"currency\": \"<ISO 4217 code>\"}}, found {JsonText.Describe(ref reader)}.");
        }
        decimal? amount = null;
        CurrencyCode? currency = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(AmountName))
            {
                Duplicate(amount is not null, AmountName);
                reader.Read();
                amount = JsonText.ReadExactDecimal(ref reader, AmountName);
            }
            else if (reader.ValueTextEquals(CurrencyName))
            {
                Duplicate(currency is not null, CurrencyName);
                reader.Read();
                currency = CurrencyCodeJsonConverter.ReadCurrencyCode(ref reader, CurrencyName);
            }
            else
            {
                throw new JsonException($"A Money has only the members 'amount' and 'currency'; found the unknown member '{reader.GetString()}'.");
            }
        }
        if (amount is null || currency is null)
        {
            throw new JsonException($"A Money is missing its required member '{(amount is null ? AmountName : CurrencyName)}'.");
        }
        return new Money(amount.Value, currency.Value);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var (amount, currency) = value;
        var code = CurrencyCodeJsonConverter.Encoded(currency).EncodedUtf8Bytes;
        Span<byte> json = stackalloc byte[RawObjectMaxLength];
        if (!writer.Options.Indented && TryWriteRawObject(amount, code, json, out var length))
        {
            // Issue 21: the whole object in one call, {"amount":<digits>,"currency":"<code>"}, the bytes the calls
            // below write when the output is not indented (MoneyJsonConverterTest checks they are the same).
            writer.WriteRawValue(json[..length], skipInputValidation: true);
            return;
        }
        writer.WriteStartObject();
        writer.WriteNumber(EncodedAmountName, amount);
        writer.WriteString(EncodedCurrencyName, code);
        writer.WriteEndObject();
    }

    // {"amount": + at most 64 characters of number + ,"currency":" + the code + "}.
    private const int RawObjectMaxLength = 128;

    private static ReadOnlySpan<byte> RawStart => "{\"amount\":"u8;

    private static ReadOnlySpan<byte> RawMiddle => ",\"currency\":\""u8;

    // The object's bytes, for an amount whose digits the short path formats and a code of at most 16 bytes.
    private static bool TryWriteRawObject(decimal amount, ReadOnlySpan<byte> code, Span<byte> json, out int length)
    {
        length = 0;
        if (code.Length > 16)
        {
            return false;
        }
        RawStart.CopyTo(json);
        var at = RawStart.Length;
        if (!DecimalText.TryFormatShortUtf8(amount, json[at..], out var digits))
        {
            return false;
        }
        at += digits;
        RawMiddle.CopyTo(json[at..]);
        at += RawMiddle.Length;
        code.CopyTo(json[at..]);
        at += code.Length;
        json[at++] = (byte)'"';
        json[at++] = (byte)'}';
        length = at;
        return true;
    }

    private static void Duplicate(bool seen, string member)
    {
        if (seen)
        {
            throw new JsonException($"A Money has the member '{member}' twice.");
        }
    }
}
