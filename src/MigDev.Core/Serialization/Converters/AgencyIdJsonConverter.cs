using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigDev.Core.Serialization.Converters;

/// <summary>Reads and writes an <see cref="AgencyId"/> as a JSON string (<c>"un-desa"</c>), also as a dictionary key.</summary>
internal sealed class AgencyIdJsonConverter : JsonConverter<AgencyId>
{
    public override bool HandleNull => true;

    public override AgencyId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"An agency id must be a JSON string such as \"un-desa\", found {JsonText.Describe(ref reader)}.");
        }
        return ReadId(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, AgencyId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    public override AgencyId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadId(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, AgencyId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private static AgencyId ReadId(ref Utf8JsonReader reader)
    {
        var text = reader.GetString() ?? string.Empty;
        return AgencyId.TryParse(text, out var id)
            ? id
            : throw new JsonException($"'{text}' is not an agency id: expected lower-case letters and digits in words joined by single hyphens.");
    }
}
