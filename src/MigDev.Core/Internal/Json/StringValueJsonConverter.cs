using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigDev.Core.Internal.Json;

/// <summary>
/// The shared shape of the converters of values written as one JSON string (codes, ids, partial dates): strict on
/// read (a string that parses, also as a dictionary key; anything else is a <see cref="JsonException"/> quoting the
/// value and saying what was expected), canonical text on write.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class StringValueJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    public override bool HandleNull => true;

    /// <summary>Gets what the JSON string must hold, for messages: "a country code such as \"MD\"".</summary>
    protected abstract string Expected { get; }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string holding {Expected}, found {JsonText.Describe(ref reader)}.");
        }
        return ReadText(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadText(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    /// <summary>Parses the text; never throws.</summary>
    protected abstract bool TryParse(string text, out T value);

    /// <summary>Returns the canonical text; throws <see cref="InvalidOperationException"/> for a default value.</summary>
    protected abstract string Format(T value);

    private T ReadText(ref Utf8JsonReader reader)
    {
        var text = reader.GetString() ?? string.Empty;
        return TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not {Expected}.");
    }
}
