using System.Collections.Immutable;
using System.IO.Compression;
using Ardalis.GuardClauses;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// One of the ECB's published rate files, loaded as it comes from the ECB: <c>eurofxref-hist.csv</c>, the zip that
/// holds it (<c>eurofxref-hist.zip</c>), or the XML feeds <c>eurofxref-hist.xml</c>, <c>eurofxref-hist-90d.xml</c>
/// and <c>eurofxref-daily.xml</c>. The layout is told from the content.
/// </summary>
/// <remarks>
/// <para>Layer it over the embedded history with <see cref="EcbExchangeRateProvider.Layer(EcbRateFile)"/> (its newer
/// dates extend it; where both have a date they are compared, and every disagreement is listed), or use it alone with
/// <see cref="EcbExchangeRateProvider.FromFile(EcbRateFile)"/>.</para>
/// <para>Loading reads the whole file into memory (at most <see cref="EcbFileLimits.MaxFileBytes"/>), then decodes it
/// in one pass: linear in its size, about as fast as the embedded history for the CSV (docs/benchmarks.md). A file
/// that is not the ECB's, is cut short, or breaks a limit is refused with a <see cref="MigDevDataException"/> naming
/// the line and field (CSV) or element (XML) and the value. Every rate is kept exactly as written, with its
/// decimals.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EcbRateFile
{
    private EcbRateFile(EcbRateTable table, string sourceName, EcbFileFormat format)
    {
        Table = table;
        SourceName = sourceName;
        Format = format;
        Currencies = [.. table.Currencies.Order()];
    }

    /// <summary>Gets the file or stream name the rates were loaded from.</summary>
    public string SourceName { get; }

    /// <summary>Gets the layout the file had.</summary>
    public EcbFileFormat Format { get; }

    /// <summary>Gets the first publication date in the file.</summary>
    public LocalDate FirstDate => Table.FirstDate;

    /// <summary>Gets the last publication date in the file.</summary>
    public LocalDate LastDate => Table.LastDate;

    /// <summary>Gets the number of publication dates in the file.</summary>
    public int PublicationCount => Table.DateCount;

    /// <summary>Gets the currencies the file names, in ordinal order.</summary>
    public ImmutableArray<CurrencyCode> Currencies { get; }

    internal EcbRateTable Table { get; }

    /// <summary>Loads an ECB file from disk, within <see cref="EcbFileLimits.Default"/>.</summary>
    /// <param name="path">The file: CSV, zip or XML.</param>
    /// <returns>The loaded rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">The file is not one of the ECB's layouts, is cut short or corrupt, or
    /// breaks a limit: the message names the file, the line and field or the element, and the value.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <example>
    /// <code>
    /// var file = EcbRateFile.Load("eurofxref-hist.zip");
    /// var layered = EcbExchangeRateProvider.Default.Layer(file);
    /// </code>
    /// </example>
    public static EcbRateFile Load(string path) => Load(path, EcbFileLimits.Default);

    /// <summary>Loads an ECB file from disk.</summary>
    /// <param name="path">The file: CSV, zip or XML.</param>
    /// <param name="limits">The limits the file must keep.</param>
    /// <returns>The loaded rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="limits"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">The file is not one of the ECB's layouts, is cut short or corrupt, or
    /// breaks a limit: the message names the file, the line and field or the element, and the value.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EcbRateFile Load(string path, EcbFileLimits limits)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(limits);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Load(stream, path, limits);
    }

    /// <summary>Loads an ECB file from a stream, read to its end (the stream is left open), within
    /// <see cref="EcbFileLimits.Default"/>.</summary>
    /// <param name="stream">The file's bytes: CSV, zip or XML.</param>
    /// <param name="sourceName">A name for messages, such as the file name or URL.</param>
    /// <returns>The loaded rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">The content is not one of the ECB's layouts, is cut short or corrupt, or
    /// breaks a limit.</exception>
    public static EcbRateFile Load(Stream stream, string sourceName) => Load(stream, sourceName, EcbFileLimits.Default);

    /// <summary>Loads an ECB file from a stream, read to its end (the stream is left open).</summary>
    /// <param name="stream">The file's bytes: CSV, zip or XML.</param>
    /// <param name="sourceName">A name for messages, such as the file name or URL.</param>
    /// <param name="limits">The limits the file must keep.</param>
    /// <returns>The loaded rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, <paramref name="sourceName"/> or
    /// <paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">The content is not one of the ECB's layouts, is cut short or corrupt, or
    /// breaks a limit.</exception>
    public static EcbRateFile Load(Stream stream, string sourceName, EcbFileLimits limits)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(sourceName);
        Guard.Against.Null(limits);
        var bytes = ReadAll(stream, sourceName, limits.MaxFileBytes);
        if (IsZip(bytes))
        {
            var (entryName, inner) = Unzip(bytes, sourceName, limits);
            var (table, _) = Decode(inner, $"{sourceName}!{entryName}", limits);
            return new EcbRateFile(table, sourceName, EcbFileFormat.Zip);
        }
        var (decoded, format) = Decode(bytes, sourceName, limits);
        return new EcbRateFile(decoded, sourceName, format);
    }

    internal static EcbRateFile FromTable(EcbRateTable table, string sourceName, EcbFileFormat format) => new(table, sourceName, format);

    private static (EcbRateTable Table, EcbFileFormat Format) Decode(ArraySegment<byte> bytes, string sourceName, EcbFileLimits limits)
    {
        var span = bytes.AsSpan();
        var start = span.StartsWith("\uFEFF"u8) ? span[3..] : span;
        return start.TrimStart(" \t\r\n"u8).StartsWith("<"u8)
            ? (EcbXmlReader.Read(bytes, sourceName, limits), EcbFileFormat.Xml)
            : (EcbCsvReader.Read(span, sourceName, limits), EcbFileFormat.Csv);
    }

    private static bool IsZip(ArraySegment<byte> bytes) => bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);

    // The zip's one entry, inflated with the size counted as it is read (a zip's header may lie about it).
    private static (string Name, ArraySegment<byte> Bytes) Unzip(ArraySegment<byte> bytes, string sourceName, EcbFileLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count != 1)
            {
                throw new MigDevDataException(sourceName, "zip", $"{zip.Entries.Count} entries", new InvalidDataException("the ECB's zip holds exactly one file, eurofxref-hist.csv"));
            }
            var entry = zip.Entries[0];
            using var inflated = entry.Open();
            return (entry.FullName, ReadAll(inflated, $"{sourceName}!{entry.FullName}", limits.MaxFileBytes));
        }
        catch (InvalidDataException e)
        {
            throw new MigDevDataException(sourceName, "zip", null, e);
        }
    }

    private static ArraySegment<byte> ReadAll(Stream stream, string sourceName, long maxBytes)
    {
        using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 0, maxBytes + 1) : 64 * 1024);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new MigDevDataException(sourceName, "file", $"more than {maxBytes} bytes", new InvalidDataException($"the file is larger than EcbFileLimits.MaxFileBytes ({maxBytes} bytes)"));
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.TryGetBuffer(out var segment) ? segment : new ArraySegment<byte>(buffer.ToArray());
    }
}
