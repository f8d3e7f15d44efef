using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MigDev.Core.Catalog;
using MigDev.Core.Serialization;

namespace MigDev.Core.Tests;

/// <summary>The JSON options for the library's types: read-only, strict on read, canonical on write (every record of
/// the catalog file written back as the file has it), and a resolver that chains into a caller's options.</summary>
public class MigDevJsonTest
{
    private static readonly byte[] FileBytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json"));

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(MigDevJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => MigDevJson.Options.WriteIndented = false);
        Assert.Throws<InvalidOperationException>(() => MigDevJson.Options.TypeInfoResolverChain.Add(TestJsonContext.Default));
    }

    [Fact]
    public void Options_AreStrict()
    {
        var options = MigDevJson.Options;
        Assert.Equal(JsonUnmappedMemberHandling.Disallow, options.UnmappedMemberHandling);
        Assert.False(options.AllowDuplicateProperties);
        Assert.True(options.RespectNullableAnnotations);
        Assert.True(options.RespectRequiredConstructorParameters);
        Assert.Equal(MigDevJson.MaxDepth, options.MaxDepth);

        Assert.Contains("colour", Refused<Programme>("""{"id":"p","name":"P","colour":"blue"}""").Message, StringComparison.Ordinal);
        Assert.Contains("name", Refused<Programme>("""{"id":"p","name":"P","name":"Q"}""").Message, StringComparison.Ordinal);
        Assert.Contains("name", Refused<Programme>("""{"id":"p"}""").Message, StringComparison.Ordinal);
        Assert.Equal("$.name", Refused<Programme>("""{"id":"p","name":null}""").Path);
        Assert.Contains("Not An Id", Refused<Agency>("""{"id":"Not An Id","name":"A","kind":"Ngo"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxDepth_Is32_AsDocumented() =>
        // docs/json-format.md, Limits: MigDevJson.MaxDepth = 32.
        Assert.Equal(32, MigDevJson.MaxDepth);

    [Theory]
    [InlineData("agencies")]
    [InlineData("programmes")]
    [InlineData("commitments")]
    [InlineData("activities")]
    [InlineData("meetings")]
    [InlineData("memberships")]
    public void Options_WriteEveryRecordOfTheCatalogFile_AsTheFileHasIt(string list)
    {
        var type = list switch
        {
            "agencies" => typeof(Agency),
            "programmes" => typeof(Programme),
            "commitments" => typeof(FundingCommitment),
            "activities" => typeof(Activity),
            "meetings" => typeof(Meeting),
            _ => typeof(AgencyMembership),
        };
        var records = JsonNode.Parse(FileBytes)![list]!.AsArray();
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var value = JsonSerializer.Deserialize(record!.ToJsonString(), type, MigDevJson.Options);
            var written = JsonSerializer.Serialize(value, type, MigDevJson.Options);
            Assert.True(JsonNode.DeepEquals(record, JsonNode.Parse(written)), $"{list}: {record.ToJsonString()}\nwritten as\n{written}");
        }
    }

    [Fact]
    public void Options_WriteTheWholeModel_AsTheCatalogFileByteForByte_NonAsciiAsItself()
    {
        var fileText = Encoding.UTF8.GetString(FileBytes);
        var model = JsonSerializer.Deserialize<MigDevModel>(FileBytes, MigDevJson.Options)!;

        var written = JsonSerializer.Serialize(model, MigDevJson.Options);

        Assert.Equal(fileText, written);
        Assert.Contains('é', written);
        Assert.Contains('“', written);
    }

    [Fact]
    public void TypeInfoResolver_KnowsTheLibrarysTypesOnly_SoAChainFallsThrough()
    {
        var options = new JsonSerializerOptions();
        Assert.NotNull(MigDevJson.TypeInfoResolver.GetTypeInfo(typeof(Programme), options));
        Assert.NotNull(MigDevJson.TypeInfoResolver.GetTypeInfo(typeof(Money), options));
        Assert.Null(MigDevJson.TypeInfoResolver.GetTypeInfo(typeof(Pledge), options));
        Assert.Null(MigDevJson.TypeInfoResolver.GetTypeInfo(typeof(MigDevCatalog), options));
    }

    [Fact]
    public void TypeInfoResolver_ChainedIntoLenientOptions_StillReadsTheLibrarysRecordsStrictly()
    {
        var options = new JsonSerializerOptions();
        options.TypeInfoResolverChain.Add(TestJsonContext.Default);
        options.TypeInfoResolverChain.Add(MigDevJson.TypeInfoResolver);
        using var file = JsonDocument.Parse(FileBytes);
        var withIati = file.RootElement.GetProperty("agencies").EnumerateArray().First(a => a.TryGetProperty("iatiIdentifier", out _));

        var agency = JsonSerializer.Deserialize<Agency>(withIati.GetRawText(), options)!;
        var pledge = JsonSerializer.Deserialize<Pledge>("""{"Donor":"SDC","Amount":{"amount":250000.00,"currency":"CHF"}}""", options)!;

        Assert.Equal(withIati.GetProperty("id").GetString(), agency.Id.Value);
        Assert.Equal(withIati.GetProperty("iatiIdentifier").GetString(), agency.IatiIdentifier);
        Assert.Contains($"\"iatiIdentifier\":\"{agency.IatiIdentifier}\"", JsonSerializer.Serialize(agency, options), StringComparison.Ordinal);
        Assert.Equal(new Money(250_000.00m, CurrencyCode.CHF), pledge.Amount);
        // The caller's options skip unknown members; the library's records do not.
        Assert.NotNull(JsonSerializer.Deserialize<Pledge>("""{"Donor":"SDC","Amount":{"amount":1,"currency":"CHF"},"colour":"blue"}""", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Agency>("""{"id":"a","name":"A","kind":"Ngo","colour":"blue"}""", options));
    }

    private static JsonException Refused<T>(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(json, MigDevJson.Options));
}
