using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using MigDev.Core.Serialization.Document;

namespace MigDev.Core.Serialization;

/// <summary>
/// The library's JSON: one read-only <see cref="JsonSerializerOptions"/> and a source-generated type-info resolver
/// (no reflection; trimming- and AOT-safe), and the limits of the catalog document format.
/// </summary>
/// <remarks>
/// <para>Reading is strict: unknown members, duplicate members, missing required members and <c>null</c> where a value
/// is required are errors with the JSON path. Writing is canonical: camelCase names, nulls and empty lists left out,
/// two-space indentation, non-ASCII text written as itself (not <c>\u</c>-escaped: the documents quote typographic
/// quotes and accented names). See docs/json-format.md.</para>
/// <para>To serialize the library's types inside your own options, chain <see cref="TypeInfoResolver"/>:
/// <c>options.TypeInfoResolverChain.Add(MigDevJson.TypeInfoResolver)</c>.</para>
/// </remarks>
public static class MigDevJson
{
    /// <summary>The catalog document format version this library reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The maximum nesting depth accepted; deeper JSON is a <see cref="JsonException"/> with its path. The
    /// catalog document needs 7 (a citation of a partner of a programme).</summary>
    public const int MaxDepth = 32;

    /// <summary>The default maximum size of a catalog document, in bytes (64 MiB; the embedded catalog is under
    /// 1 MiB). A larger document is refused before it is parsed.</summary>
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    // First: the options below are built from it (static initializers run in text order).
    internal static CatalogDocumentContext DocumentContext { get; } = CreateContext();

    /// <summary>Gets the options: strict reading, canonical writing, the source-generated resolver. Read-only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the source-generated type-info resolver for the library's types, to chain into your options.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Options.TypeInfoResolver!;


    /// <summary>Returns the JSON Schema (draft 2020-12) of the catalog document, generated from the types by
    /// System.Text.Json's <see cref="JsonSchemaExporter"/>, with the value formats (ids, codes, dates, amounts, enums)
    /// that the library's converters read. docs/catalog.schema.json is this text.</summary>
    /// <returns>The schema, indented, with <c>\n</c> line ends.</returns>
    public static string GetCatalogDocumentSchema()
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true };
        var schema = DocumentContext.CatalogDocumentDto.GetJsonSchemaAsNode(exporter).AsObject();
        CatalogSchema.Complete(schema, DocumentContext.CatalogDocumentDto, DocumentContext, DocumentContext.Options);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://github.com/migdev/MigDev.Core/docs/catalog.schema.json",
            ["title"] = $"MigDev.Core catalog document, format version {FormatVersion}",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n");
    }

    // The document records come from the source-generated context; the domain's record types from their resolver.
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(DocumentContext.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(DocumentContext, DomainTypeInfoResolver.Instance),
        };
        options.MakeReadOnly();
        return options;
    }

    private static CatalogDocumentContext CreateContext()
    {
        var options = new JsonSerializerOptions(CatalogDocumentContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = null,
        };
        var context = new CatalogDocumentContext(options);
        options.MakeReadOnly();
        return context;
    }
}
