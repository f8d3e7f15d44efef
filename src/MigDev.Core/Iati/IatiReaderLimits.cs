using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core.Iati;

/// <summary>
/// The limits an IATI file must keep to be read (<see cref="IatiReader"/>, and the <see cref="IatiImporter"/> methods
/// that read files): the size and the number of elements of one activity, the length of a tag and of a text, the depth
/// of nesting and the number of distinct names. A file beyond a limit is refused with a
/// <see cref="MigDevDataException"/> naming the limit, its value, the source, the line and the element, before more
/// of it is read, so that a broken or hostile file cannot take the memory or the time of the process.
/// </summary>
/// <remarks>
/// <para>The defaults fit every real file of the repository's <c>data/iati</c> (18 files from 47 publishers, and IOM's)
/// with a hundredfold room or more: their largest activity is 148,455 bytes and 2,582 elements, their longest tag 622
/// bytes, their longest text 14,506 characters, their deepest element 8 levels down, and a file names at most 133
/// distinct names (docs/iati.md, "Limits"). The limits hold whatever the file's size: a file of any number of
/// activities streams through <see cref="IatiReader.Read(Stream, string, IatiReaderLimits)"/> in memory bounded by
/// them.</para>
/// <para>Bytes are the bytes of the file as read (for a file in UTF-16 or UTF-32, and for a string, those of its text
/// in UTF-8). The reader counts them as the XML parser takes them in, which is up to 64 KiB ahead of the element it
/// gives: a limit in bytes holds to within that.</para>
/// <para>Immutable: set the limits with an object initializer, <c>new IatiReaderLimits { MaxTextLength = 5_000_000 }</c>.</para>
/// </remarks>
public sealed class IatiReaderLimits
{
    private readonly long _maxActivityBytes = 16L * 1024 * 1024;
    private readonly int _maxActivityElements = 100_000;
    private readonly int _maxTagBytes = 1024 * 1024;
    private readonly int _maxTextLength = 1_000_000;
    private readonly int _maxDepth = 64;
    private readonly int _maxNames = 10_000;

    /// <summary>Gets the default limits: activities of 16 MiB and 100,000 elements, tags of 1 MiB, texts of 1,000,000
    /// characters, 64 levels of nesting, 10,000 distinct names.</summary>
    public static IatiReaderLimits Default { get; } = new();

    /// <summary>Gets the most bytes of one <c>iati-activity</c>, from its start tag to its end tag, and of what lies
    /// before the first activity, between two, or after the last. Default 16 MiB; between 64 KiB and 1 TiB.</summary>
    /// <remarks>It bounds what the other limits cannot: a CDATA section or a comment full of <c>&lt;</c> and
    /// <c>&gt;</c>, which the XML parser reads whole, and the time spent in one activity.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 64 KiB to 1 TiB.</exception>
    public long MaxActivityBytes
    {
        get => _maxActivityBytes;
        init
        {
            Guard.Against.InvalidNumber(value is < 64 * 1024 or > 1024L * 1024 * 1024 * 1024, value, $"MaxActivityBytes must be between 64 KiB and 1 TiB, was {value}.", nameof(MaxActivityBytes));
            _maxActivityBytes = value;
        }
    }

    /// <summary>Gets the most elements in one <c>iati-activity</c>, at any depth, itself included. Default 100,000;
    /// between 100 and 2,147,483,647.</summary>
    /// <remarks>It bounds the memory of one activity: each budget or transaction read costs about a kilobyte with its
    /// findings.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 100 to <see cref="int.MaxValue"/>.</exception>
    public int MaxActivityElements
    {
        get => _maxActivityElements;
        init => _maxActivityElements = Guard.Against.OutOfRange(value, 100, int.MaxValue, nameof(MaxActivityElements));
    }

    /// <summary>Gets the most bytes of one tag, from its <c>&lt;</c> to the next <c>&gt;</c>: an element's name and
    /// attributes, an end tag; and of a comment or CDATA section in which no <c>&gt;</c> comes. Default 1 MiB; between
    /// 1 KiB and 1 GiB.</summary>
    /// <remarks>The XML parser holds a whole tag before it gives any of its attributes, so a long name or attribute value
    /// is refused as a long tag, after this many bytes, before it is held.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 KiB to 1 GiB.</exception>
    public int MaxTagBytes
    {
        get => _maxTagBytes;
        init => _maxTagBytes = Guard.Against.OutOfRange(value, 1024, 1024 * 1024 * 1024, nameof(MaxTagBytes));
    }

    /// <summary>Gets the most characters of the text of an element the reader keeps (an <c>iati-identifier</c>, a
    /// <c>narrative</c>, a <c>value</c>, all its text nodes together). Default 1,000,000; between 1,000 and
    /// 1,000,000,000.</summary>
    /// <remarks>The text is read in chunks and refused at the first chunk past the limit, never held whole. The text
    /// of an element the reader skips is never held: only <see cref="MaxActivityBytes"/> bounds it.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1,000 to 1,000,000,000.</exception>
    public int MaxTextLength
    {
        get => _maxTextLength;
        init => _maxTextLength = Guard.Against.OutOfRange(value, 1000, 1_000_000_000, nameof(MaxTextLength));
    }

    /// <summary>Gets the most levels of nested elements, the root element (<c>iati-activities</c>) being level 1: an
    /// activity's <c>transaction/provider-org/narrative</c> is level 5. Default 64; between 8 and 1,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 8 to 1,000,000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Guard.Against.OutOfRange(value, 8, 1_000_000, nameof(MaxDepth));
    }

    /// <summary>Gets the most distinct names in one file: element and attribute names, prefixes and namespace URIs,
    /// which the XML parser keeps for the whole read. Default 10,000; between 100 and 10,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 100 to 10,000,000.</exception>
    public int MaxNames
    {
        get => _maxNames;
        init => _maxNames = Guard.Against.OutOfRange(value, 100, 10_000_000, nameof(MaxNames));
    }
}
