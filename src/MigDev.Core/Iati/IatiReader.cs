using System.Collections.Immutable;
using System.Globalization;
using System.Text;
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
/// <para>A file must keep the <see cref="IatiReaderLimits"/> given (the size and elements of an activity, the length of
/// a tag and of a text, the depth, the distinct names): beyond one, the read stops with a
/// <see cref="MigDevDataException"/> naming the limit, before the offending part is held in memory.</para>
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
    /// <param name="limits">The limits the file must keep; <see langword="null"/> for <see cref="IatiReaderLimits.Default"/>.</param>
    /// <returns>The activities, read lazily as the sequence is enumerated; the file is open until the enumeration ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">While enumerating: the file is not well-formed XML or not IATI activities,
    /// or goes beyond a limit (the message names it, its value, the line and the element).</exception>
    public static IEnumerable<IatiActivity> ReadFile(string path, IatiReaderLimits? limits = null)
    {
        Guard.Against.Null(path);
        return ReadFileIterator(path, limits ?? IatiReaderLimits.Default);

        static IEnumerable<IatiActivity> ReadFileIterator(string path, IatiReaderLimits limits)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            foreach (var activity in ReadIterator(stream, path, limits))
            {
                yield return activity;
            }
        }
    }

    /// <summary>Reads the activities of a stream, in memory bounded by the limits however long the stream.</summary>
    /// <param name="stream">The XML; not closed.</param>
    /// <param name="sourceName">A name for the source in errors, such as a file name.</param>
    /// <param name="limits">The limits the stream must keep; <see langword="null"/> for <see cref="IatiReaderLimits.Default"/>.</param>
    /// <returns>The activities, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">While enumerating: the stream is not well-formed XML or not IATI activities,
    /// or goes beyond a limit (the message names it, its value, the line and the element).</exception>
    public static IEnumerable<IatiActivity> Read(Stream stream, string sourceName = "stream", IatiReaderLimits? limits = null)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(sourceName);
        return ReadIterator(stream, sourceName, limits ?? IatiReaderLimits.Default);
    }

    /// <summary>Reads the activities of an XML text, its bytes counted for the limits as the text's in UTF-8.</summary>
    /// <param name="xml">The XML.</param>
    /// <param name="sourceName">A name for the source in errors.</param>
    /// <param name="limits">The limits the text must keep; <see langword="null"/> for <see cref="IatiReaderLimits.Default"/>.</param>
    /// <returns>The activities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> or <paramref name="sourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">The text is not well-formed XML or not IATI activities, or goes beyond a
    /// limit (the message names it, its value, the line and the element).</exception>
    public static ImmutableArray<IatiActivity> Parse(string xml, string sourceName = "text", IatiReaderLimits? limits = null)
    {
        Guard.Against.Null(xml);
        Guard.Against.Null(sourceName);
        limits ??= IatiReaderLimits.Default;
        var meter = new IatiInputMeter(limits);
        using var text = new IatiMeteredTextReader(new StringReader(xml), meter);
        using var reader = XmlReader.Create(text, Settings(limits));
        return [.. ReadCore(reader, meter, sourceName, limits)];
    }

    private static XmlReaderSettings Settings(IatiReaderLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
        NameTable = new IatiNameTable(limits.MaxNames),
    };

    private static IEnumerable<IatiActivity> ReadIterator(Stream stream, string sourceName, IatiReaderLimits limits)
    {
        var meter = new IatiInputMeter(limits);
        using var reader = Open(stream, meter, Settings(limits));
        foreach (var activity in ReadCore(reader, meter, sourceName, limits))
        {
            yield return activity;
        }
    }

    // The XML parser over the metered stream. The meter counts bytes where '<', '>' and a line end are one byte each
    // (UTF-8, ASCII, the ISO 8859 and Windows code pages); a file in UTF-16 or UTF-32, told by its first bytes as the XML
    // specification's appendix F tells them, is decoded here and counted as its text in UTF-8.
    private static XmlReader Open(Stream stream, IatiInputMeter meter, XmlReaderSettings settings)
    {
        var head = new byte[4];
        head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        Encoding? wide = head switch
        {
            [0x00, 0x00, 0xFE, 0xFF] or [0x00, 0x00, 0x00, 0x3C] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            [0xFF, 0xFE, 0x00, 0x00] or [0x3C, 0x00, 0x00, 0x00] => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            [0xFE, 0xFF, ..] or [0x00, 0x3C, 0x00, 0x3F] => Encoding.BigEndianUnicode,
            [0xFF, 0xFE, ..] or [0x3C, 0x00, 0x3F, 0x00] => Encoding.Unicode,
            _ => null,
        };
        if (wide is null)
        {
            return XmlReader.Create(new IatiMeteredStream(stream, head, meter, meter.ChunkBytes), settings);
        }
        var text = new StreamReader(new IatiMeteredStream(stream, head, null, meter.ChunkBytes), wide, detectEncodingFromByteOrderMarks: true, 4096, leaveOpen: true);
        return XmlReader.Create(new IatiMeteredTextReader(text, meter), settings);
    }

    private static IEnumerable<IatiActivity> ReadCore(XmlReader reader, IatiInputMeter meter, string sourceName, IatiReaderLimits limits)
    {
        var position = 0;
        string? lastId = null;
        var activityReader = new IatiActivityXmlReader(reader, limits);
        var parser = new IatiActivityParser();
        if (!Root(reader, meter, sourceName))
        {
            yield break;
        }
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth <= 1 && reader.LocalName == "iati-activity")
            {
                position++;
                var line = (reader as IXmlLineInfo)?.LineNumber;
                if (reader.NamespaceURI.Length != 0)
                {
                    throw Foreign(reader, sourceName, position, lastId);
                }
                meter.StartActivity(line);
                IatiXmlNode element;
                try
                {
                    element = activityReader.Read();
                }
                catch (XmlException e)
                {
                    throw Malformed(sourceName, position, lastId, e);
                }
                catch (IatiLimitException e)
                {
                    throw Beyond(sourceName, position, lastId, inActivity: true, e);
                }
                meter.EndActivity();
                var activity = parser.Parse(element, position, line, activityReader.NestedActivityLines);
                activityReader.Release();
                lastId = activity.Identifier;
                Advance(reader, sourceName, position, lastId, r => r.Read());
                yield return activity;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.Depth <= 1)
            {
                var wrapper = reader.Name;
                if (Advance(reader, sourceName, position, lastId, _ => activityReader.Skip(topLevel: true)) is { } at)
                {
                    throw Wrapped(sourceName, position, lastId, wrapper, at);
                }
            }
            else
            {
                Advance(reader, sourceName, position, lastId, r => r.Read());
            }
        }
    }

    // Moves to the root element, which must be iati-activities or iati-activity in no namespace.
    private static void Prolog(XmlReader reader, IatiInputMeter meter, string sourceName)
    {
        XmlNodeType root;
        try
        {
            root = reader.MoveToContent();
        }
        catch (XmlException e) when (meter.Doctype is { } doctype && e.LineNumber == 0)
        {
            // The parser refuses a DTD without saying where it is; the meter saw it.
            throw new MigDevDataException(sourceName, "/", null, new FormatException(FormattableString.Invariant(
                $"DTDs are refused: the document has a <!DOCTYPE at line {doctype.Line}, position {doctype.Column}. IATI files need none, and a DTD can declare entities that expand without bound."), e));
        }
        catch (XmlException e)
        {
            throw Malformed(sourceName, 0, null, e);
        }
        catch (IatiLimitException e)
        {
            throw Beyond(sourceName, 0, null, inActivity: false, e);
        }
        meter.EndProlog();
        if (root != XmlNodeType.Element || reader.NamespaceURI.Length != 0 || reader.LocalName is not ("iati-activities" or "iati-activity"))
        {
            var what = reader.NamespaceURI.Length == 0 ? $"'{reader.Name}'" : $"'{reader.LocalName}' in namespace '{reader.NamespaceURI}'";
            throw new MigDevDataException(sourceName, "/", reader.LocalName,
                new FormatException($"the root element is {what}, not 'iati-activities' or 'iati-activity' in no namespace: not IATI activity data (IATI elements have no namespace)."));
        }
    }

    // Moves into the root: false when there is nothing in it (an empty iati-activities).
    private static bool Root(XmlReader reader, IatiInputMeter meter, string sourceName)
    {
        Prolog(reader, meter, sourceName);
        if (reader.LocalName != "iati-activities")
        {
            return true;
        }
        CheckVersion(reader, sourceName);
        if (reader.IsEmptyElement)
        {
            return false;
        }
        Advance(reader, sourceName, 0, null, r => r.Read());
        return true;
    }

    private static void CheckVersion(XmlReader reader, string sourceName)
    {
        var version = reader.GetAttribute("version");
        if (!ReadableVersions.Contains(version?.Trim() ?? ""))
        {
            throw new MigDevDataException(sourceName, "/iati-activities/@version", version,
                new FormatException((version is null ? "no IATI version (@version is required)" : $"IATI version '{version}'") +
                    ": this reader reads the Activity Standard 2.01, 2.02 and 2.03 only."));
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
        catch (IatiLimitException e)
        {
            throw Beyond(sourceName, position, lastId, inActivity: false, e);
        }
    }

    private static string Where(int position, string? lastId) =>
        position == 0 ? "" : $", in or after activity {position}{(lastId is null ? "" : $" (after '{lastId}')")}";

    private static MigDevDataException Malformed(string sourceName, int position, string? lastId, XmlException e) =>
        new(sourceName, position == 0 ? "/" : $"iati-activity[{position}]", lastId,
            new FormatException((e.LineNumber == 0 ? "not well-formed XML" : $"not well-formed XML at line {e.LineNumber}, position {e.LinePosition}") +
                Where(position, lastId) + $": {e.Message}", e));

    // A limit broken: the path is the activity's (and the element's, when known), the value the start of the offending text.
    private static MigDevDataException Beyond(string sourceName, int position, string? lastId, bool inActivity, IatiLimitException e)
    {
        var path = position == 0 ? "/" : inActivity && e.Element is { Length: > 0 } element ? $"iati-activity[{position}]/{element}" : $"iati-activity[{position}]";
        var where = inActivity ? $" (activity {position}{(lastId is null ? "" : $", after '{lastId}'")})" : Where(position, lastId);
        return new MigDevDataException(sourceName, path, e.Excerpt, new InvalidDataException(e.Message.Replace(": the read stops here", where + ": the read stops here", StringComparison.Ordinal), e));
    }

    private static MigDevDataException Foreign(XmlReader reader, string sourceName, int position, string? lastId)
    {
        var info = reader as IXmlLineInfo;
        return new MigDevDataException(sourceName, $"iati-activity[{position}]", reader.NamespaceURI, new FormatException(FormattableString.Invariant(
            $"the '{reader.Name}' at line {info?.LineNumber}, position {info?.LinePosition} is in namespace '{reader.NamespaceURI}': IATI elements have no namespace, so it is not an IATI activity, and it is not read rather than skipped silently{Where(position - 1, lastId)}. Remove the namespace (xmlns) if it is one.")));
    }

    private static MigDevDataException Wrapped(string sourceName, int position, string? lastId, string wrapper, (int Line, int Column) at) =>
        new(sourceName, position == 0 ? "/" : $"iati-activity[{position}]", wrapper, new FormatException(FormattableString.Invariant(
            $"an iati-activity at line {at.Line}, position {at.Column} is inside '{wrapper}', not a child of the root: IATI puts each activity directly in iati-activities, so it is not read rather than skipped silently{Where(position, lastId)}.")));

    internal static LocalDate? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var span = text.AsSpan().Trim();
        // xsd:date may carry a zone ("2020-03-15Z", "2020-03-15+01:00"): the day is what matters, but only a zone
        // xsd:date allows (Z, or ±hh:mm from -14:00 to +14:00) makes the text a date.
        if (span.Length > 10)
        {
            if (!IsZone(span[10..]))
            {
                return null;
            }
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

    private static bool IsZone(ReadOnlySpan<char> z) =>
        z is "Z" || (z.Length == 6 && z[0] is '+' or '-' && z[3] == ':' && TryDigits(z[1..3], out var hours) && TryDigits(z[4..], out var minutes)
            && minutes < 60 && (hours < 14 || (hours == 14 && minutes == 0)));

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

    /// <summary>Whether <paramref name="value"/>, which <see cref="TryParseDecimal"/> read from <paramref name="text"/>,
    /// is the number the text writes: <see cref="decimal"/> holds 28 to 29 significant digits and 28 decimals, and
    /// parsing rounds the rest away (<c>1.00000000000000000000000000000001</c> is 1, <c>0.000000000000000000000000000001</c>
    /// is 0). Up to 28 digits and 28 decimals it always holds; beyond, the digits are compared.</summary>
    internal static bool IsExact(string text, decimal value)
    {
        Digits(text.AsSpan().Trim(), out var integer, out var fraction);
        return integer.Length + fraction.Length <= 28 && fraction.Length <= 28
            || Canonical(text.AsSpan().Trim()) == Canonical(value.ToString(CultureInfo.InvariantCulture));
    }

    // A decimal number's significant integer digits (no leading zeros) and decimals (no trailing zeros), and its sign.
    private static bool Digits(ReadOnlySpan<char> s, out ReadOnlySpan<char> integer, out ReadOnlySpan<char> fraction)
    {
        var negative = s.StartsWith("-");
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            s = s[1..];
        }
        var point = s.IndexOf('.');
        integer = (point < 0 ? s : s[..point]).TrimStart('0');
        fraction = point < 0 ? [] : s[(point + 1)..].TrimEnd('0');
        return negative;
    }

    private static string Canonical(ReadOnlySpan<char> s)
    {
        var negative = Digits(s, out var integer, out var fraction);
        if (integer.IsEmpty && fraction.IsEmpty)
        {
            return "0";
        }
        return $"{(negative ? "-" : "")}{(integer.IsEmpty ? "0" : integer)}{(fraction.IsEmpty ? "" : ".")}{fraction}";
    }
}
