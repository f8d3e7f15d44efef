using System.Buffers;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using MigDev.Core.Serialization.Document;

namespace MigDev.Core.Catalog;

/// <summary>
/// The catalog document: a <see cref="MigDevCatalog"/> as UTF-8 JSON (format version <see cref="FormatVersion"/>, see
/// docs/json-format.md). Reads it (<see cref="Load(Stream, string, long, MigDevCatalog?)"/>, <see cref="LoadFile"/>,
/// <see cref="Parse"/>), writes it in its canonical form (<see cref="WriteTo"/>, <see cref="ToJson"/>,
/// <see cref="Save"/>), and gives its JSON Schema (<see cref="GetSchema"/>).
/// </summary>
/// <remarks>
/// <para>Reading is strict and validates the catalog as a whole: a document that is not valid is a
/// <see cref="MigDevDataException"/> naming the source, the JSON path and the value. Writing is canonical: reading what
/// was written gives an equal catalog, and writing that gives the same bytes.</para>
/// <para>Stateless; safe to use from any thread.</para>
/// </remarks>
/// <example>
/// <code>
/// var mine = CatalogDocument.LoadFile("mine.json", extending: MigDevCatalog.Default);
/// CatalogDocument.Save(mine, "mine.json"); // only the records mine.json adds
/// </code>
/// </example>
public static class CatalogDocument
{
    /// <summary>The catalog document format version this library reads and writes.</summary>
    public const int FormatVersion = CatalogFormat.Version;

    /// <summary>The default maximum size of a catalog document, in bytes (64 MiB; the embedded catalog is under
    /// 1 MiB). A larger document is refused before it is parsed.</summary>
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    /// <summary>Returns the JSON Schema (draft 2020-12) of the catalog document, generated from the types by
    /// System.Text.Json's <see cref="System.Text.Json.Schema.JsonSchemaExporter"/>, with the value formats (ids, codes,
    /// dates, amounts, enums) that the library's converters read. docs/catalog.schema.json is this text.</summary>
    /// <returns>The schema, indented, with <c>\n</c> line ends.</returns>
    public static string GetSchema() => CatalogSchema.Document();

