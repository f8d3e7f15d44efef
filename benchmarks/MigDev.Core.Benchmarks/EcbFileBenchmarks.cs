using System.Text;
using BenchmarkDotNet.Attributes;
using MigDev.Core.Tests;

namespace MigDev.Core.Benchmarks;

/// <summary>Loading the ECB's whole history from its published files (the real CSV, its zip, the XML written from it
/// in the ECB's layout, read by the scanner and by XmlReader alone), from bytes in memory, against decoding the embedded
/// history (issue 17: within 2×).</summary>
[MemoryDiagnoser]
public class EcbFileBenchmarks
{
    private byte[] _csv = [];
    private byte[] _zip = [];
    private byte[] _xml = [];
    private EcbRateFile _file = null!;

    [GlobalSetup]
    public void Setup()
    {
        _csv = File.ReadAllBytes(EcbFiles.CsvPath);
        _zip = EcbFiles.Zip(EcbFiles.Csv);
        _xml = Encoding.UTF8.GetBytes(EcbFiles.HistXml(EcbFiles.Csv));
        _file = EcbRateFile.Load(new MemoryStream(_csv), "eurofxref-hist.csv");
    }

    [Benchmark(Baseline = true)]
    public int EmbeddedLoad() => EcbRateTable.Load().DateCount;

    [Benchmark]
    public int LoadCsv() => EcbRateFile.Load(new MemoryStream(_csv), "eurofxref-hist.csv").PublicationCount;

    [Benchmark]
    public int LoadZip() => EcbRateFile.Load(new MemoryStream(_zip), "eurofxref-hist.zip").PublicationCount;

    [Benchmark]
    public int LoadXml() => EcbRateFile.Load(new MemoryStream(_xml), "eurofxref-hist.xml").PublicationCount;

    /// <summary>The XML through <see cref="System.Xml.XmlReader"/> alone, as before the scanner: what every XML
    /// that is not in the ECB's exact layout still costs.</summary>
    [Benchmark]
    public int LoadXmlWithXmlReader() => EcbXmlReader.ReadWithXmlReader(new MemoryStream(_xml), "eurofxref-hist.xml", EcbFileLimits.Default).DateCount;

    /// <summary>The scanner alone over the bytes: <see cref="LoadXml"/> less reading the stream into memory.</summary>
    [Benchmark]
    public int ScanXmlOnly() => EcbXmlScanner.TryRead(_xml, EcbFileLimits.Default)!.DateCount;

    [Benchmark]
    public int LayerOverEmbedded() => EcbExchangeRateProvider.Default.Layer(_file).ComparedRates;
}
