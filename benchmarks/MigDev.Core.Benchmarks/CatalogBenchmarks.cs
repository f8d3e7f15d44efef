using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MigDev.Core.Serialization.Document;
using MigDev.Core.Catalog;

namespace MigDev.Core.Benchmarks;

/// <summary>First access to the catalog: parse, map to the domain types, validate and index; against deserializing the
/// same JSON into plain DTOs only.</summary>
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup() => _json = Read(MigDevCatalog.Resource);

    [Benchmark(Baseline = true)]
    public int DeserializeDtosOnly()
    {
        var d = JsonSerializer.Deserialize(_json, MigDev.Core.Serialization.Document.CatalogDocumentContext.Default.CatalogDocumentDto)!;
        return d.Activities!.Count + d.Programmes!.Count;
    }

    [Benchmark]
    public int DeserializeAndMap()
    {
        var d = JsonSerializer.Deserialize(_json, MigDev.Core.Serialization.Document.CatalogDocumentContext.Default.CatalogDocumentDto)!;
        return new MigDev.Core.Serialization.Document.CatalogMapper("catalog").ToModelUnvalidated(d).Activities.Length;
    }

    [Benchmark]
    public int DeserializeMapAndValidate()
    {
        var d = JsonSerializer.Deserialize(_json, MigDev.Core.Serialization.Document.CatalogDocumentContext.Default.CatalogDocumentDto)!;
        return new MigDev.Core.Serialization.Document.CatalogMapper("catalog").ToModel(d).Activities.Length;
    }

    [Benchmark]
    public int LoadValidateAndIndex()
    {
        var catalog = CatalogDocument.Load(new MemoryStream(_json), "catalog");
        return catalog.Model.Activities.Length + catalog.Model.Programmes.Length;
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(MigDevCatalog).Assembly.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

/// <summary>Typical queries of the loaded catalog, against the same questions asked with LINQ over its lists.</summary>
[MemoryDiagnoser]
public class CatalogQueryBenchmarks
{
    private static readonly AgencyId Unhcr = AgencyId.Parse("unhcr");
    private MigDevCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup() => _catalog = MigDevCatalog.Default;

    [Benchmark(Baseline = true)]
    public int LinqActivitiesOfSession() => _catalog.Model.Activities.Where(a => a.Roundtable == 1 && a.Session == 'g').Count();

    [Benchmark]
    public int ActivitiesOfSession() => _catalog.ActivitiesOf(1, 'g').Length;

    [Benchmark]
    public int LinqActivitiesWithExpertise() => _catalog.Model.Activities.Where(a => a.GmgMembersWithExpertise.Contains(Unhcr)).Count();

    [Benchmark]
    public int ActivitiesWithExpertise() => _catalog.ActivitiesWithExpertise(Unhcr).Length;

    [Benchmark]
    public int ProgrammesOfAgency() => _catalog.ProgrammesOf(Unhcr).Length;
}
