using System.Text;
using System.Xml;
using System.Xml.Linq;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

public class IatiExportResultTest
{
    private static MigDevModel Model => MigDevCatalog.Default.Model;

    private static IatiExportResult Export() =>
        new IatiExporter(Model, IatiExporterTest.Options).Export(Model.Programmes.Where(p => !p.Partners.IsEmpty).Take(3), Model.Activities.Take(1));

    [Fact]
    public void WriteTo_Stream_IsUtf8WithoutBom_TheSameAsToXml_AndLeavesTheStreamOpen()
    {
        var export = Export();
        using var stream = new MemoryStream();

        export.WriteTo(stream);

        Assert.True(stream.CanWrite);
        var bytes = stream.ToArray();
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal(export.ToXml(), Encoding.UTF8.GetString(bytes));
        using var again = new MemoryStream();
        export.WriteTo(again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void WriteTo_XmlWriter_WritesTheSameDocument_AndLeavesTheWriterOpen()
    {
        var export = Export();
        var text = new StringBuilder();
        using var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true });

        export.WriteTo(writer);

        Assert.NotEqual(WriteState.Closed, writer.WriteState);
        Assert.True(XNode.DeepEquals(XDocument.Parse(export.ToXml()), XDocument.Parse(text.ToString())));
    }

    [Fact]
    public void ToXml_IsAnIatiActivitiesDocument_OfTheSchemasVersion_WithTheActivitiesInOrder()
    {
        var export = Export();
        var schemaVersion = (string)XDocument.Load(IatiFiles.Schema).Root!.Attribute("version")!;

        var root = XDocument.Parse(export.ToXml()).Root!;

        Assert.Equal("iati-activities", root.Name.LocalName);
        Assert.Equal(schemaVersion, (string?)root.Attribute("version"));
        Assert.Equal("2026-11-23T12:00:00Z", (string?)root.Attribute("generated-datetime"));
        Assert.Equal(4, export.Activities.Length);
        Assert.Equal(export.Activities.Select(a => a.Identifier), root.Elements("iati-activity").Select(a => a.Element("iati-identifier")!.Value));
    }

    [Fact]
    public void WriteTo_Null_ThrowsArgumentNull()
    {
        var export = Export();
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => export.WriteTo((Stream)null!)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => export.WriteTo((XmlWriter)null!)).ParamName);
    }
}
