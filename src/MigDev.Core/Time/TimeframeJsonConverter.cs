using System.Text.Json;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>Reads and writes a <see cref="Timeframe"/> as its text form: <c>"2009/2011"</c>, <c>"2011/.."</c>,
/// <c>"2012-12/P3Y"</c>, <c>"P4Y"</c>.</summary>
public sealed class TimeframeJsonConverter : JsonConverter<Timeframe>
{
    /// <inheritdoc/>
    public override Timeframe Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string holding a timeframe such as \"2009/2011\", \"2011/..\" or \"2012-12/P3Y\", found {JsonText.Describe(ref reader)}.");
        }
        var text = reader.GetString()!;
        try
        {
            return Timeframe.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Timeframe value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
