using System.Text;
using BenchmarkDotNet.Attributes;
using MigDev.Core.Tests;

namespace MigDev.Core.Benchmarks;

/// <summary>Loading the ECB's whole history from its published files (the real CSV, its zip, the XML written from it
/// in the ECB's layout), from bytes in memory, against decoding the embedded history (issue 17: within 2×).</summary>
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

    [Benchmark]
    public int LayerOverEmbedded() => EcbExchangeRateProvider.Default.Layer(_file).ComparedRates;
}
