using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Benchmarks;

/// <summary>The whole real corpus (data/iati/corpus: 18 files, 14 MB, 1,800 activities of 47 publishers), from bytes
/// already in memory: a bare XmlReader pass (the baseline), <see cref="IatiReader"/> streamed, and the full import, one
/// model per file and one model for all (issue 16).</summary>
[MemoryDiagnoser]
public class IatiCorpusBenchmarks
{
    private readonly IatiImporter _importer = new(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
    private (string Name, byte[] Bytes)[] _files = [];
    private IatiActivity[][] _read = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = [.. IatiCorpus.Files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
        if (_files.Length != 18)
        {
            throw new InvalidOperationException($"{_files.Length} corpus files in {IatiCorpus.Folder}, not 18.");
        }
        _read = [.. _files.Select(f => IatiReader.Read(new MemoryStream(f.Bytes), f.Name).ToArray())];
        // Every path run for a few seconds before BenchmarkDotNet's own warm-up: its few warm-up iterations (3 in the
        // documented command, 1 to 4 operations each) end before tiered JIT has compiled the importer's code, and the
        // first measured iterations of the import rows were then up to 3× the last (run 18, docs/benchmarks.md).
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(4))
        {
            _ = XmlReaderPass() + ReadActivities() + ImportPerFile() + ImportOnlyPerFile() + ImportOnlyAllInOne() + ImportAllInOne();
        }
    }

    /// <summary>Every node read; the <c>iati-activity</c> elements counted and the <c>value</c> texts parsed and summed,
    /// so that it touches what the import touches. Returns activities + the sum, so nothing is dead code.</summary>
    [Benchmark(Baseline = true)]
    public decimal XmlReaderPass()
    {
        var activities = 0;
        var sum = 0m;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        foreach (var (_, bytes) in _files)
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            var inValue = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.NamespaceURI.Length == 0:
                        if (reader.LocalName == "iati-activity")
                        {
                            activities++;
                        }
                        inValue = reader.LocalName == "value" && !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.Text when inValue:
                        if (decimal.TryParse(reader.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
                        {
                            sum += v;
                        }
                        inValue = false;
                        break;
                    case XmlNodeType.EndElement:
                        inValue = false;
                        break;
                }
            }
        }
        return activities + sum;
    }

    /// <summary>For reference: what IatiReader did before its typed parsing and rules until run 17, one <see cref="XElement"/>
    /// with line info loaded per activity (the same reader settings and loop), and nothing else. Since run 18 the reader
    /// works straight on the XmlReader and builds no tree.</summary>
    [Benchmark]
    public int XElementPerActivity()
    {
        var n = 0;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        foreach (var (_, bytes) in _files)
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            reader.MoveToContent();
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth <= 1 && reader.LocalName == "iati-activity")
                {
                    using (var subtree = reader.ReadSubtree())
                    {
                        n += XElement.Load(subtree, LoadOptions.SetLineInfo).Elements().Count();
                    }
                    reader.Read();
                }
                else
                {
                    reader.Read();
                }
            }
        }
        return n;
    }

    /// <summary>IatiReader over the 18 files, streamed: activities and transactions counted.</summary>
    [Benchmark]
    public int ReadActivities()
    {
        var n = 0;
        foreach (var (name, bytes) in _files)
        {
            foreach (var a in IatiReader.Read(new MemoryStream(bytes), name))
            {
                n += 1 + a.Transactions.Length;
            }
        }
        return n;
    }

    /// <summary>The full import, one model per file.</summary>
    [Benchmark]
    public int ImportPerFile()
    {
        var n = 0;
        foreach (var (name, bytes) in _files)
        {
            n += _importer.Import(IatiReader.Read(new MemoryStream(bytes), name)).Model.Commitments.Length;
        }
        return n;
    }

    /// <summary>Where the import's time goes: the import alone, one model per file, of activities read beforehand (in the
    /// setup), so the row is the import's own cost without the reading.</summary>
    [Benchmark]
    public int ImportOnlyPerFile()
    {
        var n = 0;
        foreach (var activities in _read)
        {
            n += _importer.Import(activities).Model.Commitments.Length;
        }
        return n;
    }

    /// <summary>Where the one-model import's time goes: the import alone into one model, of the activities read in the setup.</summary>
    [Benchmark]
    public int ImportOnlyAllInOne() => _importer.Import(_read.SelectMany(a => a)).Model.Commitments.Length;

    /// <summary>The full import, one model for all: the 18 streamed readers concatenated into one sequence.</summary>
    [Benchmark]
    public int ImportAllInOne() => _importer.Import(_files.SelectMany(f => IatiReader.Read(new MemoryStream(f.Bytes), f.Name))).Model.Commitments.Length;
}

internal static class IatiCorpus
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "data", "iati", "corpus");

    public static string[] Files => [.. Directory.GetFiles(Folder, "*.xml").Order(StringComparer.Ordinal)];
}

/// <summary>The live heap while streaming the corpus from its files (nothing held in memory by the program): after each
/// file, and in the middle of each file with the reader open. Run: <c>-- --iati-corpus-memory</c>.</summary>
public static class IatiCorpusMemory
{
    public static void Run()
    {
        var importer = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
        var files = IatiCorpus.Files;
        // Warm everything (JIT, the catalog, codelists) so that the first row measures the same as the last.
        foreach (var f in files.Take(1))
        {
            _ = importer.ImportFile(f).Model.Commitments.Length;
        }
        var start = LiveHeap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Live heap before the corpus (catalog loaded, warmed): {start / 1024:N0} KB"));
        Console.WriteLine();
        Console.WriteLine("| # | File | KB | Read so far (MB) | Mid-file, reader open (KB) | After the file, reader (KB) | After importing it, result dropped (KB) |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        long read = 0;
        var i = 0;
        // Each file streamed from disk by IatiReader.ReadFile; the live heap is taken at its 50th activity (of 100), with
        // the reader open, and after it.
        var midOf = new long[files.Length];
        var afterOf = new long[files.Length];
        var k = 0;
        foreach (var path in files)
        {
            var j = 0;
            foreach (var _ in IatiReader.ReadFile(path))
            {
                if (++j == 50)
                {
                    midOf[k] = LiveHeap();
                }
            }
            afterOf[k++] = LiveHeap();
        }
        foreach (var path in files)
        {
            var bytes = new FileInfo(path).Length;
            read += bytes;
            DropImport(importer, path);
            var dropped = LiveHeap();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {i + 1} | `{Path.GetFileName(path)}` | {bytes / 1024:N0} | {read / 1e6:F1} | {midOf[i] / 1024:N0} | {afterOf[i] / 1024:N0} | {dropped / 1024:N0} |"));
            i++;
        }
        var beforeAll = LiveHeap();
        var all = importer.Import(files.SelectMany(f => IatiReader.ReadFile(f)));
        var heldAll = LiveHeap() - beforeAll;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"One model for all ({all.Activities.Length:N0} activities, {all.Model.Commitments.Length:N0} commitments, {all.NewAgencies.Length:N0} new agencies): the result, held, is {heldAll / 1024:N0} KB."));
        GC.KeepAlive(all);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set of the process: {Environment.WorkingSet / 1024 / 1024:N0} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB peak."));
    }

    private static void DropImport(IatiImporter importer, string path) => _ = importer.ImportFile(path).Model.Commitments.Length;

    private static long LiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
