using System.Text;
using System.Text.Json;
using MigDev.Core.Internal;

namespace MigDev.Core.Internal.Json;

/// <summary>Strict readers for the scalar parts of the library's JSON, and descriptions of tokens for error messages.</summary>
internal static class JsonText
{
    private const int MaxQuoted = 64;

    /// <summary>Reads the current Number token as an exact <see cref="decimal"/> with its scale; never through a
    /// <see cref="double"/>. A string, an exponent, or a number that <see cref="decimal"/> could only hold rounded is a
    /// <see cref="JsonException"/> quoting the token.</summary>
    internal static decimal ReadExactDecimal(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"'{member}' must be a JSON number such as 15000000.00, found {Describe(ref reader)}.");
        }
        if (!reader.HasValueSequence && DecimalText.TryParseShort(reader.ValueSpan, out var quick))
        {
            return quick;
        }
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > DecimalText.MaxLength)
        {
            throw new JsonException($"'{member}' is {Describe(ref reader)}, which is not exact: {DecimalText.Describe(DecimalTextError.NotExact)}.");
        }
        Span<byte> utf8 = stackalloc byte[DecimalText.MaxLength];
        if (reader.HasValueSequence)
        {
            System.Buffers.BuffersExtensions.CopyTo(reader.ValueSequence, utf8);
        }
        else
        {
            reader.ValueSpan.CopyTo(utf8);
        }
        Span<char> chars = stackalloc char[DecimalText.MaxLength];
        var count = Encoding.ASCII.GetChars(utf8[..(int)length], chars);
        var error = DecimalText.TryParseExact(chars[..count], out var value);
        return error == DecimalTextError.None
            ? value
            : throw new JsonException($"'{member}' is {chars[..count]}, which is not an exact decimal: {DecimalText.Describe(error)}.");
    }


    internal static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string \"{Truncate(reader.GetString() ?? string.Empty)}\"",
        JsonTokenType.Number => Truncate(Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray())),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    internal static string Shorten(string text) => Truncate(text);

    private static string Truncate(string text) => text.Length <= MaxQuoted ? text : string.Concat(text.AsSpan(0, MaxQuoted), "…");
}
