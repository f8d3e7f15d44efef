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
}
