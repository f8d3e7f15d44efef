using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigDev.Core.Serialization.Converters;

/// <summary>Reads and writes an enum as its member name, exactly: no numbers, no other casing, no undefined values
/// (the framework's <see cref="JsonStringEnumConverter{TEnum}"/> accepts all three). A refusal lists the names.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            if (text.Length > 0 && char.IsAsciiLetterUpper(text[0]) && Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value))
            {
                return value;
            }
            throw new JsonException($"'{JsonText.Shorten(text)}' is not a {typeof(TEnum).Name}: expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
        throw new JsonException($"Expected a JSON string naming a {typeof(TEnum).Name} ({string.Join(", ", Enum.GetNames<TEnum>())}), found {JsonText.Describe(ref reader)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Enum.IsDefined(value) ? value.ToString() : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}."));
    }
}
