using System.Text;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Hostile;

/// <summary>What users meet first in a catalog document (issue 18): a byte-order mark, nulls.</summary>
public class CatalogDocumentEdgesTest
{
    private static readonly string CatalogFile = Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json");

    [Fact]
    public void LoadFile_WithAUtf8ByteOrderMark_AsNotepadWritesIt_IsTheSameCatalog()
    {
        var json = File.ReadAllText(CatalogFile);
        var path = Path.Combine(Path.GetTempPath(), $"bom-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
            var withBom = CatalogDocument.LoadFile(path);
            Assert.Equal(CatalogDocument.ToJson(CatalogDocument.Parse(json)), CatalogDocument.ToJson(withBom));
            Assert.Equal(withBom.Model.Programmes.Length, CatalogDocument.Parse("\uFEFF" + json).Model.Programmes.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void NullForAnOptionalMember_IsAbsent_ForARequiredOneOrAnElement_IsRefusedWithItsPath()
    {
        Assert.Empty(CatalogDocument.Parse("""{"formatVersion":1,"programmes":null}""").Model.Programmes);
        var name = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse("""{"formatVersion":1,"programmes":[{"id":"p","name":null}]}"""));
        Assert.StartsWith("$.programmes[0]", name.Path, StringComparison.Ordinal);
        var element = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse("""{"formatVersion":1,"programmes":[null]}"""));
        Assert.StartsWith("$.programmes", element.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"formatVersion":1,"programmes":{}}""", "$.programmes", "a list (a JSON array) of which each element is a programme (a JSON object)")]
    [InlineData("""{"formatVersion":1,"programmes":[3]}""", "$.programmes[0]", "a programme (a JSON object)")]
    [InlineData("""[]""", "$", "a catalog document (a JSON object)")]
    [InlineData("""{"formatVersion":1,"programmes":[{"id":"p","name":3}]}""", "$.programmes[0].name", "")]
    public void WrongType_SaysWhatTheDocumentShouldHave_NotTheReadersTypes(string json, string path, string expected)
    {
        var e = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(json));
        Assert.Equal(path, e.Path);
        Assert.Contains(expected.Length == 0 ? "The value has the wrong type for this member of a programme (see docs/json-format.md) (line 1, byte " : $"The value is not {expected} (line 1, byte ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dto", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-30", "February 2024 has 29 days")]
    [InlineData("2023-02-29", "February 2023 has 28 days")]
    [InlineData("2011-04-31", "April 2011 has 30 days")]
    public void ADayTheMonthDoesNotHave_IsCalledThat_NotAFormatError(string date, string expected)
    {
        Assert.Equal($"'{date}' is not a calendar date: {expected}.", Assert.Throws<FormatException>(() => PartialDate.Parse(date)).Message);
        var e = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse($$"""{"formatVersion":1,"programmes":[{"id":"p","name":"P","period":"{{date}}/.."}]}"""));
        Assert.Equal("$.programmes[0].period", e.Path);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
