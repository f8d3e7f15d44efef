using System.Text;

namespace MigDev.Core.Tests;

/// <summary>
/// The scanner of the ECB's exact XML layout (<see cref="EcbXmlScanner"/>) against <see cref="System.Xml.XmlReader"/>
/// (<see cref="EcbXmlReader.ReadWithXmlReader"/>): the same table for the ECB's three feeds written from the real CSV;
/// anything the scanner does not recognise, and every error, left to <see cref="System.Xml.XmlReader"/>, so that
/// loading gives exactly its table or its error.
/// </summary>
public class EcbXmlScannerTest
{
    internal const string Daily = "eurofxref-daily.xml";

    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    internal static EcbRateTable? Scan(byte[] bytes, EcbFileLimits? limits = null) => EcbXmlScanner.TryRead(bytes, limits ?? EcbFileLimits.Default);

    internal static EcbRateTable WithXmlReader(byte[] bytes, EcbFileLimits? limits = null) =>
        EcbXmlReader.ReadWithXmlReader(new MemoryStream(bytes), Daily, limits ?? EcbFileLimits.Default);

    /// <summary>Loading as the library does: the scanner, else <see cref="System.Xml.XmlReader"/>.</summary>
    internal static EcbRateTable Load(byte[] bytes, EcbFileLimits? limits = null) => EcbXmlReader.Read(bytes, Daily, limits ?? EcbFileLimits.Default);

    internal static void AssertSameTable(EcbRateTable expected, EcbRateTable actual)
    {
        Assert.Equal(expected.Currencies, actual.Currencies);
        Assert.Equal(expected.DateCount, actual.DateCount);
        for (var d = 0; d < expected.DateCount; d++)
        {
            Assert.Equal(expected.DayNumberAt(d), actual.DayNumberAt(d));
            for (var c = 0; c < expected.Currencies.Length; c++)
            {
                Assert.True(expected.PackedAt(c, d) == actual.PackedAt(c, d), $"date {d}, {expected.Currencies[c]}");
            }
        }
    }

    public static TheoryData<string> Layouts => ["hist", "90d", "daily"];

