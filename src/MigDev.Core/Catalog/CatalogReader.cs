using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MigDev.Core.Catalog;

/// <summary>Maps the catalog's JSON to the domain types, naming the JSON path and value of anything that is refused.</summary>
internal sealed class CatalogReader(string sourceName)
{
    internal static T Deserialize<T>(Stream stream, JsonTypeInfo<T> typeInfo, string sourceName)
    {
        try
        {
            return JsonSerializer.Deserialize(stream, typeInfo) ?? throw new JsonException("The document is null.");
        }
        catch (JsonException ex)
        {
            throw new MigDevDataException(sourceName, ex.Path ?? "$", null, ex);
        }
    }

    internal T At<T>(string path, string? value, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new MigDevDataException(sourceName, path, value, ex);
        }
    }

    internal static List<T> Each<TDto, T>(string path, List<TDto>? items, Func<string, TDto, T> map)
    {
        var result = new List<T>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            result.Add(map($"{path}[{i}]", items![i]));
        }
        return result;
    }

    internal Citation Citation(string path, CitationDto? dto) => dto is null
        ? At<Citation>(path, null, () => throw new FormatException("A citation is required here."))
        : At(path, dto.Quote, () => new Citation(dto.Document!, dto.FirstLine, dto.LastLine, dto.Quote!));

    internal AgencyId Agency(string path, string? id) => At(path, id, () => AgencyId.Parse(id!));

    internal ProgrammeId Programme(string path, string? id) => At(path, id, () => ProgrammeId.Parse(id!));

    internal Timeframe? Period(string path, string? text) => text is null ? null : At(path, text, () => Timeframe.Parse(text));

    internal PartialDate? Date(string path, string? text) => text is null ? null : At(path, text, () => PartialDate.Parse(text));

    internal TEnum Enum<TEnum>(string path, string? text)
        where TEnum : struct, Enum =>
        At(path, text, () => System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new FormatException($"Expected one of {string.Join(", ", System.Enum.GetNames<TEnum>())}."));
}
