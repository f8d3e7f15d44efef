using System.Xml.Linq;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>Where the reader says things are, on the real corpus (data/iati/corpus): the path and line of every element it
/// reads and of every finding, checked against LINQ to XML with line info, a reading independent of the reader's own
/// (which works straight on the XmlReader since run 18 of docs/benchmarks.md).</summary>
public class IatiReaderCorpusTest
{
    private static readonly string[] CorpusFileNames =
        [.. System.IO.Directory.GetFiles(Path.Combine(IatiFiles.Directory, "corpus"), "*.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> CorpusFiles() => [.. CorpusFileNames];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFile_EveryElementRead_IsWhereItsPathSays_OnItsLine(string file)
    {
        var (xml, read) = Both(file);

        Assert.Equal(xml.Count, read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            var a = read[i];
            Assert.Equal($"iati-activity[{i + 1}]", a.Element);
            Assert.Equal(Line(xml[i]), a.LineNumber);
            foreach (var e in ElementsOf(a))
            {
                var (elements, attribute) = Resolve(xml, e.Element);
                Assert.Null(attribute);
                Assert.Equal(e.Element[(e.Element.LastIndexOf('/') + 1)..].Split('[')[0], elements[^1].Name.LocalName);
                Assert.Equal(Line(elements[^1]), e.LineNumber);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFile_EveryFinding_NamesAnElementOfItsActivity_AndALineOnThatPath(string file)
    {
        var (xml, read) = Both(file);

        foreach (var (a, i) in read.Select((a, i) => (a, i)))
        {
            foreach (var f in a.Findings)
            {
                Assert.StartsWith($"iati-activity[{i + 1}]/", f.Element, StringComparison.Ordinal);
                Assert.Equal(a.Identifier, f.ActivityId);
                var (elements, attribute) = Resolve(xml, f.Element);
                // The line is that of the element named, or of an element on its path (a rule said of a budget names its
                // period-end; a value that is missing is said at its parent's line); a sum of percentages is said of the
                // group, at the line of its first member.
                var lines = f.RuleId is IatiRuleIds.SectorPercentages or IatiRuleIds.CountryPercentages or IatiRuleIds.CountryAndRegionPercentages
                    ? xml[i].Elements().Where(e => e.Name.LocalName is "sector" or "recipient-country" or "recipient-region").Select(Line)
                    : elements.Select(Line);
                Assert.True(f.LineNumber is null || lines.Contains(f.LineNumber), $"{f}: line {f.LineNumber} is on none of {f.Element}.");
                if (attribute is not null && f.Value is not null)
                {
                    // A value that cannot be read: the attribute as written, at its element's line.
                    Assert.Equal(attribute.Value.Trim(), f.Value.Trim());
                    Assert.Equal(Line(elements[^1]), f.LineNumber);
                }
            }
        }
    }

    [Fact]
    public void Corpus_ValuesWithoutAValueDate_AreEachAFinding_AtTheirPath_OnTheLineOfTheirBudgetOrTransaction()
    {
        foreach (var file in CorpusFileNames)
        {
            var (xml, read) = Both(file);
            var expected = xml.SelectMany((a, i) => new[] { "budget", "transaction" }.SelectMany(name => a.Elements(name)
                    .Select((e, k) => (Path: $"iati-activity[{i + 1}]/{name}[{k + 1}]/value", Value: e.Element("value"), Parent: e))))
                .Where(x => !IsDay(x.Value?.Attribute("value-date")?.Value))
                .Select(x => (x.Path, Line(x.Parent)))
                .Order();

            var actual = read.SelectMany(a => a.Findings).Where(f => f.RuleId == IatiRuleIds.ValueDateRequired).Select(f => (f.Element, f.LineNumber)).Order();

            Assert.Equal(expected, actual);
        }
    }

    // A day as xsd:date writes it (a zone after it is allowed).
    private static bool IsDay(string? text) =>
        text?.Trim() is { Length: >= 10 } t && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    // Issue 21: the reader reads attribute values in chunks and shares repeated short values and texts. On the real
    // corpus, every participating organisation's ref, activity id and name is what LINQ to XML reads (trimmed, blank as
    // absent, the parser's rule), in the same order.
    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFile_ParticipatingOrgs_HaveTheRefsIdsAndNamesLinqToXmlReads(string file)
    {
        var (xml, read) = Both(file);

        for (var i = 0; i < read.Count; i++)
        {
            var expected = xml[i].Elements("participating-org")
                .Select(o => (Blank((string?)o.Attribute("ref")), Blank((string?)o.Attribute("activity-id")), Blank(o.Element("narrative")?.Value)))
                .ToArray();
            var actual = read[i].ParticipatingOrgs.Select(o => (o.Ref, o.ActivityId, o.Name)).ToArray();
            Assert.Equal(expected, actual);
        }
    }

    private static string? Blank(string? text) => text?.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static (List<XElement> Xml, List<IatiActivity> Read) Both(string file)
    {
        var path = Path.Combine(IatiFiles.Directory, "corpus", file);
        var root = XDocument.Load(path, LoadOptions.SetLineInfo).Root!;
        List<XElement> xml = root.Name.LocalName == "iati-activity" ? [root] : [.. root.Elements("iati-activity")];
        return (xml, [.. IatiReader.ReadFile(path)]);
    }

    private static IEnumerable<IatiElement> ElementsOf(IatiActivity a) =>
        new IEnumerable<IatiElement>[]
        {
            a.ReportingOrg is { } r ? [r] : [], a.Descriptions, a.ParticipatingOrgs, a.OtherIdentifiers, a.Dates, a.RecipientCountries,
            a.RecipientRegions, a.Sectors, a.Budgets, a.Transactions, a.RelatedActivities,
            a.Transactions.SelectMany(t => new[] { t.Provider, t.Receiver }).OfType<IatiElement>(),
        }.SelectMany(x => x);

    // The elements a path names, from the activity down (iati-activity[3]/transaction[2]/value/@currency: the activity,
    // its second transaction, that transaction's first value), as far as they exist, and the attribute it ends with.
    private static (List<XElement> Elements, XAttribute? Attribute) Resolve(List<XElement> activities, string path)
    {
        var steps = path.Split('/');
        var elements = new List<XElement> { activities[Index(steps[0]) - 1] };
        XAttribute? attribute = null;
        foreach (var step in steps.Skip(1))
        {
            var current = elements[^1];
            if (step.StartsWith('@'))
            {
                attribute = current.Attribute(step[1..]);
                break;
            }
            var name = step.Split('[')[0];
            var next = step.Contains('[', StringComparison.Ordinal) ? current.Elements(name).ElementAtOrDefault(Index(step) - 1) : current.Element(name);
            if (next is null)
            {
                // Only the last step may name an element that is not there (a finding that it is missing).
                Assert.Equal(steps[^1], step);
                break;
            }
            elements.Add(next);
        }
        return (elements, attribute);
    }

    private static int Index(string step) => int.Parse(step[(step.IndexOf('[', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);

    private static int? Line(XElement e) => ((System.Xml.IXmlLineInfo)e).LineNumber;
}
