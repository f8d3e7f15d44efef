using System.Text;
using System.Text.Json;
using CsCheck;
using MigDev.Core.Catalog;
using MigDev.Core.Serialization.Document;

namespace MigDev.Core.Tests;

/// <summary>The catalog document's writer, straight from the domain types (issue 21), against the source-generated
/// serializer writing the document's DTOs (CatalogMapper.ToDto), which wrote every document before it: the same bytes
/// for random catalogs, for a catalog that extends another, and for the embedded one (whose bytes are also pinned to
/// data/catalog/catalog.json and its SHA-256).</summary>
public class CatalogDocumentWriterTest
{
    // sha256sum data/catalog/catalog.json, at the commit that added the writer.
    private const string CatalogFileSha256 = "7b38d5886cf633641b7973037f65931a96487ef7f5c0285b979bbe12faa07039";

    private static readonly byte[] FileBytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json"));

    [Fact]
    public void WriteTo_TheEmbeddedCatalog_IsTheCatalogFile_ByteForByte_AndItsHash()
    {
        using var written = new MemoryStream();
        CatalogDocument.WriteTo(MigDevCatalog.Default, written);

        Assert.Equal(FileBytes, written.ToArray());
        Assert.Equal(CatalogFileSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(written.ToArray())));
        Assert.Equal(Encoding.UTF8.GetString(FileBytes), CatalogDocument.ToJson(MigDevCatalog.Default));
    }

    [Fact]
    public void WriteTo_RandomCatalogs_GivesTheSerializersBytes() =>
        Gen.Int.Sample(seed =>
        {
            var catalog = MigDevCatalog.FromModel(CatalogGens.Model(seed), $"seed {seed}");
            AssertSameAsSerializer(catalog);
        }, seed: "0K7cW2rT5xLq", iter: Hostile.TryMethodsTest.Iterations(500));

    [Fact]
    public void WriteTo_ACatalogThatExtendsAnother_GivesTheSerializersBytes_ForWhatItAdds()
    {
        const string Mine = """
            {"formatVersion":1,
             "documents":[{"id":"board-2013","title":"Board minutes, 2013","author":"Migration Fund Ltd"}],
             "agencies":[{"id":"migration-fund","name":"Migration Fund","kind":"Foundation"}],
             "programmes":[{"id":"diaspora-pilot","name":"Diaspora investment pilot","parent":"jmdi",
               "partners":[{"agency":"undp","role":"Implementing"},{"agency":"migration-fund","role":"Funding"}],
               "citations":[{"document":"board-2013","firstLine":4,"lastLine":4,"quote":"approved the pilot"}]}],
             "commitments":[{"funders":[{"funder":"migration-fund"}],"stage":"Commitment",
               "amount":{"amount":250000.00,"currency":"CHF"},"programme":"diaspora-pilot","valueDate":"2013-03-01"}]}
            """;
        var mine = CatalogDocument.Parse(Mine, "mine.json", extending: MigDevCatalog.Default);

        var json = AssertSameAsSerializer(mine);

        using var written = JsonDocument.Parse(json);
        Assert.Equal(["board-2013"], written.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(["migration-fund"], written.RootElement.GetProperty("agencies").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.False(written.RootElement.TryGetProperty("activities", out _));
    }

    [Fact]
    public void WriteTo_AnEmptyCatalog_IsTheFormatVersionAlone()
    {
        var empty = MigDevCatalog.FromModel(new MigDevModel(AgencyDirectory.Empty, []), "empty");

        Assert.Equal("{\n  \"formatVersion\": 1\n}".Replace("\n", Environment.NewLine, StringComparison.Ordinal), AssertSameAsSerializer(empty));
    }

    // The writer's string and stream forms, each equal to the serializer's for the same DTOs.
    private static string AssertSameAsSerializer(MigDevCatalog catalog)
    {
        var dto = CatalogMapper.ToDto(catalog.Model, catalog.Extends?.Model);
        var expected = JsonSerializer.SerializeToUtf8Bytes(dto, CatalogFormat.Context.CatalogDocumentDto);
        using var stream = new MemoryStream();
        CatalogDocument.WriteTo(catalog, stream);
        Assert.Equal(expected, stream.ToArray());
        var json = CatalogDocument.ToJson(catalog);
        Assert.Equal(JsonSerializer.Serialize(dto, CatalogFormat.Context.CatalogDocumentDto), json);
        return json;
    }
}