    /// <summary>Reads a catalog document (UTF-8 JSON, see docs/json-format.md) from a stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="sourceName">A name for the stream, used in messages.</param>
    /// <param name="maxDocumentBytes">The largest document accepted, from 1 to <see cref="Array.MaxLength"/>;
    /// <see cref="DefaultMaxDocumentBytes"/> by default. A longer stream is refused once the limit is passed, before
    /// parsing.</param>
    /// <param name="extending">A catalog the document extends, such as <see cref="MigDevCatalog.Default"/>: its records
    /// may refer to that catalog's agencies, programmes and documents, and the result holds both. <see langword="null"/>
    /// for a document that stands alone.</param>
    /// <returns>The catalog, validated as a whole.</returns>
    /// <exception cref="MigDevDataException">The document is not valid: malformed or too large, a member unknown,
    /// missing or of the wrong type, a value out of range, a text empty or white space only (an optional one is left
    /// out instead) or not Unicode text, a value twice in a list of texts or ids, an id the extended catalog gives
    /// another record, or whole-model faults (all of them). It names the source, the JSON path and the value
    /// (docs/json-format.md, "Strict reading").</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDocumentBytes"/> is below 1 or above
    /// <see cref="Array.MaxLength"/>.</exception>
    public static MigDevCatalog Load(Stream utf8Json, string sourceName = "stream", long maxDocumentBytes = DefaultMaxDocumentBytes, MigDevCatalog? extending = null)
    {
        Guard.Against.Null(utf8Json, message: "A catalog document is read from a stream, was null.");
        Guard.Against.Blank(sourceName, $"A catalog document needs a source name for its messages, was '{sourceName}'.");
        Guard.Against.InvalidNumber(maxDocumentBytes < 1 || maxDocumentBytes > Array.MaxLength, maxDocumentBytes,
            $"maxDocumentBytes is {maxDocumentBytes}: it must be from 1 to {Array.MaxLength}.", nameof(maxDocumentBytes));
        // The bytes are read into a pooled buffer: a catalog is usually larger than the large-object heap's threshold,
        // and a fresh array for every load would cost a gen-2 collection now and then.
        var (buffer, length) = ReadAll(utf8Json, sourceName, maxDocumentBytes);
        try
        {
            return Load(buffer.AsSpan(0, length), sourceName, extending);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a catalog document from a file.</summary>
    /// <param name="path">The file's path; it is the source name in messages.</param>
    /// <param name="maxDocumentBytes">The largest document accepted.</param>
    /// <param name="extending">A catalog the document extends (see <see cref="Load(Stream, string, long, MigDevCatalog?)"/>).</param>
    /// <returns>The catalog, validated as a whole.</returns>
    /// <exception cref="MigDevDataException">The document is not valid (see <see cref="Load(Stream, string, long, MigDevCatalog?)"/>).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDocumentBytes"/> is below 1 or above
    /// <see cref="Array.MaxLength"/>.</exception>
    public static MigDevCatalog LoadFile(string path, long maxDocumentBytes = DefaultMaxDocumentBytes, MigDevCatalog? extending = null)
    {
        Guard.Against.Blank(path, $"A catalog document is read from a file's path, was '{path}'.");
        using var stream = File.OpenRead(path);
        return Load(stream, path, maxDocumentBytes, extending);
    }

    /// <summary>Reads a catalog document from a string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="sourceName">A name for it, used in messages.</param>
    /// <param name="extending">A catalog the document extends (see <see cref="Load(Stream, string, long, MigDevCatalog?)"/>).</param>
    /// <returns>The catalog, validated as a whole.</returns>
    /// <exception cref="MigDevDataException">The document is not valid (see <see cref="Load(Stream, string, long, MigDevCatalog?)"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty or white space.</exception>
    public static MigDevCatalog Parse(string json, string sourceName = "string", MigDevCatalog? extending = null)
    {
        Guard.Against.Null(json, message: "A catalog document is parsed from a string, was null.");
        Guard.Against.Blank(sourceName, $"A catalog document needs a source name for its messages, was '{sourceName}'.");
        return Load(Encoding.UTF8.GetBytes(json), sourceName, extending);
    }

    /// <summary>Writes a catalog as a catalog document in its canonical form (UTF-8, indented; see
    /// docs/json-format.md). Reading it back gives an equal catalog, and writing that gives the same bytes.</summary>
    /// <remarks>A catalog that <see cref="MigDevCatalog.Extends"/> another writes only the records it adds: read it back
    /// with the same <c>extending</c> catalog to get it whole. To write the whole union as a document that stands alone,
    /// use <see cref="MigDevCatalog.FromModel"/> on <see cref="MigDevCatalog.Model"/> and write that (as serializing
    /// the model with <see cref="Serialization.MigDevJson.Options"/> does).</remarks>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">The stream to write to; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="utf8Json"/> is
    /// <see langword="null"/>.</exception>
    public static void WriteTo(MigDevCatalog catalog, Stream utf8Json)
    {
        Guard.Against.Null(catalog, message: "The catalog to write was null.");
        Guard.Against.Null(utf8Json, message: "A catalog document is written to a stream, was null.");
        CatalogDocumentWriter.Write(utf8Json, catalog.Model, catalog.Extends?.Model);
    }

    /// <summary>Returns a catalog as a catalog document in its canonical form; for a catalog that
    /// <see cref="MigDevCatalog.Extends"/> another, only the records it adds (as <see cref="WriteTo"/>).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static string ToJson(MigDevCatalog catalog)
    {
        Guard.Against.Null(catalog, message: "The catalog to write was null.");
        return CatalogDocumentWriter.ToJson(catalog.Model, catalog.Extends?.Model);
    }

    /// <summary>Writes a catalog document to a file, replacing it: as <see cref="WriteTo"/>, only the records the
    /// catalog adds when it <see cref="MigDevCatalog.Extends"/> another.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    public static void Save(MigDevCatalog catalog, string path)
    {
        Guard.Against.Null(catalog, message: "The catalog to save was null.");
        Guard.Against.Blank(path, $"A catalog document is saved to a file's path, was '{path}'.");
        using var stream = File.Create(path);
        WriteTo(catalog, stream);
    }

    internal static MigDevCatalog Load(ReadOnlySpan<byte> utf8Json, string sourceName, MigDevCatalog? extending = null)
    {
        // A UTF-8 byte-order mark, which Notepad and PowerShell write, is not JSON: it is skipped, not refused.
        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        }
        var document = CatalogMapper.Deserialize(utf8Json, sourceName);
        var mapper = new CatalogMapper(sourceName);
        if (extending is null)
        {
            return MigDevCatalog.OfValidated(mapper.ToModel(document), sourceName);
        }
        var own = mapper.ToModelUnvalidated(document, extending.Model, extending.SourceName);
        return MigDevCatalog.OfValidated(CatalogMerger.Merge(extending.Model, extending.SourceName, own, sourceName), $"{extending.SourceName} + {sourceName}", extending);
    }

    // Reads the stream to its end into a buffer rented from the shared pool (the caller returns it).
    private static (byte[] Buffer, int Length) ReadAll(Stream stream, string sourceName, long maxDocumentBytes)
    {
        var pool = ArrayPool<byte>.Shared;
        var capacity = stream.CanSeek ? stream.Length - stream.Position : 81920;
        if (capacity > maxDocumentBytes)
        {
            throw TooLarge(sourceName, maxDocumentBytes);
        }
        var buffer = pool.Rent((int)Math.Max(capacity + 1, 1));
        var length = 0;
        var handedOver = false;
        try
        {
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length > maxDocumentBytes)
                {
                    throw TooLarge(sourceName, maxDocumentBytes);
                }
                if (length == buffer.Length)
                {
                    // Doubling, up to the largest array there is (the size limit is at most that): no int overflow.
                    var larger = pool.Rent((int)Math.Min(2L * buffer.Length, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                }
            }
            handedOver = true;
            return (buffer, length);
        }
        finally
        {
            if (!handedOver)
            {
                pool.Return(buffer);
            }
        }
    }

    private static MigDevDataException TooLarge(string sourceName, long maxDocumentBytes) =>
        new(sourceName, "$", null, new InvalidDataException($"The document is larger than the {maxDocumentBytes:N0} bytes accepted (maxDocumentBytes)."));
}
