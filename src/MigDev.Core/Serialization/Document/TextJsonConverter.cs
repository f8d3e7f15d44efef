using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace MigDev.Core.Serialization.Document;

/// <summary>
/// Reads every text of the catalog document, each member and each list element of type <see cref="string"/>, by one
/// rule (docs/json-format.md, "Strict reading"): a text holds at least one character that is not white space, and is
/// Unicode text (valid UTF-8, no escaped unpaired surrogate). Anything else is a <see cref="JsonException"/>, to which the
/// serializer adds the path of the member or element; the text is otherwise kept as written. The model's records
/// refuse the same texts (<c>Provenance.Text</c>, <c>Provenance.Optional</c>): a document that reads writes back equal.
/// </summary>
internal sealed class TextJsonConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // The reader's own refusal, which the serializer reports as a value of the wrong type, with its path.
            return reader.GetString()!;
        }
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            throw new JsonException(
                Utf8.IsValid(raw)
                    ? "The text holds an unpaired surrogate (an escape from \\uD800 to \\uDFFF without its other half), which is not Unicode text."
                    : "The text is not valid UTF-8.",
                e);
        }
        return string.IsNullOrWhiteSpace(text)
            ? throw new JsonException($"The text is empty or only white space ('{Provenance.Shown(text)}'): leave the member out when there is none.")
            : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
