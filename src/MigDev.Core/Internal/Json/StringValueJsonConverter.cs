using System.Text.Json;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;

namespace MigDev.Core.Serialization;

/// <summary>
/// The shared shape of the converters of values written as one JSON string (codes, ids, partial dates): strict on
/// read (a string that parses, also as a dictionary key; anything else is a <see cref="JsonException"/> quoting the
/// value and saying what was expected), canonical text on write.
/// </summary>
/// <remarks>Public only because the converters of the public value types (<c>CountryCode</c>, <c>AgencyId</c>,
/// <c>PartialDate</c>...) derive from it and are public, so that a source-generated context in another assembly can
/// name them; only the library can derive from it.</remarks>
/// <typeparam name="T">The value type.</typeparam>
public abstract class StringValueJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    private protected StringValueJsonConverter()
    {
    }

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <summary>Gets what the JSON string must hold, for messages: "a country code such as \"MD\"".</summary>
    private protected abstract string Expected { get; }

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string holding {Expected}, found {JsonText.Describe(ref reader)}.");
        }
        return ReadText(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadText(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    /// <summary>Parses the text; never throws.</summary>
    private protected abstract bool TryParse(string text, out T value);

    /// <summary>Returns the canonical text; throws <see cref="InvalidOperationException"/> for a default value.</summary>
    private protected abstract string Format(T value);

    /// <summary>Gets a value indicating whether the value is a code, which its <c>Parse</c> reads in any case but a
    /// document writes in its canonical text only (docs/design-decisions.md, issue 19): a text that parses only in
    /// another case or once trimmed is refused, naming the canonical text.</summary>
    private protected virtual bool IsCode => false;

    /// <summary>The value a refused text was likely meant to be, for the message; <see langword="null"/> when none.</summary>
    private protected virtual string? Meant(string text) => null;

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
