using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigDev.Core.Serialization.Converters;

/// <summary>Reads and writes a <see cref="CountryCode"/> as its two-letter JSON string (<c>"MD"</c>), also as a
/// dictionary key; anything else is a <see cref="JsonException"/> quoting the value.</summary>
internal sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    public override bool HandleNull => true;

    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A country code must be a JSON string such as \"MD\", found {JsonText.Describe(ref reader)}.");
        }
        return ReadCode(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Code);
    }

    public override CountryCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCode(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Code);
    }

    private static CountryCode ReadCode(ref Utf8JsonReader reader)
    {
        var text = reader.GetString() ?? string.Empty;
        return CountryCode.TryParse(text, out var code)
            ? code
            : throw new JsonException($"'{text}' is not a country code: expected an ISO 3166-1 alpha-2 code of the UN M49 table, or XK.");
    }
}
