using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using MigDev.Core.Serialization.Document;
using MigDev.Core.Serialization;
using MigDev.Core.Catalog;

namespace MigDev.Core.Benchmarks;

/// <summary>Reading and writing the whole catalog document (the embedded one, 0.37 MB), against plain
/// source-generated System.Text.Json on equivalent DTOs of strings and numbers (no validation, no domain types) in the
/// same run.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CatalogJsonBenchmarks
{
    private byte[] _json = [];
    private PlainDocument _plain = null!;
    private MigDevCatalog _catalog = null!;
    private MigDev.Core.Serialization.Document.CatalogDocumentDto _dtos = null!;

    // The plain DTOs written as the catalog is: non-ASCII text as itself, not \u-escaped (the same bytes out).
    private static readonly PlainContext SameTextContext = new(new JsonSerializerOptions(PlainContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = null,
    });

    [GlobalSetup]
    public void Setup()
    {
        using (var stream = typeof(MigDevCatalog).Assembly.GetManifestResourceStream(MigDevCatalog.Resource)!)
        using (var memory = new MemoryStream())
        {
            stream.CopyTo(memory);
            _json = memory.ToArray();
        }
        _plain = JsonSerializer.Deserialize(_json, PlainContext.Default.PlainDocument)!;
        _catalog = CatalogDocument.Load(new MemoryStream(_json), "catalog");
        _dtos = MigDev.Core.Serialization.Document.CatalogMapper.ToDto(_catalog.Model);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public int ReadPlainDtos() => JsonSerializer.Deserialize(_json, PlainContext.Default.PlainDocument)!.Activities!.Count;

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int ReadCatalogModel()
    {
        var document = MigDev.Core.Serialization.Document.CatalogMapper.Deserialize(_json, "catalog");
        return new MigDev.Core.Serialization.Document.CatalogMapper("catalog").ToModel(document).Activities.Length;
    }

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int ReadCatalogIndexed() => CatalogDocument.Load(new MemoryStream(_json), "catalog").Model.Activities.Length;

    [Benchmark]
    [BenchmarkCategory("Write")]
    public int WritePlainDtos() => JsonSerializer.SerializeToUtf8Bytes(_plain, PlainContext.Default.PlainDocument).Length;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public int WritePlainDtosSameText() => JsonSerializer.SerializeToUtf8Bytes(_plain, SameTextContext.PlainDocument).Length;

    [Benchmark]
    [BenchmarkCategory("Write")]
    public int BuildDtoGraphOnly() => MigDev.Core.Serialization.Document.CatalogMapper.ToDto(_catalog.Model).Activities!.Count;

    [Benchmark]
    [BenchmarkCategory("Write")]
    public int SerializeOurDtosOnly() => JsonSerializer.SerializeToUtf8Bytes(_dtos, CatalogFormat.Context.CatalogDocumentDto).Length;

    [Benchmark]
    [BenchmarkCategory("Write")]
    public int WriteCatalog()
    {
        using var stream = new MemoryStream(_json.Length + 1024);
        CatalogDocument.WriteTo(_catalog, stream);
        return (int)stream.Length;
    }
}

#pragma warning disable SA1402, CA1002, CA2227 // Plain DTOs for the baseline: one file, public lists, as a naive consumer would write them.
public sealed record PlainCitation(string Document, int FirstLine, int LastLine, string Quote);
public sealed record PlainSourceDocument(string Id, string Title, string Author, string? Date, string? FileName);
public sealed record PlainAgency(string Id, string Name, string Kind, string? DisplayName, string? Acronym, string? Parent, string? IatiIdentifier,
    List<string>? Aliases, List<string>? IatiAliases, string? Note, List<PlainCitation>? Citations);
public sealed record PlainPartner(string Agency, string Role, string? Period, string? Note, List<PlainCitation>? Citations);
public sealed record PlainCountry(string Country, string Relation, string? Note, List<PlainCitation>? Citations);
public sealed record PlainProgramme(string Id, string Name, string? DisplayName, string? Acronym, List<string>? Aliases, List<PlainPartner>? Partners,
    List<PlainCountry>? Countries, string? Parent, int? Phase, string? Period, string? Note, List<PlainCitation>? Citations);
public sealed record PlainFunder(string Funder, string? Share);
public sealed record PlainMoney(decimal Amount, string Currency);
public sealed record PlainCommitment(List<PlainFunder> Funders, string Stage, PlainMoney? Amount, string? RelativeAmount, string? RelativeTo, string? Recipient,
    string? Programme, string? ValueDate, string? Period, bool? IsIndicative, string? Note, List<PlainCitation>? Citations);
public sealed record PlainTheme(int Number, string Title, List<PlainCitation>? Citations);
public sealed record PlainRoundtable(int Number, int Theme, string Title, List<PlainCitation>? Citations);
public sealed record PlainSession(int Roundtable, string Letter, string Title, List<PlainCitation>? Citations);
public sealed record PlainActivity(int Roundtable, string Session, string Text, List<string>? SubActivities, List<string>? Objectives,
    List<string>? GmgMembersWithExpertise, string? ReadingNote, List<PlainCitation>? Citations);
public sealed record PlainMeeting(string Name, string? DisplayName, string? Place, string? Date, string? Chair, int? Ordinal, List<string>? Aliases,
    List<PlainPartner>? Participants, string? Note, List<PlainCitation>? Citations);
public sealed record PlainMembership(string Member, string Body, string Role, string? Period, string? Note, List<PlainCitation>? Citations);
public sealed record PlainDocument(int FormatVersion, List<PlainSourceDocument>? Documents, List<PlainAgency>? Agencies, List<PlainProgramme>? Programmes,
    List<PlainCommitment>? Commitments, List<PlainTheme>? Themes, List<PlainRoundtable>? Roundtables, List<PlainSession>? Sessions,
    List<PlainActivity>? Activities, List<PlainMeeting>? Meetings, List<PlainMembership>? Memberships);
#pragma warning restore SA1402, CA1002, CA2227

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(PlainDocument))]
internal sealed partial class PlainContext : JsonSerializerContext;
