using System.Buffers;

namespace MigDev.Core;

/// <summary>
/// Reads the ECB's XML feeds in their exact published layout straight from the UTF-8 bytes, without a string per
/// attribute: an optional BOM and XML declaration (version 1.0, encoding UTF-8), then
/// <c>&lt;gesmes:Envelope xmlns:gesmes="…" xmlns="…"&gt;</c>, <c>gesmes:</c> elements of plain text, one
/// <c>&lt;Cube&gt;</c> holding <c>&lt;Cube time='yyyy-MM-dd'&gt;</c> elements, each holding
/// <c>&lt;Cube currency='USD' rate='1.1684'/&gt;</c> elements (single or double quotes, any whitespace between
/// the markup, ASCII only). Anything else (a comment, an entity, CDATA, another attribute or attribute order, a
/// namespace written otherwise, a DTD), and every error (a bad date, currency or rate, a repeat, a date out of order,
/// a limit), gives <see langword="null"/>: the caller then reads the bytes with <see cref="System.Xml.XmlReader"/>
/// (<see cref="EcbXmlReader"/>), which gives the same table for everything accepted here and reports each error with
/// its element, line, position and value.
/// </summary>
internal ref struct EcbXmlScanner
{
    private static readonly SearchValues<byte> NameBytes = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"u8);
    private static readonly SearchValues<byte> NotInText = SearchValues.Create("&>]"u8);

    private readonly ReadOnlySpan<byte> _bytes;
    private readonly EcbXmlRows _rows;
    private int _at;

    private EcbXmlScanner(ReadOnlySpan<byte> bytes, EcbXmlRows rows)
    {
        _bytes = bytes;
        _rows = rows;
    }

    /// <summary>Reads a whole feed in the ECB's layout; <see langword="null"/> for anything else or any error.</summary>
    internal static EcbRateTable? TryRead(ReadOnlySpan<byte> bytes, EcbFileLimits limits)
    {
        // About 40 bytes per rate in the ECB's layout: room for all of them.
        var scanner = new EcbXmlScanner(bytes, new EcbXmlRows(limits, bytes.Length / 32));
        return scanner.Prolog() && scanner.Header() && scanner.Dates() && scanner.End() && scanner._rows.CanBuild
            ? scanner._rows.Build()
            : null;
    }

    // BOM? XMLDecl? S? '<gesmes:Envelope' S 'xmlns:gesmes=' Q gesmes Q S 'xmlns=' Q eurofxref Q S? '>'
    private bool Prolog()
    {
        Skip("\uFEFF"u8);
        if (_bytes[_at..].StartsWith("<?xml"u8) && !Declaration())
        {
            return false;
        }
        SkipWhitespace();
        return Skip("<gesmes:Envelope"u8) && SkipRequiredWhitespace()
            && Attribute("xmlns:gesmes"u8, out var gesmes) && gesmes.SequenceEqual("http://www.gesmes.org/xml/2002-08-01"u8)
            && SkipRequiredWhitespace()
            && Attribute("xmlns"u8, out var eurofxref) && eurofxref.SequenceEqual("http://www.ecb.int/vocabulary/2002-08-01/eurofxref"u8)
            && SkipWhitespace() && Skip(">"u8);
    }

    // '<?xml' S 'version' Eq Q '1.0' Q (S 'encoding' Eq Q 'UTF-8' Q)? S? '?>'
    private bool Declaration()
    {
        if (!Skip("<?xml"u8) || !SkipRequiredWhitespace() || !Attribute("version"u8, out var version) || !version.SequenceEqual("1.0"u8))
        {
            return false;
        }
        var save = _at;
        if (SkipRequiredWhitespace() && _bytes[_at..].StartsWith("encoding"u8))
        {
            if (!Attribute("encoding"u8, out var encoding) || !(encoding.SequenceEqual("UTF-8"u8) || encoding.SequenceEqual("utf-8"u8)))
            {
                return false;
            }
        }
        else
        {
            _at = save;
        }
        SkipWhitespace();
        return Skip("?>"u8);
    }

    // The envelope's gesmes: elements up to '<Cube>': start, end and empty tags without attributes, matched, at most
    // four deep, holding printable ASCII text without '&', '<', '>' or ']'.
    private bool Header()
    {
        Span<(int Start, int Length)> open = stackalloc (int, int)[4];
        var depth = 0;
        while (true)
        {
            SkipWhitespace();
            if (depth == 0 && Skip("<Cube>"u8))
            {
                return true;
            }
            if (Skip("</gesmes:"u8))
            {
                if (depth == 0 || !Name(out var start, out var length) || !_bytes.Slice(start, length).SequenceEqual(_bytes.Slice(open[depth - 1].Start, open[depth - 1].Length)))
                {
                    return false;
                }
                depth--;
                if (!SkipWhitespace() || !Skip(">"u8))
                {
                    return false;
                }
            }
            else if (Skip("<gesmes:"u8))
            {
                if (depth == open.Length || !Name(out var start, out var length) || !SkipWhitespace())
                {
                    return false;
                }
                if (Skip(">"u8))
                {
                    open[depth++] = (start, length);
                }
                else if (!Skip("/>"u8))
                {
                    return false;
                }
            }
            else if (depth == 0 || !Text())
            {
                return false;
            }
        }
    }

    // A name after 'gesmes:': an ASCII letter, then ASCII letters and digits.
    private bool Name(out int start, out int length)
    {
        start = _at;
        var rest = _bytes[_at..];
        length = rest.IndexOfAnyExcept(NameBytes);
        if (length <= 0 || !char.IsAsciiLetter((char)rest[0]))
        {
            return false;
        }
        _at += length;
        return true;
    }

    private bool Text()
    {
        var rest = _bytes[_at..];
        var end = rest.IndexOf((byte)'<');
        if (end <= 0)
        {
            return false;
        }
        var text = rest[..end];
        if (!OnlyAsciiOrWhitespace(text) || text.IndexOfAny(NotInText) >= 0)
        {
            return false;
        }
        _at += end;
        return true;
    }

    private static bool OnlyAsciiOrWhitespace(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is (< 0x20 or > 0x7E) and not ((byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }
        return true;
    }

    // ( '<Cube' S 'time=' Q date Q S? '>' ( '<Cube' S 'currency=' Q code Q S 'rate=' Q rate Q S? '/>' )* '</Cube' S? '>' )* '</Cube' S? '>'
    private bool Dates()
    {
        while (true)
        {
            SkipWhitespace();
            if (EndCube())
            {
                return true;
            }
            if (!Skip("<Cube"u8) || !SkipRequiredWhitespace() || !Attribute("time"u8, out var time) || !SkipWhitespace() || !Skip(">"u8)
                || !EcbText.TryParseDate(time, out var day) || _rows.StartDate(day) != EcbXmlRowFault.None || !Rates())
            {
                return false;
            }
        }
    }

    private bool Rates()
    {
        while (true)
        {
            SkipWhitespace();
            var length = RateAsPublished(_bytes[_at..], out var currency, out var packed);
            if (length > 0)
            {
                _at += length;
            }
            else if (EndCube())
            {
                return true;
            }
            else if (!Rate(out currency, out packed))
            {
                return false;
            }
            if (_rows.AddRate(currency, packed) != EcbXmlRowFault.None)
            {
                return false;
            }
        }
    }

    // The rate as the ECB writes it, read in one go: '<Cube currency=' Q code Q ' rate=' Q rate Q '/>'; its length,
    // or 0 when written otherwise (then read by Rate) or not a currency and a rate.
    private static int RateAsPublished(ReadOnlySpan<byte> bytes, out CurrencyCode currency, out uint packed)
    {
        currency = default;
        packed = 0;
        if (bytes.Length < 32 || !bytes.StartsWith("<Cube currency="u8))
        {
            return 0;
        }
        var quote = bytes[15];
        if (quote is not ((byte)'"' or (byte)'\'') || bytes[19] != quote || !bytes.Slice(20, 6).SequenceEqual(" rate="u8) || bytes[26] != quote)
        {
            return 0;
        }
        var rate = bytes.Slice(27, Math.Min(bytes.Length - 27, 16));
        var length = rate.IndexOf(quote);
        if (length < 0 || 27 + length + 3 > bytes.Length || bytes[27 + length + 1] != '/' || bytes[27 + length + 2] != '>')
        {
            return 0;
        }
        currency = EcbText.Currency(bytes.Slice(16, 3));
        return !currency.IsDefault && EcbText.TryParseRate(rate[..length], out packed) ? 27 + length + 3 : 0;
    }

    // '<Cube' S 'currency=' Q code Q S 'rate=' Q rate Q S? '/>', with any whitespace the XML allows.
    private bool Rate(out CurrencyCode currency, out uint packed)
    {
        currency = default;
        packed = 0;
        if (!Skip("<Cube"u8) || !SkipRequiredWhitespace() || !Attribute("currency"u8, out var code)
            || !SkipRequiredWhitespace() || !Attribute("rate"u8, out var rate) || !SkipWhitespace() || !Skip("/>"u8))
        {
            return false;
        }
        currency = EcbText.Currency(code);
        return !currency.IsDefault && EcbText.TryParseRate(rate, out packed);
    }

    private bool EndCube()
    {
        if (!_bytes[_at..].StartsWith("</Cube"u8))
        {
            return false;
        }
        _at += 6;
        SkipWhitespace();
        return Skip(">"u8);
    }

    // S? '</gesmes:Envelope' S? '>' S? and the end of the bytes.
    private bool End()
    {
        SkipWhitespace();
        if (!Skip("</gesmes:Envelope"u8))
        {
            return false;
        }
        SkipWhitespace();
        if (!Skip(">"u8))
        {
            return false;
        }
        SkipWhitespace();
        return _at == _bytes.Length;
    }

    // name S? '=' S? quote value quote, the value between the quotes (no '<', '&' or the quote in it is checked by
    // the caller's parse: digits, letters, '-', '.' or an exact text).
    private bool Attribute(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (!Skip(name))
        {
            return false;
        }
        SkipWhitespace();
        if (!Skip("="u8))
        {
            return false;
        }
        SkipWhitespace();
        if (_at >= _bytes.Length || _bytes[_at] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }
        var quote = _bytes[_at++];
        var length = _bytes[_at..].IndexOf(quote);
        if (length < 0)
        {
            return false;
        }
        value = _bytes.Slice(_at, length);
        _at += length + 1;
        return true;
    }

    private bool Skip(ReadOnlySpan<byte> literal)
    {
        if (!_bytes[_at..].StartsWith(literal))
        {
            return false;
        }
        _at += literal.Length;
        return true;
    }

    // Always true, to chain.
    private bool SkipWhitespace()
    {
        while (_at < _bytes.Length && _bytes[_at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _at++;
        }
        return true;
    }

    private bool SkipRequiredWhitespace()
    {
        var start = _at;
        SkipWhitespace();
        return _at > start;
    }
}
