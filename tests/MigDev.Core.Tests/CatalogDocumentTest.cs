using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>The catalog document, read and written: the real catalog file (data/catalog/catalog.json, read here as
/// bytes) round-trips byte for byte through every entry point; limits and errors name what they refuse.</summary>
public class CatalogDocumentTest
{
    private static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json");
    private static readonly byte[] FileBytes = File.ReadAllBytes(FilePath);

    private static string FileText => Encoding.UTF8.GetString(FileBytes);

    [Fact]
    public void Load_TheCatalogFile_HoldsEveryRecordOfIt()
    {
        using var file = JsonDocument.Parse(FileBytes);
        var root = file.RootElement;

        var catalog = CatalogDocument.Load(new MemoryStream(FileBytes), "catalog.json");

        Assert.Equal("catalog.json", catalog.SourceName);
        Assert.Null(catalog.Extends);
        Assert.Equal(CatalogDocument.FormatVersion, root.GetProperty("formatVersion").GetInt32());
        Assert.Equal(root.GetProperty("documents").GetArrayLength(), catalog.Documents.Length);
        Assert.Equal(root.GetProperty("agencies").GetArrayLength(), catalog.Agencies.Count);
        Assert.Equal(root.GetProperty("programmes").GetArrayLength(), catalog.Model.Programmes.Length);
        Assert.Equal(root.GetProperty("commitments").GetArrayLength(), catalog.Model.Commitments.Length);
        Assert.Equal(root.GetProperty("activities").GetArrayLength(), catalog.Model.Activities.Length);
        Assert.Equal(root.GetProperty("meetings").GetArrayLength(), catalog.Model.Meetings.Length);
        Assert.Equal(root.GetProperty("memberships").GetArrayLength(), catalog.Model.Memberships.Length);
        Assert.Equal(
            root.GetProperty("programmes").EnumerateArray().Select(p => p.GetProperty("id").GetString()),
            catalog.Model.Programmes.Select(p => p.Id.Value));
    }

    [Fact]
    public void WriteTo_TheCatalogFileLoaded_GivesItsBytes_AndLeavesTheStreamOpen()
    {
        var catalog = CatalogDocument.Load(new MemoryStream(FileBytes), "catalog.json");
        using var written = new MemoryStream();

        CatalogDocument.WriteTo(catalog, written);

        Assert.Equal(FileBytes, written.ToArray());
        Assert.True(written.CanWrite);
    }

    [Fact]
    public void ToJson_TheCatalogFileParsed_IsItsText()
    {
        var catalog = CatalogDocument.Parse(FileText, "catalog.json");

        Assert.Equal(FileText, CatalogDocument.ToJson(catalog));
        Assert.Equal(FileText, CatalogDocument.ToJson(MigDevCatalog.Default));
    }

    [Fact]
    public void SaveThenLoadFile_GivesTheFileBack()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "to be replaced, and longer than nothing");
            CatalogDocument.Save(CatalogDocument.Parse(FileText, "catalog.json"), path);
            Assert.Equal(FileBytes, File.ReadAllBytes(path));

            var again = CatalogDocument.LoadFile(path);
            Assert.Equal(path, again.SourceName);
            Assert.Equal(FileText, CatalogDocument.ToJson(again));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_ReadsFromTheStreamsPosition_ToItsEnd()
    {
        var prefix = Encoding.UTF8.GetBytes("not JSON at all ");
        using var stream = new MemoryStream([.. prefix, .. FileBytes]);
        stream.Position = prefix.Length;

        var catalog = CatalogDocument.Load(stream, "offset");

        Assert.Equal(FileText, CatalogDocument.ToJson(catalog));
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void Load_TheLimit_IsTheDocumentsLength_OneByteLessIsRefusedBeforeParsing()
    {
        Assert.NotNull(CatalogDocument.Load(new MemoryStream(FileBytes), "exact", maxDocumentBytes: FileBytes.Length));

        var limit = FileBytes.Length - 1L;
        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Load(new MemoryStream(FileBytes), "big.json", maxDocumentBytes: limit));

        Assert.Equal("big.json", ex.SourceName);
        Assert.Equal("$", ex.Path);
        Assert.IsType<InvalidDataException>(ex.InnerException);
        Assert.Contains(limit.ToString("N0", CultureInfo.CurrentCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultMaxDocumentBytes_Is64MiB_AboveTheCatalogFile()
    {
        // docs/json-format.md, Limits: 64 MiB.
        Assert.Equal(64L * 1024 * 1024, CatalogDocument.DefaultMaxDocumentBytes);
        Assert.True(FileBytes.Length < CatalogDocument.DefaultMaxDocumentBytes);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(2_147_483_648L)]
    public void Load_ALimitOutOfRange_ThrowsNamingItAndItsValue(long maxDocumentBytes)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CatalogDocument.Load(new MemoryStream(FileBytes), "catalog.json", maxDocumentBytes));

        Assert.Equal("maxDocumentBytes", ex.ParamName);
        Assert.Equal(maxDocumentBytes, ex.ActualValue);
        Assert.Contains(maxDocumentBytes.ToString(CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TheCatalogFileWithABadAgencyId_NamesSourcePathAndValue()
    {
        var (document, index) = FileWithFirstPartnerSetTo("Not An Id");

        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(document, "edited.json"));

        Assert.Equal("edited.json", ex.SourceName);
        Assert.Equal($"$.programmes[{index}].partners[0].agency", ex.Path);
        Assert.Contains("'Not An Id'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TheCatalogFileWithAnUnknownAgency_IsAWholeModelFaultAtItsPath()
    {
        var (document, index) = FileWithFirstPartnerSetTo("atlantis");

        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(document, "edited.json"));

        var fault = Assert.Single(ex.Faults);
        Assert.Equal($"$.programmes[{index}].partners[0].agency", fault.Path);
        Assert.Equal("atlantis", fault.Value);
        Assert.IsType<ModelValidationException>(ex.InnerException);
    }

    [Fact]
    public void LoadFile_NoSuchFile_IsAnIOException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json");
        Assert.Throws<FileNotFoundException>(() => CatalogDocument.LoadFile(path));
    }

    [Fact]
    public void BadArguments_ThrowNamingTheParameterAndValue()
    {
        var catalog = MigDevCatalog.Default;
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => CatalogDocument.Load(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CatalogDocument.Parse(null!)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => CatalogDocument.ToJson(null!)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => CatalogDocument.WriteTo(null!, Stream.Null)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => CatalogDocument.WriteTo(catalog, null!)).ParamName);

        var sourceName = Assert.Throws<ArgumentException>(() => CatalogDocument.Parse(FileText, " "));
        Assert.Equal("sourceName", sourceName.ParamName);
        Assert.Contains("' '", sourceName.Message, StringComparison.Ordinal);
        var path = Assert.Throws<ArgumentException>(() => CatalogDocument.LoadFile(""));
        Assert.Equal("path", path.ParamName);
        Assert.Contains("''", path.Message, StringComparison.Ordinal);
        var save = Assert.Throws<ArgumentException>(() => CatalogDocument.Save(catalog, "\t"));
        Assert.Equal("path", save.ParamName);
        Assert.Contains("'\t'", save.Message, StringComparison.Ordinal);
    }

    // The catalog file with the agency of the first partner of the first programme that has partners set to a value.
    private static (string Json, int Index) FileWithFirstPartnerSetTo(string agency)
    {
        var root = JsonNode.Parse(FileBytes)!;
        var programmes = root["programmes"]!.AsArray();
        var index = programmes.Select((p, i) => (p, i)).First(x => x.p!["partners"] is JsonArray { Count: > 0 }).i;
        programmes[index]!["partners"]![0]!["agency"] = agency;
        return (root.ToJsonString(), index);
    }
}
