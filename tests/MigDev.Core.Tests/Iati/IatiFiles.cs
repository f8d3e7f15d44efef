using System.Xml.Linq;

namespace MigDev.Core.Tests.Iati;

/// <summary>The repository's copies of the IATI schema and of IOM's real files (data/iati), and a reading of them with
/// LINQ to XML, independent of the library's reader: the oracle for the IATI tests.</summary>
internal static class IatiFiles
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "data", "iati");

    public static readonly string Single = Path.Combine(Directory, "real", "iom-XM-DAC-47066-DP.2154-single-activity.xml");

    public static readonly string Hundred = Path.Combine(Directory, "real", "iom-XM-DAC-47066-dportal_118.xml");

    public static readonly string Schema = Path.Combine(Directory, "schema", "iati-activities-schema.xsd");

    /// <summary>An IATI codelist of data/iati/codelists: each code and its English name.</summary>
    public static Dictionary<string, string> Codelist(string name) =>
        XDocument.Load(Path.Combine(Directory, "codelists", name + ".xml")).Descendants("codelist-item")
            .ToDictionary(i => i.Element("code")!.Value, i => i.Element("name")!.Elements("narrative").First(n => n.Attribute(XNamespace.Xml + "lang") is null).Value, StringComparer.Ordinal);

    public static List<XElement> Activities(string path)
    {
        var root = XDocument.Load(path).Root!;
        return root.Name.LocalName == "iati-activity" ? [root] : [.. root.Elements("iati-activity")];
    }
}
