using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace MigDev.Core.Iati;

/// <summary>Reads IATI Activity Standard 2.01, 2.02 and 2.03 files (<c>iati-activities</c>, or a single
/// <c>iati-activity</c>) one activity at a time, in memory bounded by the largest activity, whatever the file's size.</summary>
/// <remarks>
/// <para>Nothing is dropped silently: a value that cannot be read (a date, a number, a currency or country code) and every
/// IATI rule an activity breaks (<see cref="IatiRules"/>) become <see cref="IatiFinding"/>s on that activity, naming
/// the element and its line, and reading goes on. XML that is not well formed, or a file that is not IATI activity data
/// (another root, an <c>iati-activities</c> whose <c>@version</c> is absent or not 2.01, 2.02 or 2.03), stops the read with a <see cref="MigDevDataException"/> naming the source, the activity and the line.</para>
/// <para>DTDs are refused and external entities never resolved. Elements in other namespaces are skipped, except this
/// library's own (docs/iati.md), which carry what IATI cannot say so that an export reads back the same.</para>
/// </remarks>
public static class IatiReader
{
    /// <summary>The XML namespace of this library's IATI extension attributes, <c>migdev:agency</c> and the like, which
    /// IATI allows on its elements (<c>xsd:anyAttribute namespace="##other"</c>).</summary>
    public const string ExtensionNamespace = "urn:migdev-core:iati:1";

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    // The versions of the Activity Standard this reader reads; any other @version of iati-activities is refused.
    private static readonly string[] ReadableVersions = ["2.01", "2.02", "2.03"];

    /// <summary>Reads the activities of a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The activities, read lazily as the sequence is enumerated; the file is open until the enumeration ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">While enumerating: the file is not well-formed XML or not IATI activities.</exception>
    public static IEnumerable<IatiActivity> ReadFile(string path)
    {
        Guard.Against.Null(path);
        return ReadFileIterator(path);

        static IEnumerable<IatiActivity> ReadFileIterator(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            foreach (var activity in Read(stream, path))
            {
                yield return activity;
            }
        }
    }

    /// <summary>Reads the activities of a stream.</summary>
    /// <param name="stream">The XML; not closed.</param>
    /// <param name="sourceName">A name for the source in errors, such as a file name.</param>
    /// <returns>The activities, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">While enumerating: the stream is not well-formed XML or not IATI activities.</exception>
    public static IEnumerable<IatiActivity> Read(Stream stream, string sourceName = "stream")
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(sourceName);
        return ReadIterator(stream, sourceName);
    }

    /// <summary>Reads the activities of an XML text.</summary>
    /// <param name="xml">The XML.</param>
    /// <param name="sourceName">A name for the source in errors.</param>
    /// <returns>The activities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">The text is not well-formed XML or not IATI activities.</exception>
    public static ImmutableArray<IatiActivity> Parse(string xml, string sourceName = "text")
    {
        Guard.Against.Null(xml);
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings());
        return [.. ReadCore(reader, sourceName)];
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private static IEnumerable<IatiActivity> ReadIterator(Stream stream, string sourceName)
    {
        using var reader = XmlReader.Create(stream, Settings());
        foreach (var activity in ReadCore(reader, sourceName))
        {
            yield return activity;
        }
    }

    private static IEnumerable<IatiActivity> ReadCore(XmlReader reader, string sourceName)
    {
        var position = 0;
        string? lastId = null;
        var activityReader = new IatiActivityXmlReader(reader);
        var parser = new IatiActivityParser();
        var root = Advance(reader, sourceName, 0, null, r => r.MoveToContent());
        if (root != XmlNodeType.Element || reader.NamespaceURI.Length != 0 || reader.LocalName is not ("iati-activities" or "iati-activity"))
        {
            throw new MigDevDataException(sourceName, "/", reader.LocalName,
                new FormatException($"the root element is '{reader.Name}', not 'iati-activities' or 'iati-activity': not IATI activity data."));
        }
        if (reader.LocalName == "iati-activities")
        {
            var version = reader.GetAttribute("version");
            if (!ReadableVersions.Contains(version?.Trim() ?? ""))
            {
                throw new MigDevDataException(sourceName, "/iati-activities/@version", version,
                    new FormatException((version is null ? "no IATI version (@version is required)" : $"IATI version '{version}'") +
                        ": this reader reads the Activity Standard 2.01, 2.02 and 2.03 only."));
            }
            if (reader.IsEmptyElement)
            {
                yield break;
            }
            Advance(reader, sourceName, position, lastId, r => r.Read());
        }
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth <= 1 && reader.LocalName == "iati-activity" && reader.NamespaceURI.Length == 0)
            {
                position++;
                var line = (reader as IXmlLineInfo)?.LineNumber;
                IatiXmlNode element;
                try
                {
                    element = activityReader.Read();
                    reader.Read();
                }
                catch (XmlException e)
                {
                    throw Malformed(sourceName, position, lastId, e);
                }
                var activity = parser.Parse(element, position, line);
                activityReader.Release();
                lastId = activity.Identifier;
                yield return activity;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.Depth <= 1)
            {
                Advance(reader, sourceName, position, lastId, r => { r.Skip(); return true; });
            }
            else
            {
                Advance(reader, sourceName, position, lastId, r => r.Read());
            }
        }
    }

    private static T Advance<T>(XmlReader reader, string sourceName, int position, string? lastId, Func<XmlReader, T> step)
    {
        try
        {
            return step(reader);
        }
        catch (XmlException e)
        {
            throw Malformed(sourceName, position, lastId, e);
        }
    }

    private static MigDevDataException Malformed(string sourceName, int position, string? lastId, XmlException e) =>
        new(sourceName, position == 0 ? "/" : $"iati-activity[{position}]", lastId,
            new FormatException($"not well-formed XML at line {e.LineNumber}, position {e.LinePosition}" +
                (position == 0 ? "" : $", in or after activity {position}{(lastId is null ? "" : $" (after '{lastId}')")}") + $": {e.Message}", e));

    internal static LocalDate? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var span = text.AsSpan().Trim();
        // xsd:date may carry a zone ("2020-03-15Z", "2020-03-15+01:00"): the day is what matters.
        if (span.Length > 10 && (span[10] is 'Z' or '+' or '-'))
        {
            span = span[..10];
        }
        if (TryParseIsoDigits(span, out var day))
        {
            return day;
        }
        var result = IsoDate.Parse(span.ToString());
        // Years before 1 (which the ISO pattern reads) are no date an activity has: unreadable, like any other.
        return result.Success && result.Value.Year >= 1 ? result.Value : null;
    }

    // The usual case, yyyy-MM-dd in ASCII digits naming a day of years 1 to 9999, without the pattern's allocations;
    // anything else (unreadable, or another form the pattern may read) goes to the pattern.
    private static bool TryParseIsoDigits(ReadOnlySpan<char> s, out LocalDate date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-' || !TryDigits(s[..4], out var year) || !TryDigits(s[5..7], out var month) ||
            !TryDigits(s[8..], out var day) || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    // ASCII digits only: no sign, no space (NumberStyles.None, invariant digits).
    private static bool TryDigits(ReadOnlySpan<char> s, out int value) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    internal static bool TryParseDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
}
