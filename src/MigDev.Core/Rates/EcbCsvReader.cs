namespace MigDev.Core;

/// <summary>
/// Reads the ECB's CSV (<c>eurofxref-hist.csv</c>, as in its zip, and the one-day <c>eurofxref.csv</c>): a header
/// <c>Date,USD,JPY,...</c>, then one line per publication date, newest first, each rate or <c>N/A</c>; every line may
/// end with a comma (the ECB's do). One pass over the bytes; a bad line is a <see cref="MigDevDataException"/> naming
/// its line, field, currency and value.
/// </summary>
internal sealed class EcbCsvReader
{
    private readonly string _sourceName;
    private readonly EcbFileLimits _limits;
    private CurrencyCode[] _currencies = [];
    private uint[] _cells = [];
    private int[] _days = [];
    private int _rows;
    private int _direction;

    private EcbCsvReader(string sourceName, EcbFileLimits limits)
    {
        _sourceName = sourceName;
        _limits = limits;
    }

    /// <summary>Reads a whole CSV file.</summary>
    /// <exception cref="MigDevDataException">The file is not the ECB's CSV, or breaks a limit.</exception>
    internal static EcbRateTable Read(ReadOnlySpan<byte> bytes, string sourceName, EcbFileLimits limits)
    {
        var reader = new EcbCsvReader(sourceName, limits);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        var lineNumber = 1;
        var headerEnd = bytes.IndexOf((byte)'\n');
        reader.ReadHeader(Line(bytes, headerEnd));
        bytes = headerEnd < 0 ? [] : bytes[(headerEnd + 1)..];
        reader.Allocate(bytes.Count((byte)'\n') + 1);
        while (!bytes.IsEmpty)
        {
            lineNumber++;
            var end = bytes.IndexOf((byte)'\n');
            var line = Line(bytes, end);
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            if (line.IsEmpty && (bytes.IsEmpty || bytes.TrimEnd("\r\n"u8).IsEmpty))
            {
                break;
            }
            reader.ReadRow(line, lineNumber);
        }
        return reader.Build(lineNumber);
    }

    private static ReadOnlySpan<byte> Line(ReadOnlySpan<byte> bytes, int end)
    {
        var line = end < 0 ? bytes : bytes[..end];
        return line.EndsWith("\r"u8) ? line[..^1] : line;
    }

    private void ReadHeader(ReadOnlySpan<byte> header)
    {
        var comma = header.IndexOf((byte)',');
        if (comma < 0 || !header[..comma].SequenceEqual("Date"u8))
        {
            throw Fail(1, 1, null, header[..Math.Max(comma, 0)], "the ECB's CSV begins with the header 'Date,USD,JPY,...'");
        }
        var codes = new List<CurrencyCode>();
        var rest = header[(comma + 1)..];
        for (var field = 2; !rest.IsEmpty; field++)
        {
            comma = rest.IndexOf((byte)',');
            var code = comma < 0 ? rest : rest[..comma];
            var currency = EcbText.Currency(code);
            if (currency.IsDefault || codes.Contains(currency))
            {
                throw Fail(1, field, null, code, currency.IsDefault ? "not an ISO 4217 currency code" : "the currency is in the header twice");
            }
            codes.Add(currency);
            rest = comma < 0 ? [] : rest[(comma + 1)..];
        }
        if (codes.Count == 0 || codes.Count > _limits.MaxCurrencies)
        {
            throw Fail(1, codes.Count + 1, null, header, $"the header must name 1 to {_limits.MaxCurrencies} currencies (EcbFileLimits.MaxCurrencies), names {codes.Count}");
        }
        _currencies = [.. codes];
    }

    private void Allocate(int lines)
    {
        var rows = Math.Min(lines, _limits.MaxPublications);
        _days = new int[rows];
        _cells = new uint[(long)rows * _currencies.Length];
    }

    private void ReadRow(ReadOnlySpan<byte> line, int lineNumber)
    {
        if (_rows == _limits.MaxPublications || _rows == _days.Length)
        {
            throw Fail(lineNumber, 1, null, [], $"the file has more than {_limits.MaxPublications} publication dates (EcbFileLimits.MaxPublications)");
        }
        var comma = line.IndexOf((byte)',');
        var dateText = comma < 0 ? line : line[..comma];
        if (!EcbText.TryParseDate(dateText, out var day))
        {
            throw Fail(lineNumber, 1, null, dateText, $"not {EcbText.DateRule}");
        }
        CheckOrder(day, lineNumber, dateText);
        var rest = comma < 0 ? [] : line[(comma + 1)..];
        var offset = _rows * _currencies.Length;
        for (var c = 0; c < _currencies.Length; c++)
        {
            comma = rest.IndexOf((byte)',');
            if (comma < 0 && c < _currencies.Length - 1)
            {
                throw Fail(lineNumber, c + 2, c, rest, $"the line has {c + 2} fields, the header {_currencies.Length + 1}");
            }
            var field = comma < 0 ? rest : rest[..comma];
            if (!EcbText.IsNotAvailable(field) && !EcbText.TryParseRate(field, out _cells[offset + c]))
            {
                throw Fail(lineNumber, c + 2, c, field, $"not {EcbText.RateRule}");
            }
            rest = comma < 0 ? [] : rest[(comma + 1)..];
        }
        if (!rest.IsEmpty)
        {
            throw Fail(lineNumber, _currencies.Length + 2, null, rest, $"the line has more fields than the header's {_currencies.Length + 1}");
        }
        _days[_rows++] = day;
    }

    // The ECB writes newest first; ascending is read too. Either way each date once, in order.
    private void CheckOrder(int day, int lineNumber, ReadOnlySpan<byte> dateText)
    {
        if (_rows == 0)
        {
            return;
        }
        var step = Math.Sign(day - _days[_rows - 1]);
        if (step == 0 || (_direction != 0 && step != _direction))
        {
            throw Fail(lineNumber, 1, null, dateText, step == 0 ? "the date is on the line before too" : "the dates are not in order (each date once, newest first or oldest first)");
        }
        _direction = step;
    }

    private EcbRateTable Build(int lastLine)
    {
        if (_rows == 0)
        {
            throw Fail(lastLine, 1, null, [], "the file has no publication date");
        }
        var count = _rows;
        var descending = _direction < 0;
        var days = new int[count];
        for (var r = 0; r < count; r++)
        {
            days[descending ? count - 1 - r : r] = _days[r];
        }
        var packed = new uint[_currencies.Length][];
        for (var c = 0; c < _currencies.Length; c++)
        {
            var column = new uint[count];
            for (var r = 0; r < count; r++)
            {
                column[descending ? count - 1 - r : r] = _cells[(r * _currencies.Length) + c];
            }
            packed[c] = column;
        }
        return new EcbRateTable(days, _currencies, packed);
    }

    private MigDevDataException Fail(int line, int field, int? column, ReadOnlySpan<byte> value, string reason)
    {
        var where = column is { } c ? $"line {line}, field {field} ({_currencies[c].Code})" : $"line {line}, field {field}";
        var text = System.Text.Encoding.UTF8.GetString(value.Length > 80 ? value[..80] : value);
        return new MigDevDataException(_sourceName, where, text, new InvalidDataException(reason));
    }
}
