using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigDev.Core.Serialization.Converters;

/// <summary>Reads and writes a <see cref="PartialDate"/> as its ISO 8601 JSON string (<c>"2008"</c>, <c>"2012-12"</c>,
/// <c>"2007-03-07"</c>); anything else is a <see cref="JsonException"/> quoting the value.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override bool HandleNull => true;

    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A partial date must be a JSON string such as \"2008\", \"2012-12\" or \"2007-03-07\", found {JsonText.Describe(ref reader)}.");
        }
        var text = reader.GetString() ?? string.Empty;
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new JsonException($"'{text}' is not a partial date: expected yyyy, yyyy-MM or yyyy-MM-dd.");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.IsDefault ? throw new InvalidOperationException("default(PartialDate) is not a date.") : value.ToString());
    }
}
