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

    /// <summary>Gets a value indicating whether the value is a code, which its <c>Parse</c> reads in any case but a
    /// document writes in its canonical text only (docs/design-decisions.md, issue 19): a text that parses only in
    /// another case or once trimmed is refused, naming the canonical text.</summary>
    protected virtual bool IsCode => false;

    /// <summary>The value a refused text was likely meant to be, for the message; <see langword="null"/> when none.</summary>
    protected virtual string? Meant(string text) => null;

    private T ReadText(ref Utf8JsonReader reader)
    {
        var text = reader.GetString() ?? string.Empty;
        if (TryParse(text, out var value) && (!IsCode || string.Equals(Format(value), text, StringComparison.Ordinal)))
        {
            return value;
        }
        var meant = IsCode && TryParse(text.Trim(), out var trimmed) ? Format(trimmed) : Meant(text);
        throw new JsonException(meant is null ? $"'{text}' is not {Expected}." : $"'{text}' is not {Expected}; did you mean '{meant}'?");
    }
}
