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
    private readonly EcbXmlRows _rows;
    private string _time = "";

    private EcbXmlReader(XmlReader xml, string sourceName, EcbFileLimits limits)
    {
        _xml = xml;
        _sourceName = sourceName;
        _limits = limits;
        _cube = xml.NameTable.Add("Cube");
        _eurofxref = xml.NameTable.Add(EurofxrefNamespace);
        _rows = new EcbXmlRows(limits);
    }

    /// <summary>Reads a whole XML feed from its bytes: the ECB's exact layout with <see cref="EcbXmlScanner"/>,
    /// anything else (and every error, so that each is reported as <see cref="XmlReader"/> finds it) with
    /// <see cref="XmlReader"/>. Both give the same table.</summary>
    /// <exception cref="MigDevDataException">The file is not well-formed XML, not the ECB's layout, or breaks a limit.</exception>
    internal static EcbRateTable Read(ArraySegment<byte> bytes, string sourceName, EcbFileLimits limits) =>
        EcbXmlScanner.TryRead(bytes.AsSpan(), limits)
        ?? ReadWithXmlReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), sourceName, limits);

    /// <summary>Reads a whole XML feed with <see cref="XmlReader"/>.</summary>
    /// <exception cref="MigDevDataException">The file is not well-formed XML, not the ECB's layout, or breaks a limit.</exception>
    internal static EcbRateTable ReadWithXmlReader(Stream stream, string sourceName, EcbFileLimits limits)
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
        var fault = _rows.StartDate(day);
        if (fault != EcbXmlRowFault.None)
        {
            throw Fail($"Cube[@time='{time}']", time, fault switch
            {
                EcbXmlRowFault.TooManyPublications => $"the file has more than {_limits.MaxPublications} publication dates (EcbFileLimits.MaxPublications)",
                EcbXmlRowFault.SameDate => "the date is on the Cube before too",
                _ => "the dates are not in order (each date once, newest first or oldest first)",
            });
        }
    }

    private void AddRate(string code, string? rate)
    {
        if (!_rows.HasDate)
        {
            throw Fail($"Cube[@currency='{code}']", code, "a rate must be inside a Cube with @time");
        }
        if (!CurrencyCode.TryParseCanonical(code, out var currency))
        {
            throw Fail(RateElement(code), code, "@currency is not an ISO 4217 currency code");
        }
        if (rate is null || !EcbText.TryParseRate(rate.AsSpan(), out var packed))
        {
            throw Fail(RateElement(code) + "/@rate", rate, $"@rate is not {EcbText.RateRule}");
        }
        var fault = _rows.AddRate(currency, packed);
        if (fault != EcbXmlRowFault.None)
        {
            throw Fail(RateElement(code), code, fault == EcbXmlRowFault.TooManyCurrencies
                ? $"the file has more than {_limits.MaxCurrencies} currencies (EcbFileLimits.MaxCurrencies)"
                : "the currency is in this Cube twice");
        }
    }

    private string RateElement(string code) => $"Cube[@time='{_time}']/Cube[@currency='{code}']";

    private EcbRateTable Build() =>
        _rows.CanBuild ? _rows.Build() : throw Fail("gesmes:Envelope", null, "the file has no Cube with @time and a rate");

    private MigDevDataException Fail(string element, string? value, string reason)
    {
        var where = _xml is IXmlLineInfo info && info.HasLineInfo() && _xml.NodeType != XmlNodeType.None
            ? $"element {element} (line {info.LineNumber}, position {info.LinePosition})"
            : $"element {element}";
        return new MigDevDataException(_sourceName, where, value, new InvalidDataException(reason));
    }
}
