using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigDev.Core.Serialization.Converters;

/// <summary>Reads and writes a <see cref="CurrencyCode"/> as its three-letter JSON string (<c>"EUR"</c>), also as a
/// dictionary key. Strict: anything else is a <see cref="JsonException"/> quoting the value.</summary>
internal sealed class CurrencyCodeJsonConverter : JsonConverter<CurrencyCode>
{
    public override bool HandleNull => true;

    public override CurrencyCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadCurrencyCode(ref reader, "currency");

    public override void Write(Utf8JsonWriter writer, CurrencyCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Code);
    }

    public override CurrencyCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadCurrencyCode(ref reader, "currency");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, CurrencyCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Code);
    }
}
