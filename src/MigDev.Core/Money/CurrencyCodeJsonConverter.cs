using System.Text.Json;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>Reads and writes a <see cref="CurrencyCode"/> as its three-letter JSON string (<c>"EUR"</c>), also as a
/// dictionary key. Strict: a document is canonical, so <c>"eur"</c> and anything else is a <see cref="JsonException"/> quoting the value.</summary>
public sealed class CurrencyCodeJsonConverter : JsonConverter<CurrencyCode>
{
    // Each code's JSON text, encoded once (index 0 is default(CurrencyCode), which has none).
    private static readonly JsonEncodedText[] EncodedCodes = [default, .. CurrencyCode.All.Select(c => JsonEncodedText.Encode(c.Code))];

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <summary>The code's JSON text, encoded once per currency.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="currency"/> is <c>default</c>.</exception>
    internal static JsonEncodedText Encoded(CurrencyCode currency) =>
        currency.IsDefault ? JsonEncodedText.Encode(currency.Code) : EncodedCodes[currency.Index];

    /// <inheritdoc/>
    public override CurrencyCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCurrencyCode(ref reader, "currency");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CurrencyCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Encoded(value));
    }

    /// <inheritdoc/>
    public override CurrencyCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCurrencyCode(ref reader, "currency");

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, CurrencyCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Code);
    }

    /// <summary>Reads the current String (or property name) token as an ISO 4217 code.</summary>
    internal static CurrencyCode ReadCurrencyCode(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"'{member}' must be a JSON string holding an ISO 4217 code such as \"EUR\", found {JsonText.Describe(ref reader)}.");
        }
        var index = reader.ValueIsEscaped || reader.HasValueSequence ? 0 : Iso4217Table.FindCanonical(reader.ValueSpan);
        if (index != 0)
        {
            return new CurrencyCode(index);
        }
        // A document is canonical: upper case, no white space (docs/design-decisions.md, issue 19).
        var text = reader.GetString() ?? string.Empty;
        index = Iso4217Table.FindCanonical(text);
        return index != 0
            ? new CurrencyCode(index)
            : throw new JsonException($"'{member}': {ThrowHelper.DescribeNonCanonicalCurrencyCode(text)}");
    }
}
