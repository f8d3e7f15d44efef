using Ardalis.GuardClauses;
using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using MigDev.Core.Internal;
using MigDev.Core.Internal.Json;

namespace MigDev.Core.Serialization;

/// <summary>Reads and writes an enum as its member name, exactly: no numbers, no other casing, no undefined values
/// (the framework's <see cref="JsonStringEnumConverter{TEnum}"/> accepts all three). A refusal lists the names. The
/// names are looked up in tables built once per enum, so reading and writing allocate nothing.</summary>
/// <remarks>Every enum of the library carries it in its <see cref="JsonConverterAttribute"/>. It is public so that a
/// source-generated context in another assembly can name it (docs/json-format.md, "The converters"); it lives in
/// src/MigDev.Core/Internal/Json because the enums below the serialization layer use it.</remarks>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, JsonEncodedText> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> Values =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v.ToString(), v => v, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string, or not the exact name of a member.</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string naming a {typeof(TEnum).Name} ({string.Join(", ", Enum.GetNames<TEnum>())}), found {JsonText.Describe(ref reader)}.");
        }
        Span<char> buffer = stackalloc char[64];
        var length = reader.HasValueSequence || reader.ValueSpan.Length > buffer.Length ? -1 : reader.CopyString(buffer);
        if (length >= 0 && Values.TryGetValue(buffer[..length], out var value))
        {
            return value;
        }
        throw new JsonException($"'{JsonText.Shorten(reader.GetString()!)}' is not a {typeof(TEnum).Name}: expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of the enum.</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Names[Guard.Against.UndefinedEnum(value)]);
    }
}
