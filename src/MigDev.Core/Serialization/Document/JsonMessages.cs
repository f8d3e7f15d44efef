using System.Text.Json;
using System.Text.RegularExpressions;

namespace MigDev.Core.Serialization.Document;

// System.Text.Json's messages name the reader's internal types ("could not be converted to
// System.Collections.Generic.List`1[MigDev.Core.Serialization.Document.ProgrammeDto]"): what the document should have
// there is said in the document's own words instead ("expected a list of programmes (a JSON array)").
internal static partial class JsonMessages
{
    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\. Path:", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordBreak();

    internal static JsonException Plain(JsonException e)
    {
        if (ConvertedTo().Match(e.Message) is not { Success: true } m)
        {
            return e;
        }
        var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
        var type = m.Groups["type"].Value;
        // For a member of a record read through its constructor, the reader names the record, not the member's type.
        var member = e.Path is { Length: > 0 } path && !path.EndsWith(']') && path != "$" && type.EndsWith("Dto", StringComparison.Ordinal);
        var message = member
            ? $"The value has the wrong type for this member of {Expected(type).Replace(" (a JSON object)", "", StringComparison.Ordinal)} (see docs/json-format.md){where}."
            : $"The value is not {Expected(type)}{where}.";
        return new JsonException(message, e.Path, e.LineNumber, e.BytePositionInLine, e);
    }

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
            _ when name.EndsWith("Dto", StringComparison.Ordinal) => $"a {WordBreak().Replace(name[..^3], " ").ToLowerInvariant()} (a JSON object)",
            _ => $"a {WordBreak().Replace(name, " ").ToLowerInvariant()}",
        };
        return list ? $"a list (a JSON array) of which each element is {noun}" : noun;
    }
}
