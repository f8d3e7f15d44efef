using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MigDev.Core.Serialization.Document;

namespace MigDev.Core.Serialization;

/// <summary>
/// The library's JSON for its types: one read-only <see cref="JsonSerializerOptions"/> and a source-generated
/// type-info resolver (no reflection; trimming- and AOT-safe), for every record type (a <see cref="Programme"/>, an
/// <see cref="Agency"/>, a whole <see cref="MigDevModel"/>...) and value type (<see cref="Money"/>, codes, ids, dates).
/// </summary>
/// <remarks>
/// <para>Reading is strict: unknown members, duplicate members, missing required members and <c>null</c> where a value
/// is required are errors with the JSON path. Writing is canonical: camelCase names, nulls and empty lists left out,
/// two-space indentation, non-ASCII text written as itself (not <c>\u</c>-escaped: the documents quote typographic
/// quotes and accented names). See docs/json-format.md.</para>
/// <para>To serialize the library's types inside your own options, chain <see cref="TypeInfoResolver"/>:
/// <c>options.TypeInfoResolverChain.Add(MigDevJson.TypeInfoResolver)</c>.</para>
/// <para>A whole catalog as a document (reading, writing, the format version, the size limit and the JSON Schema) is
/// <c>MigDev.Core.Catalog.CatalogDocument</c>.</para>
/// </remarks>
public static class MigDevJson
{
    /// <summary>The maximum nesting depth accepted; deeper JSON is a <see cref="JsonException"/> with its path. The
    /// catalog document needs 7 (a citation of a partner of a programme).</summary>
    public const int MaxDepth = 32;

    /// <summary>Gets the options: strict reading, canonical writing, the source-generated resolver. Read-only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the source-generated type-info resolver for the library's types, to chain into your options.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Options.TypeInfoResolver!;

    // The document records come from the source-generated context; the domain's record types from their resolver.
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CatalogFormat.Context.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(CatalogFormat.Context, DomainTypeInfoResolver.Instance),
        };
        options.MakeReadOnly();
        return options;
    }
}
