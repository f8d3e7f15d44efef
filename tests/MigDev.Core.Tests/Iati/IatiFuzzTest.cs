using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using MigDev.Core.Iati;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Iati;

/// <summary>Real IATI XML, mutated at random (attributes deleted or given odd values, text replaced, the file cut,
/// bytes inserted): the reader and the importer give findings or a <see cref="MigDevDataException"/>, never another
/// exception, and never hang.</summary>
public partial class IatiFuzzTest
{
    private static readonly string[] Sources = [File.ReadAllText(IatiFiles.Single), ExportOfTheCatalogHead()];

    private static readonly string[] OddValues =
        ["", " ", "-1", "0", "1e400", "99999999999999999999999999999999", "NaN", "2009-02-30", "0001-01-01", "9999-12-31", "-0001-01-01",
         "CYP", "XK", "ZZ", "xm-dac-41114", "150", "3.5", "<", "&amp;", "\u0001", "2008", "12"];

    [GeneratedRegex("(?<name>[a-z:-]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex(">(?<text>[^<]{1,80})<")]
    private static partial Regex Text();

    [Fact]
    public void MutatedIati_GivesFindingsOrOurTypedError_Only() =>
        Gen.Select(Gen.Int[0, Sources.Length - 1], Gen.Int).Sample((source, seed) =>
        {
            var xml = Mutate(Sources[source], new Random(seed));
            try
            {
                var activities = IatiReader.Parse(xml, "fuzz.xml");
                ModelValidator.Validate(new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents).Import(activities).Model);
                foreach (var a in activities)
                {
                    Assert.All(a.Findings, f => Assert.StartsWith("iati-activity[", f.Element, StringComparison.Ordinal));
                }
            }
            catch (MigDevDataException e)
            {
                Assert.Equal("fuzz.xml", e.SourceName);
                Assert.NotNull(e.Path);
            }
        }, iter: 2000);

    private static string Mutate(string xml, Random r)
    {
        var s = xml;
        for (var k = r.Next(1, 4); k > 0; k--)
        {
            switch (r.Next(5))
            {
                case 0: // give an attribute an odd value
                    s = ReplaceOne(s, Attribute(), r, m => $"{m.Groups["name"].Value}=\"{OddValues[r.Next(OddValues.Length)].Replace("<", "&lt;", StringComparison.Ordinal)}\"");
                    break;
                case 1: // delete an attribute
                    s = ReplaceOne(s, Attribute(), r, _ => "");
                    break;
                case 2: // replace a text node
                    s = ReplaceOne(s, Text(), r, _ => ">" + OddValues[r.Next(OddValues.Length)].Replace("<", "&lt;", StringComparison.Ordinal) + "<");
                    break;
                case 3: // cut the file
                    s = s[..r.Next(s.Length)];
                    break;
                default: // insert a byte of garbage
                    var at = r.Next(s.Length);
                    s = s[..at] + "<>&\"'\0x"[r.Next(7)] + s[at..];
                    break;
            }
        }
        return s;
    }

    private static string ReplaceOne(string s, Regex regex, Random r, Func<Match, string> replacement)
    {
        var matches = regex.Matches(s);
        if (matches.Count == 0)
        {
            return s;
        }
        var m = matches[r.Next(matches.Count)];
        return string.Concat(s.AsSpan(0, m.Index), replacement(m), s.AsSpan(m.Index + m.Length));
    }

    // The first eight activities of the catalog's export: our own attributes and extensions get mutated too.
    private static string ExportOfTheCatalogHead()
    {
        var model = MigDevCatalog.Default.Model;
        var export = new IatiExporter(model, IatiExporterTest.Options).Export(model.Programmes.Where(p => !p.Partners.IsEmpty).Take(6), model.Activities.Take(2));
        return export.ToXml();
    }
}
