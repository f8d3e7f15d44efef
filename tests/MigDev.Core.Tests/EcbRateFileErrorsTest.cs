using System.IO.Compression;
using System.Text;

namespace MigDev.Core.Tests;

/// <summary>Bad ECB files: each refused with a <see cref="MigDevDataException"/> naming where (line and field, or
/// element) and the value.</summary>
public class EcbRateFileErrorsTest
{
    private static MigDevDataException Refused(string text, string name = "bad.csv") =>
        Assert.Throws<MigDevDataException>(() => EcbRateFileTest.LoadText(text, name));

    private static string Real(int lines) => string.Join('\n', EcbFiles.Lines(EcbFiles.Csv).Take(lines)) + "\n";

    [Theory]
    [InlineData("1.46x8", "line 3, field 2 (USD)", "1.46x8")]
    [InlineData("-1.17", "line 3, field 2 (USD)", "-1.17")]
    [InlineData("0", "line 3, field 2 (USD)", "0")]
    [InlineData("1.", "line 3, field 2 (USD)", "1.")]
    [InlineData("1.123456789", "line 3, field 2 (USD)", "1.123456789")]
    [InlineData("", "line 3, field 2 (USD)", "")]
    public void Csv_BadRate_NamesLineFieldCurrencyAndValue(string value, string path, string shown)
    {
        var csv = EcbFiles.WithCell(Real(4), EcbFiles.Lines(EcbFiles.Csv)[2][..10], "USD", value);
        var e = Refused(csv);
        Assert.Equal("bad.csv", e.SourceName);
        Assert.Equal(path, e.Path);
        Assert.Equal(shown, e.Value);
        Assert.Contains("not a rate", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("1998-12-31")]
    [InlineData("13/04/2026")]
    public void Csv_BadDate_NamesLineAndValue(string date)
    {
        var lines = EcbFiles.Lines(Real(3));
        lines[2] = date + lines[2][10..];
        var e = Refused(string.Join('\n', lines));
        Assert.Equal("line 3, field 1", e.Path);
        Assert.Equal(date, e.Value);
    }

    [Fact]
    public void Csv_CutShortInsideALine_NamesTheLineAndTheMissingField()
    {
        var csv = Real(4);
        var cut = csv[..(csv.Length - 60)];
        var e = Refused(cut);
        Assert.StartsWith("line 4, field ", e.Path, StringComparison.Ordinal);
        Assert.Contains("fields, the header 42", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_HeaderFaults()
    {
        Assert.Equal("line 1, field 1", Refused("Datum,USD\n2026-04-13,1.1684\n").Path);
        var unknown = Refused("Date,USD,XYZ,\n2026-04-13,1.1684,1,\n");
        Assert.Equal("line 1, field 3", unknown.Path);
        Assert.Equal("XYZ", unknown.Value);
        Assert.Contains("twice", Refused("Date,USD,USD,\n").Message, StringComparison.Ordinal);
        Assert.Contains("no publication date", Refused("Date,USD,\n").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_RepeatedOrUnorderedDates_AreRefused()
    {
        var lines = EcbFiles.Lines(Real(4));
        var repeated = Refused(string.Join('\n', lines[0], lines[1], lines[1]));
        Assert.Equal("line 3, field 1", repeated.Path);
        Assert.Contains("on the line before too", repeated.Message, StringComparison.Ordinal);
        var unordered = Refused(string.Join('\n', lines[0], lines[2], lines[1], lines[3]));
        Assert.Equal("line 4, field 1", unordered.Path);
        // Oldest first is read too.
        Assert.Equal(3, EcbRateFileTest.LoadText(string.Join('\n', lines[0], lines[3], lines[2], lines[1]), "asc.csv").PublicationCount);
    }

    [Fact]
    public void Csv_ExtraField_IsRefused()
    {
        var lines = EcbFiles.Lines(Real(3));
        lines[2] += "1.5,";
        var e = Refused(string.Join('\n', lines));
        Assert.Equal("line 3, field 43", e.Path);
    }

    [Fact]
    public void Xml_BadRate_NamesTheElementAndValue()
    {
        var xml = EcbFiles.DailyXml(EcbFiles.Csv).Replace("rate='1.1684'", "rate='1,1684'", StringComparison.Ordinal);
        var e = Refused(xml, "eurofxref-daily.xml");
        Assert.StartsWith("element Cube[@time='2026-04-13']/Cube[@currency='USD']/@rate (line 9, position ", e.Path, StringComparison.Ordinal);
        Assert.Equal("1,1684", e.Value);
    }

    [Fact]
    public void Xml_UnknownCurrencyBadTimeAndRepeats_NameTheElement()
    {
        var daily = EcbFiles.DailyXml(EcbFiles.Csv);
        var unknown = Refused(daily.Replace("currency='USD'", "currency='XYZ'", StringComparison.Ordinal), "d.xml");
        Assert.Equal("XYZ", unknown.Value);
        Assert.StartsWith("element Cube[@time='2026-04-13']/Cube[@currency='XYZ']", unknown.Path, StringComparison.Ordinal);
        var time = Refused(daily.Replace("time='2026-04-13'", "time='13.04.2026'", StringComparison.Ordinal), "d.xml");
        Assert.StartsWith("element Cube[@time='13.04.2026']", time.Path, StringComparison.Ordinal);
        var twice = Refused(daily.Replace("currency='JPY'", "currency='USD'", StringComparison.Ordinal), "d.xml");
        Assert.Contains("twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_CutShortOrHtml_IsRefusedNamingWhere()
    {
        var xml = EcbFiles.HistXml(EcbFiles.CutCsv(EcbFiles.Csv, "1999-02-01"));
        var cut = Refused(xml[..(xml.Length / 2)], "eurofxref-hist.xml");
        Assert.StartsWith("line ", cut.Path, StringComparison.Ordinal);
        Assert.IsType<System.Xml.XmlException>(cut.InnerException);

        var html = Refused("<!DOCTYPE html>\n<html><head><title>503</title></head><body>Service unavailable</body></html>", "eurofxref-hist.csv");
        Assert.Contains("DTD", html.Message, StringComparison.Ordinal);
        var wellFormedHtml = Refused("<html><body>Service unavailable</body></html>", "eurofxref-hist.csv");
        Assert.StartsWith("element html", wellFormedHtml.Path, StringComparison.Ordinal);
        Assert.Contains("gesmes:Envelope", wellFormedHtml.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_CorruptOrNotOneEntry_IsRefused()
    {
        var zip = EcbFiles.Zip(EcbFiles.Csv);
        var cut = Assert.Throws<MigDevDataException>(() => EcbRateFile.Load(new MemoryStream(zip[..(zip.Length / 2)]), "eurofxref-hist.zip"));
        Assert.Equal("zip", cut.Path);

        using var buffer = new MemoryStream();
        using (var two = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            two.CreateEntry("a.csv");
            two.CreateEntry("b.csv");
        }
        var e = Assert.Throws<MigDevDataException>(() => EcbRateFile.Load(new MemoryStream(buffer.ToArray()), "two.zip"));
        Assert.Equal("2 entries", e.Value);
    }
}
