using System.Xml;

namespace MigDev.Core;

/// <summary>
/// Reads the ECB's XML feeds (<c>eurofxref-daily.xml</c>, <c>eurofxref-hist-90d.xml</c>, <c>eurofxref-hist.xml</c>):
/// a <c>gesmes:Envelope</c> holding <c>&lt;Cube&gt;</c>, which holds one <c>&lt;Cube time='2026-04-13'&gt;</c> per
/// publication date, newest first, each holding <c>&lt;Cube currency='USD' rate='1.1684'/&gt;</c> per currency
/// published that day (a currency not published is left out, where the CSV writes <c>N/A</c>). A bad element is a
/// <see cref="MigDevDataException"/> naming the element, its line and position, and the value.
/// </summary>
internal sealed class EcbXmlReader
{
    internal const string GesmesNamespace = "http://www.gesmes.org/xml/2002-08-01";
    internal const string EurofxrefNamespace = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";

    private readonly XmlReader _xml;
    private readonly string _sourceName;
    private readonly EcbFileLimits _limits;
    private readonly string _cube;
    private readonly string _eurofxref;
    private readonly List<int> _days = [];
    private readonly List<int> _rowStarts = [];
    private readonly List<byte> _columns = [];
    private readonly List<uint> _values = [];
    private readonly List<CurrencyCode> _currencies = [];
    private readonly sbyte[] _columnByCurrency = new sbyte[Iso4217Table.Count + 1];
    private string _time = "";
    private UInt128 _seenInDate;
    private int _direction;

    private EcbXmlReader(XmlReader xml, string sourceName, EcbFileLimits limits)
    {
        _xml = xml;
        _sourceName = sourceName;
        _limits = limits;
        _cube = xml.NameTable.Add("Cube");
        _eurofxref = xml.NameTable.Add(EurofxrefNamespace);
        Array.Fill(_columnByCurrency, (sbyte)-1);
    }

    /// <summary>Reads a whole XML feed.</summary>
    /// <exception cref="MigDevDataException">The file is not well-formed XML, not the ECB's layout, or breaks a limit.</exception>
    internal static EcbRateTable Read(Stream stream, string sourceName, EcbFileLimits limits)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = limits.MaxFileBytes,
            CloseInput = false,
            NameTable = new NameTable(),
        };
        using var xml = XmlReader.Create(stream, settings);
        var reader = new EcbXmlReader(xml, sourceName, limits);
        try
        {
            reader.ReadEnvelope();
        }
        catch (XmlException e)
        {
            throw new MigDevDataException(sourceName, $"line {e.LineNumber}, position {e.LinePosition}", null, e);
        }
        return reader.Build();
    }

    private void ReadEnvelope()
    {
        _xml.MoveToContent();
        if (_xml.NodeType != XmlNodeType.Element || _xml.LocalName != "Envelope" || _xml.NamespaceURI != GesmesNamespace)
        {
            throw Fail(_xml.Name, null, $"the ECB's XML has the root element gesmes:Envelope ({GesmesNamespace})");
        }
        while (_xml.Read())
        {
            if (_xml.NodeType != XmlNodeType.Element || !ReferenceEquals(_xml.LocalName, _cube) || !ReferenceEquals(_xml.NamespaceURI, _eurofxref))
            {
                continue;
            }
            if (_xml.GetAttribute("time") is { } time)
            {
                StartDate(time);
            }
            else if (_xml.GetAttribute("currency") is { } currency)
            {
                AddRate(currency, _xml.GetAttribute("rate"));
            }
        }
    }

    private void StartDate(string time)
    {
        _time = time;
        if (!EcbText.TryParseDate(time.AsSpan(), out var day))
        {
            throw Fail($"Cube[@time='{time}']", time, $"@time is not {EcbText.DateRule}");
        }
        if (_days.Count == _limits.MaxPublications)
        {
            throw Fail($"Cube[@time='{time}']", time, $"the file has more than {_limits.MaxPublications} publication dates (EcbFileLimits.MaxPublications)");
        }
        if (_days.Count > 0)
        {
            var step = Math.Sign(day - _days[^1]);
            if (step == 0 || (_direction != 0 && step != _direction))
            {
                throw Fail($"Cube[@time='{time}']", time, step == 0 ? "the date is on the Cube before too" : "the dates are not in order (each date once, newest first or oldest first)");
            }
            _direction = step;
        }
        _days.Add(day);
        _rowStarts.Add(_values.Count);
        _seenInDate = UInt128.Zero;
    }

    private void AddRate(string code, string? rate)
    {
        if (_days.Count == 0)
        {
            throw Fail($"Cube[@currency='{code}']", code, "a rate must be inside a Cube with @time");
        }
        if (!CurrencyCode.TryParse(code, out var currency))
        {
            throw Fail(RateElement(code), code, "@currency is not an ISO 4217 currency code");
        }
        if (rate is null || !EcbText.TryParseRate(rate.AsSpan(), out var packed))
        {
            throw Fail(RateElement(code) + "/@rate", rate, $"@rate is not {EcbText.RateRule}");
        }
        var column = ColumnOf(currency, code);
        var bit = UInt128.One << column;
        if ((_seenInDate & bit) != 0)
        {
            throw Fail(RateElement(code), code, "the currency is in this Cube twice");
        }
        _seenInDate |= bit;
        _columns.Add((byte)column);
        _values.Add(packed);
    }

    private string RateElement(string code) => $"Cube[@time='{_time}']/Cube[@currency='{code}']";

    private int ColumnOf(CurrencyCode currency, string code)
    {
        var column = _columnByCurrency[currency.Index];
        if (column >= 0)
        {
            return column;
        }
        if (_currencies.Count == _limits.MaxCurrencies)
        {
            throw Fail(RateElement(code), code, $"the file has more than {_limits.MaxCurrencies} currencies (EcbFileLimits.MaxCurrencies)");
        }
        _currencies.Add(currency);
        _columnByCurrency[currency.Index] = (sbyte)(_currencies.Count - 1);
        return _currencies.Count - 1;
    }

    private EcbRateTable Build()
    {
        if (_days.Count == 0 || _currencies.Count == 0)
        {
            throw Fail("gesmes:Envelope", null, "the file has no Cube with @time and a rate");
        }
        var count = _days.Count;
        var descending = _direction < 0;
        var days = new int[count];
        var packed = new uint[_currencies.Count][];
        for (var c = 0; c < packed.Length; c++)
        {
            packed[c] = new uint[count];
        }
        for (var r = 0; r < count; r++)
        {
            var index = descending ? count - 1 - r : r;
            days[index] = _days[r];
            var end = r + 1 < count ? _rowStarts[r + 1] : _values.Count;
            for (var i = _rowStarts[r]; i < end; i++)
            {
                packed[_columns[i]][index] = _values[i];
            }
        }
        return new EcbRateTable(days, [.. _currencies], packed);
    }

    private MigDevDataException Fail(string element, string? value, string reason)
    {
        var where = _xml is IXmlLineInfo info && info.HasLineInfo() && _xml.NodeType != XmlNodeType.None
            ? $"element {element} (line {info.LineNumber}, position {info.LinePosition})"
            : $"element {element}";
        return new MigDevDataException(_sourceName, where, value, new InvalidDataException(reason));
    }
}