    internal static string Layout(string name) => name switch
    {
        "hist" => EcbFiles.HistXml(EcbFiles.Csv),
        "90d" => EcbFiles.Hist90dXml(EcbFiles.Csv),
        _ => EcbFiles.DailyXml(EcbFiles.Csv),
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void EcbLayouts_ScannerReadsThem_SameTableAsXmlReader(string layout)
    {
        var bytes = Utf8(Layout(layout));

        var scanned = Scan(bytes);

        Assert.NotNull(scanned);
        AssertSameTable(WithXmlReader(bytes), scanned);
        AssertSameTable(scanned, EcbRateFile.Load(new MemoryStream(bytes), Daily).Table);
    }

    [Theory]
    [InlineData("\uFEFF", "")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0' encoding='utf-8'?>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\"?>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")]
    [InlineData("<gesmes:subject>Reference rates</gesmes:subject>", "<gesmes:subject>Reference rates</gesmes:subject><gesmes:empty/>")]
    [InlineData("<Cube currency='USD' rate='1.1684'/>", "<Cube\r\n currency = \"USD\"\trate= '1.1684' />")]
    [InlineData("</gesmes:Envelope>\n", "</gesmes:Envelope  >\r\n\r\n")]
    public void EcbLayoutWrittenOtherwise_ScannerReadsIt_SameTable(string from, string to)
    {
        var original = Layout("daily");
        var text = from == "\uFEFF" ? from + original : original.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(original, text);
        var bytes = Utf8(text);

        var scanned = Scan(bytes);

        Assert.NotNull(scanned);
        AssertSameTable(WithXmlReader(Utf8(original)), scanned);
        AssertSameTable(WithXmlReader(bytes), scanned);
    }

    [Theory]
    [InlineData("<Cube>", "<!-- rates --><Cube>")]
    [InlineData("Reference rates", "Reference &amp; rates")]
    [InlineData("Reference rates", "<![CDATA[Reference rates]]>")]
    [InlineData("Reference rates", "Référence rates")]
    [InlineData("<Cube currency='USD' rate='1.1684'/>", "<Cube rate='1.1684' currency='USD'/>")]
    [InlineData("<Cube currency='USD' rate='1.1684'/>", "<Cube currency='USD' rate='1.1684'></Cube>")]
    [InlineData("<Cube time='2026-04-13'>", "<Cube time='2026-04-13' note='x'>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet href=\"x\"?>")]
    [InlineData("xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\"", "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\" xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\"")]
    [InlineData("<Cube>", "<e:Cube xmlns:e=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">")]
    [InlineData("</gesmes:Envelope>", "<Cube time='2026-04-14'/></gesmes:Envelope>")]
    public void NotTheExactLayout_ScannerLeavesItToXmlReader_LoadingGivesXmlReadersAnswer(string from, string to)
    {
        var original = Layout("daily");
        var text = original.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(original, text);
        var bytes = Utf8(text);

        Assert.Null(Scan(bytes));
        AssertSameOutcome(bytes, EcbFileLimits.Default);
    }

    [Fact]
    public void Dtd_ScannerLeavesItToXmlReader_WhichProhibitsIt()
    {
        var bytes = Utf8(Layout("daily").Replace("<gesmes:Envelope", "<!DOCTYPE gesmes:Envelope [<!ENTITY e \"x\">]>\n<gesmes:Envelope", StringComparison.Ordinal));

        Assert.Null(Scan(bytes));
        var e = Assert.Throws<MigDevDataException>(() => Load(bytes));
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
        AssertSameOutcome(bytes, EcbFileLimits.Default);
    }

    [Theory]
    [InlineData("rate='1.1684'", "rate='1,1684'")]
    [InlineData("currency='USD'", "currency='usd'")]
    [InlineData("currency='JPY'", "currency='USD'")]
    [InlineData("time='2026-04-13'", "time='2026-02-30'")]
    [InlineData("</gesmes:Envelope>", "</gesmes:Envelop>")]
    public void BadValue_ScannerLeavesItToXmlReader_SameErrorWithLineAndPosition(string from, string to)
    {
        var bytes = Utf8(Layout("daily").Replace(from, to, StringComparison.Ordinal));

        Assert.Null(Scan(bytes));
        var e = Assert.Throws<MigDevDataException>(() => Load(bytes));
        Assert.Contains("line ", e.Path, StringComparison.Ordinal);
        Assert.Contains("position ", e.Path, StringComparison.Ordinal);
        AssertSameOutcome(bytes, EcbFileLimits.Default);
    }

    [Fact]
    public void Limits_HoldOnTheScanner_TheErrorIsXmlReaders()
    {
        var bytes = Utf8(Layout("90d"));
        var fewDates = new EcbFileLimits { MaxPublications = 10 };
        var fewCurrencies = new EcbFileLimits { MaxCurrencies = 10 };

        Assert.Null(Scan(bytes, fewDates));
        Assert.Null(Scan(bytes, fewCurrencies));
        Assert.Contains("EcbFileLimits.MaxPublications", Assert.Throws<MigDevDataException>(() => Load(bytes, fewDates)).Message, StringComparison.Ordinal);
        Assert.Contains("EcbFileLimits.MaxCurrencies", Assert.Throws<MigDevDataException>(() => Load(bytes, fewCurrencies)).Message, StringComparison.Ordinal);
        AssertSameOutcome(bytes, fewDates);
        AssertSameOutcome(bytes, fewCurrencies);
        var exactly = new EcbFileLimits { MaxPublications = WithXmlReader(bytes).DateCount, MaxCurrencies = WithXmlReader(bytes).Currencies.Length };
        Assert.NotNull(Scan(bytes, exactly));
    }

    /// <summary>Loading (scanner, else XmlReader) gives what XmlReader alone gives: the same table, or a
    /// <see cref="MigDevDataException"/> with the same path, value and message. When the scanner reads the bytes,
    /// XmlReader reads the same table. Returns whether the scanner read them.</summary>
    internal static bool AssertSameOutcome(byte[] bytes, EcbFileLimits limits)
    {
        var scanned = Scan(bytes, limits);
        var (expected, expectedError) = Outcome(() => WithXmlReader(bytes, limits));
        var (actual, actualError) = Outcome(() => Load(bytes, limits));
        if (scanned is not null)
        {
            Assert.True(expected is not null, $"the scanner read what XmlReader refuses: {expectedError?.Message}");
            AssertSameTable(expected, scanned);
        }
        if (expected is null)
        {
            Assert.True(actualError is not null, $"loading read what XmlReader refuses: {expectedError?.Message}");
            Assert.Equal(expectedError!.Path, actualError.Path);
            Assert.Equal(expectedError.Value, actualError.Value);
            Assert.Equal(expectedError.Message, actualError.Message);
        }
        else
        {
            Assert.True(actual is not null, $"loading refused what XmlReader reads: {actualError?.Message}");
            AssertSameTable(expected, actual);
        }
        return scanned is not null;
    }

    private static (EcbRateTable? Table, MigDevDataException? Error) Outcome(Func<EcbRateTable> read)
    {
        try
        {
            return (read(), null);
        }
        catch (MigDevDataException e)
        {
            return (null, e);
        }
    }
}
