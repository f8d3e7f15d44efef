using System.Text.Encodings.Web;
using System.Text.Json;

namespace MigDev.Core.Serialization.Document;

/// <summary>The catalog document's format version, and the source-generated context that reads and writes it (and
/// every record type, for <see cref="MigDevJson.Options"/>). Public as <c>MigDev.Core.Catalog.CatalogDocument</c>,
/// in the layer above.</summary>
internal static class CatalogFormat
{
    /// <summary>The format version this library reads and writes.</summary>
    internal const int Version = 1;

    /// <summary>Gets the context: the generated options, with non-ASCII text written as itself (not <c>\u</c>-escaped:
    /// the documents quote typographic quotes and accented names). Read-only.</summary>
    internal static CatalogDocumentContext Context { get; } = CreateContext();

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
