using System.Text.Json;
using System.Text.RegularExpressions;

namespace MigDev.Core.Serialization.Document;

// System.Text.Json's messages name the reader's internal types ("could not be converted to
// System.Collections.Generic.List`1[MigDev.Core.Serialization.Document.ProgrammeDto]", "could not be mapped to any .NET
// member contained in type '...AgencyDto'") and end with the reader's own "Path: ... | LineNumber: 0 |
// BytePositionInLine: 44.": what the document should have there is said in the document's own words instead ("expected
// a list of programmes (a JSON array)", "'colour' is not a member of an agency"), with the line and byte counted from 1.
internal static partial class JsonMessages
{
    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\. Path:", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"^The JSON property '(?<member>.*)' could not be mapped to any \.NET member contained in type '(?<type>[^']+)'\.", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"^JSON deserialization for type '(?<type>[^']+)' was missing required properties including: (?<members>.*?)\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Missing();

    [GeneratedRegex(@"^Duplicate property '(?<member>.*)' encountered during deserialization of type '(?<type>[^']+)'\.", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"^The constructor parameter '(?<member>[^']+)' on type '(?<type>[^']+)' doesn't allow null values\.", RegexOptions.CultureInvariant)]
    private static partial Regex NullParameter();

    [GeneratedRegex(@"\s*Path: .*? \| LineNumber: \d+ \| BytePositionInLine: \d+\.\s*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ReaderPosition();

    [GeneratedRegex(@"'?(System\.Collections\.Generic\.List`1\[)?MigDev\.Core\.[\w.]+\]?'?", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordBreak();

    internal static JsonException Plain(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
        // A converter's own message is kept as it is; the reader's loses its "Path: ... | LineNumber" ending for ours.
        var message = Rewritten(e, where) ?? (ReaderPosition().IsMatch(e.Message) ? $"{ReaderPosition().Replace(e.Message, "")}{where}" : e.Message);
        // Whatever message is left names no type of the reader's.
        message = TypeName().Replace(message, m => Record(m.Value.Trim('\'')));
        return message == e.Message ? e : new JsonException(message, e.Path, e.LineNumber, e.BytePositionInLine, e);
    }

    // The messages said in the document's words, or null for one that needs only its position rewritten.
    private static string? Rewritten(JsonException e, string where)
    {
        if (e.InnerException is InvalidOperationException inner && inner.Message.Contains("UTF-", StringComparison.Ordinal) && ConvertedTo().IsMatch(e.Message))
        {
            // The reader could not make a text of the bytes (an escaped lone surrogate, bytes that are not UTF-8).
            return $"The text is not Unicode text: {ReaderPosition().Replace(inner.Message, "")}{where}";
        }
        if (Unmapped().Match(e.Message) is { Success: true } unmapped)
        {
            return $"'{unmapped.Groups["member"].Value}' is not a member of {Record(unmapped.Groups["type"].Value)} (see docs/json-format.md){where}.";
        }
        if (Missing().Match(e.Message) is { Success: true } missing)
        {
            return $"{Capitalized(Record(missing.Groups["type"].Value))} needs the member {ReaderPosition().Replace(missing.Groups["members"].Value, "")} (see docs/json-format.md){where}.";
        }
        if (Duplicate().Match(e.Message) is { Success: true } duplicate)
        {
            return $"'{duplicate.Groups["member"].Value}' is given twice in {Record(duplicate.Groups["type"].Value)}{where}.";
        }
        if (NullParameter().Match(e.Message) is { Success: true } parameter)
        {
            var member = parameter.Groups["member"].Value;
            return $"'{char.ToLowerInvariant(member[0])}{member[1..]}' of {Record(parameter.Groups["type"].Value)} is required: null is not allowed{where}.";
        }
        if (ConvertedTo().Match(e.Message) is not { Success: true } m)
        {
            return null;
        }
        var type = m.Groups["type"].Value;
        // For a member of a record read through its constructor, the reader names the record, not the member's type.
        var isMember = e.Path is { Length: > 0 } path && !path.EndsWith(']') && path != "$" && type.EndsWith("Dto", StringComparison.Ordinal);
        return isMember
            ? $"The value has the wrong type for this member of {Record(type)} (see docs/json-format.md){where}."
            : $"The value is not {Expected(type)}{where}.";
    }

    // A record of the document as its text calls it: "an agency", "a catalog document".
    private static string Record(string type) => Expected(type).Replace(" (a JSON object)", "", StringComparison.Ordinal);

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Expected(string type)
    {
        var list = type.StartsWith("System.Collections.Generic.List`1[", StringComparison.Ordinal);
        var element = list ? type["System.Collections.Generic.List`1[".Length..^1] : type;
        var name = element[(element.LastIndexOf('.') + 1)..];
        var noun = name switch
        {
            "String" => "a text (a JSON string)",
            "Int32" or "Int64" or "Decimal" => "a number",
            "Boolean" => "true or false",
            "Char" => "a single letter (a JSON string)",
            _ when name.EndsWith("Dto", StringComparison.Ordinal) => $"{Article(WordBreak().Replace(name[..^3], " ").ToLowerInvariant())} (a JSON object)",
            _ => Article(WordBreak().Replace(name, " ").ToLowerInvariant()),
        };
        return list ? $"a list (a JSON array) of which each element is {noun}" : noun;
    }

    private static string Article(string noun) => (noun.Length > 0 && "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
}
