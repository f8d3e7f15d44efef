using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MigDev.Core.Tests;

/// <summary>
/// The ECB's published files, written in the tests from the repository's real eurofxref-hist.csv in the ECB's own
/// layouts (never invented rates): the XML feeds (a gesmes:Envelope of Cube elements: eurofxref-hist.xml with double
/// quotes, eurofxref-hist-90d.xml and eurofxref-daily.xml with single quotes and tabs, as the ECB serves them), the
/// zip holding the CSV, a CSV cut short at a date, a CSV with one cell changed. Independent of the library.
/// Also compiled into the benchmarks.
/// </summary>
internal static class EcbFiles
{
    public const string HistZipEntry = "eurofxref-hist.csv";

    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "ecb", "eurofxref-hist.csv")));

    /// <summary>The real CSV, as in the repository.</summary>
    public static string Csv => Text.Value;

    public static string CsvPath => Path.Combine(AppContext.BaseDirectory, "data", "ecb", "eurofxref-hist.csv");

    /// <summary>The CSV's lines without the empty last one: the header, then newest first.</summary>
    public static string[] Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>eurofxref-hist.zip: one entry, eurofxref-hist.csv.</summary>
    public static byte[] Zip(string csv)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(HistZipEntry, CompressionLevel.Optimal).Open();
            entry.Write(Encoding.ASCII.GetBytes(csv));
        }
        return buffer.ToArray();
    }

    /// <summary>eurofxref-hist.xml: every date of the CSV, newest first, N/A left out.</summary>
    public static string HistXml(string csv) => Xml(Lines(csv), int.MaxValue, '"');

    /// <summary>eurofxref-hist-90d.xml: the dates of the last 90 days before the newest.</summary>
    public static string Hist90dXml(string csv)
    {
        var lines = Lines(csv);
        var newest = DateOnly.ParseExact(lines[1][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var count = lines.Skip(1).Count(l => DateOnly.ParseExact(l[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) > newest.AddDays(-90));
        return Xml(lines, count, '\'');
    }

    /// <summary>eurofxref-daily.xml: the newest date only.</summary>
    public static string DailyXml(string csv) => Xml(Lines(csv), 1, '\'');

    /// <summary>The CSV with only the dates on or before <paramref name="lastDate"/> (yyyy-MM-dd).</summary>
    public static string CutCsv(string csv, string lastDate)
    {
        var lines = Lines(csv);
        return string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Where(l => string.CompareOrdinal(l[..10], lastDate) <= 0))) + "\n";
    }

    /// <summary>The CSV with one cell replaced.</summary>
    public static string WithCell(string csv, string date, string currency, string value)
    {
        var lines = Lines(csv);
        var column = Array.IndexOf(lines[0].Split(','), currency);
        var row = Array.FindIndex(lines, l => l.StartsWith(date + ",", StringComparison.Ordinal));
        var fields = lines[row].Split(',');
        fields[column] = value;
        lines[row] = string.Join(',', fields);
        return string.Join('\n', lines) + "\n";
    }

    private static string Xml(string[] lines, int dates, char quote)
    {
        var header = lines[0].Split(',');
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n");
        xml.Append("\t<gesmes:subject>Reference rates</gesmes:subject>\n\t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n\t<Cube>\n");
        foreach (var line in lines.Skip(1).Take(dates))
        {
            var fields = line.Split(',');
            xml.Append(CultureInfo.InvariantCulture, $"\t\t<Cube time={quote}{fields[0]}{quote}>\n");
            for (var c = 1; c < header.Length && header[c].Length > 0; c++)
            {
                if (fields[c] != "N/A")
                {
                    xml.Append(CultureInfo.InvariantCulture, $"\t\t\t<Cube currency={quote}{header[c]}{quote} rate={quote}{fields[c]}{quote}/>\n");
                }
            }
            xml.Append("\t\t</Cube>\n");
        }
        xml.Append("\t</Cube>\n</gesmes:Envelope>\n");
        return xml.ToString();
    }
}
