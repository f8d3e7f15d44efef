using System.Text;
using System.Xml;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using MigDev.Core.Iati;
using NodaTime;
using MigDev.Core.Catalog;

namespace MigDev.Core.Benchmarks;

/// <summary>Reading IOM's real 100-activity IATI file (545 KB), against plain LINQ to XML (the whole document loaded,
/// untyped, unchecked) and a bare XmlReader pass in the same run.</summary>
[MemoryDiagnoser]
public class IatiImportBenchmarks
{
    private readonly IatiImporter _importer = new(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup() => _file = File.ReadAllBytes(IatiData.Hundred);

    [Benchmark]
    public int XmlReaderPass()
    {
        using var reader = XmlReader.Create(new MemoryStream(_file));
        var n = 0;
        while (reader.Read())
        {
            n++;
        }
        return n;
    }

    [Benchmark(Baseline = true)]
    public int XDocumentLoad() => XDocument.Load(new MemoryStream(_file)).Root!.Elements("iati-activity").Count();

    [Benchmark]
    public int ReadActivities() => IatiReader.Read(new MemoryStream(_file)).Count();

    [Benchmark]
    public int ImportToModel() => _importer.Import(IatiReader.Read(new MemoryStream(_file))).Model.Commitments.Length;
}

/// <summary>Streaming a generated file of 1,000 and 10,000 activities (IOM's 100, repeated with new identifiers; 5.4 and
/// 54 MB) that is never in memory as a whole, against LINQ to XML loading it.</summary>
[MemoryDiagnoser]
public class IatiStreamingBenchmarks
{
    [Params(1_000, 10_000)]
    public int Activities { get; set; }

    [Benchmark(Baseline = true)]
    public int XDocumentLoad() => XDocument.Load(new GeneratedIatiStream(Activities)).Root!.Elements("iati-activity").Count();

    [Benchmark]
    public int ReadActivities() => IatiReader.Read(new GeneratedIatiStream(Activities)).Count();
}

/// <summary>Exporting the whole embedded catalog (65 programmes, 63 matrix activities) to IATI XML, against writing the
/// same XML tree with XDocument.Save (no mapping, no rules) in the same run.</summary>
[MemoryDiagnoser]
public class IatiExportBenchmarks
{
    private readonly IatiExportOptions _options = new(IatiReportingOrg.Example, Instant.FromUtc(2026, 11, 23, 12, 0));
    private XDocument _same = null!;

    [GlobalSetup]
    public void Setup() => _same = XDocument.Parse(new IatiExporter(MigDevCatalog.Default.Model, _options).ExportAll().ToXml());

    [Benchmark(Baseline = true)]
    public long XDocumentSave()
    {
        var counter = new CountingStream();
        using (var writer = XmlWriter.Create(counter, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            _same.Save(writer);
        }
        return counter.Length;
    }

    [Benchmark]
    public long ExportCatalog()
    {
        var counter = new CountingStream();
        new IatiExporter(MigDevCatalog.Default.Model, _options).ExportAll().WriteTo(counter);
        return counter.Length;
    }
}

internal static class IatiData
{
    public static readonly string Hundred = Path.Combine(AppContext.BaseDirectory, "data", "iati", "real", "iom-XM-DAC-47066-dportal_118.xml");

    private static readonly Lazy<byte[][]> Templates = new(() =>
    {
        var root = XDocument.Load(Hundred).Root!;
        return [.. root.Elements("iati-activity").Select(a => Encoding.UTF8.GetBytes(a.ToString(SaveOptions.DisableFormatting)))];
    });

    public static byte[][] ActivityTemplates => Templates.Value;
}

/// <summary>An IATI file of n activities made on the fly from IOM's 100 (identifiers made unique): what a reader sees of
/// a large file, without the file.</summary>
public sealed class GeneratedIatiStream(int activities) : Stream
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("<iati-activities version=\"2.03\" xmlns:dstore=\"http://d-portal.org/xmlns/dstore\" xmlns:iati-activities=\"http://d-portal.org/xmlns/iati-activities\">\n");
    private static readonly byte[] Footer = Encoding.UTF8.GetBytes("</iati-activities>\n");
    private byte[] _chunk = Header;
    private int _offset;
    private int _next;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_offset == _chunk.Length)
        {
            if (_next > activities)
            {
                return 0;
            }
            if (_next == activities)
            {
                _chunk = Footer;
            }
            else
            {
                var template = IatiData.ActivityTemplates[_next % IatiData.ActivityTemplates.Length];
                _chunk = _next < IatiData.ActivityTemplates.Length ? template : Renumber(template, _next);
            }
            _next++;
            _offset = 0;
        }
        var k = Math.Min(count, _chunk.Length - _offset);
        Array.Copy(_chunk, _offset, buffer, offset, k);
        _offset += k;
        return k;
    }

    private static byte[] Renumber(byte[] template, int n) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(template).Replace("</iati-identifier>", $"-copy{n}</iati-identifier>", StringComparison.Ordinal));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

internal sealed class CountingStream : Stream
{
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => _length += count;

    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
}

/// <summary>The live heap while streaming: read n activities, and at the middle force a full collection and measure what
/// is still alive. Flat as n grows means bounded memory. Run: <c>-- --iati-memory</c>.</summary>
public static class IatiStreamingMemory
{
    public static void Run()
    {
        Console.WriteLine("| Activities | File (MB) | Live heap mid-stream, IatiReader (KB) | Live heap after XDocument.Load (KB) |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var n in new[] { 1_000, 10_000, 100_000 })
        {
            long bytes = 0;
            using (var counting = new GeneratedIatiStream(n))
            {
                var buffer = new byte[81920];
                int k;
                while ((k = counting.Read(buffer, 0, buffer.Length)) > 0)
                {
                    bytes += k;
                }
            }
            long mid = 0;
            var i = 0;
            foreach (var _ in IatiReader.Read(new GeneratedIatiStream(n)))
            {
                if (++i == n / 2)
                {
                    mid = LiveHeap();
                }
            }
            string whole;
            if (n <= 10_000)
            {
                var document = XDocument.Load(new GeneratedIatiStream(n));
                whole = (LiveHeap() / 1024).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
                GC.KeepAlive(document);
            }
            else
            {
                whole = "not run";
            }
            Console.WriteLine($"| {n:N0} | {bytes / 1e6:F1} | {mid / 1024:N0} | {whole} |");
        }
    }

    private static long LiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
