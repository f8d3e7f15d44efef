using System.Globalization;
using System.Text;

namespace MigDev.Core.Iati;

/// <summary>Counts the bytes an IATI file gives the XML parser, as the parser takes them in, and refuses them as soon as
/// a tag or an activity goes beyond <see cref="IatiReaderLimits"/>: the parser holds a whole tag (name and attributes)
/// and a whole CDATA section before it gives any of it, so only the input can be stopped before a huge one is held.
/// It also finds where a DTD starts, which the parser's own error does not say.</summary>
/// <remarks>A tag is counted from a <c>&lt;</c> to the next <c>&gt;</c>, on the chunks the parser asks for, each at most
/// <see cref="ChunkBytes"/> (no more than the tag limit), so that a tag within one chunk is within the limit too: per
/// chunk, two vectorized searches and a count of line ends, nothing per node.</remarks>
internal sealed class IatiInputMeter
{
    private const int ExcerptBytes = 40;

    private readonly IatiReaderLimits _limits;
    private readonly byte[] _excerpt = new byte[ExcerptBytes];
    private long _total;
    private long _segmentStart;
    private int? _activityLine;
    private bool _inActivity;
    private int _line = 1;
    private int _column;
    private bool _inTag;
    private long _tagStart;
    private (int Line, int Column) _tagAt;
    private int _excerptLength;
    private bool _prolog = true;
    private int _doctypeMatched;
    private (int Line, int Column) _doctypeCandidate;

    public IatiInputMeter(IatiReaderLimits limits)
    {
        _limits = limits;
        ChunkBytes = Math.Min(64 * 1024, limits.MaxTagBytes);
    }

    /// <summary>Gets the most bytes the parser is given at once.</summary>
    public int ChunkBytes { get; }

    /// <summary>Gets the line and position of the <c>&lt;!DOCTYPE</c> seen in the prolog, if any.</summary>
    public (int Line, int Column)? Doctype { get; private set; }

    private static ReadOnlySpan<byte> DoctypeBytes => "<!DOCTYPE"u8;

    /// <summary>The parser is on the root element: a DTD can come no more.</summary>
    public void EndProlog() => _prolog = false;

    /// <summary>An activity starts (its start tag is read): its bytes are counted from here.</summary>
    /// <param name="line">The line of its start tag.</param>
    public void StartActivity(int? line)
    {
        _segmentStart = _total;
        _activityLine = line;
        _inActivity = true;
    }

    /// <summary>An activity ended: what follows, to the next one, is counted from here.</summary>
    public void EndActivity()
    {
        _segmentStart = _total;
        _inActivity = false;
    }

    /// <summary>Counts the bytes the parser takes in next.</summary>
    /// <param name="s">The bytes, at most <see cref="ChunkBytes"/>.</param>
    /// <exception cref="IatiLimitException">A tag or an activity goes beyond its limit.</exception>
    public void Take(ReadOnlySpan<byte> s)
    {
        if (_prolog && Doctype is null)
        {
            ScanProlog(s);
        }
        if (_inTag)
        {
            // The tag open at the end of the last chunk ends at the first '>' of this one, or goes on through it.
            var gt = s.IndexOf((byte)'>');
            CheckTag(_total + (gt < 0 ? s.Length : gt + 1));
        }
        var last = s.LastIndexOfAny((byte)'<', (byte)'>');
        if (last >= 0)
        {
            _inTag = s[last] == (byte)'<';
            if (_inTag)
            {
                _tagStart = _total + last;
                _tagAt = PositionOf(s, last);
                _excerptLength = Math.Min(ExcerptBytes, s.Length - last);
                s.Slice(last, _excerptLength).CopyTo(_excerpt);
            }
        }
        Advance(s);
        if (_inTag)
        {
            CheckTag(_total);
        }
        if (_total - _segmentStart > _limits.MaxActivityBytes)
        {
            throw new IatiLimitException(
                _inActivity ? $"the activity starting at line {_activityLine?.ToString(CultureInfo.InvariantCulture) ?? "?"}" : $"the XML outside activities, up to line {_line.ToString(CultureInfo.InvariantCulture)}",
                nameof(IatiReaderLimits.MaxActivityBytes), _limits.MaxActivityBytes, "bytes", null, null);
        }
    }

    private void CheckTag(long end)
    {
        if (end - _tagStart > _limits.MaxTagBytes)
        {
            var excerpt = Encoding.UTF8.GetString(_excerpt, 0, _excerptLength) + "…";
            throw new IatiLimitException(
                FormattableString.Invariant($"the tag '{excerpt}' at line {_tagAt.Line}, position {_tagAt.Column}"),
                nameof(IatiReaderLimits.MaxTagBytes), _limits.MaxTagBytes, "bytes", null, excerpt);
        }
    }

    // The line and position (in characters, from 1) of s[index], s being the bytes after those counted so far.
    private (int Line, int Column) PositionOf(ReadOnlySpan<byte> s, int index)
    {
        var before = s[..index];
        var newline = before.LastIndexOf((byte)'\n');
        return newline < 0
            ? (_line, _column + Encoding.UTF8.GetCharCount(before) + 1)
            : (_line + before.Count((byte)'\n'), Encoding.UTF8.GetCharCount(before[(newline + 1)..]) + 1);
    }

    private void Advance(ReadOnlySpan<byte> s)
    {
        var newline = s.LastIndexOf((byte)'\n');
        if (newline < 0)
        {
            _column += Encoding.UTF8.GetCharCount(s);
        }
        else
        {
            _line += s.Count((byte)'\n');
            _column = Encoding.UTF8.GetCharCount(s[(newline + 1)..]);
        }
        _total += s.Length;
    }

    // Looks for "<!DOCTYPE" in the prolog, also when a chunk ends within it.
    private void ScanProlog(ReadOnlySpan<byte> s)
    {
        if (_doctypeMatched > 0)
        {
            var rest = DoctypeBytes[_doctypeMatched..];
            var k = Math.Min(rest.Length, s.Length);
            if (s[..k].SequenceEqual(rest[..k]))
            {
                _doctypeMatched += k;
                if (_doctypeMatched == DoctypeBytes.Length)
                {
                    Doctype = _doctypeCandidate;
                }
                return;
            }
            _doctypeMatched = 0;
        }
        var at = s.IndexOf(DoctypeBytes);
        if (at >= 0)
        {
            Doctype = PositionOf(s, at);
            return;
        }
        for (var length = Math.Min(DoctypeBytes.Length - 1, s.Length); length > 0; length--)
        {
            if (s[^length..].SequenceEqual(DoctypeBytes[..length]))
            {
                _doctypeMatched = length;
                _doctypeCandidate = PositionOf(s, s.Length - length);
                return;
            }
        }
    }
}
