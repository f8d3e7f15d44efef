using System.Diagnostics;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>The reader's limits (issue 18): a hostile document, made lazily so that the test holds none of it, is refused
/// with a typed error naming the limit, after reading little more than the limit, in bounded memory and time; the same
/// document is read when the limit is raised (where a test can afford it); and the defaults leave room over every real
/// file.</summary>
public class IatiReaderLimitsTest
{
    private const string Head = """<iati-activities version="2.03"><iati-activity><iati-identifier>XM-H-1</iati-identifier>""";
    private const string Tail = "</iati-activity></iati-activities>";
    private const long Slack = 200 * 1024;

    private static readonly string[] RealFiles =
        [.. Directory.GetFiles(Path.Combine(IatiFiles.Directory, "corpus"), "*.xml"), .. Directory.GetFiles(Path.Combine(IatiFiles.Directory, "real"), "*.xml")];

    // Reads it all; the error, the bytes read and the bytes allocated on this thread (where the reader runs).
    private static (MigDevDataException Error, long Read, long Allocated) Refusal(HostileXml xml, IatiReaderLimits? limits = null)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<MigDevDataException>(() => IatiReader.Read(xml, "hostile.xml", limits).ToList());
        return (e, xml.BytesRead, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void AGigabyteAttribute_IsRefusedAsALongTag_AfterLittleMoreThanTheLimit()
    {
        var (e, read, allocated) = Refusal(HostileXml.Around(Head + "<reporting-org ref=\"", "x", "\"/>" + Tail));

        Assert.Equal(("hostile.xml", "iati-activity[1]"), (e.SourceName, e.Path));
        Assert.Contains("the tag '<reporting-org ref=\"xxxxxxxxxx", e.Message, StringComparison.Ordinal);
        Assert.Contains("…' at line 1, position 89", e.Message, StringComparison.Ordinal);
        Assert.Contains("IatiReaderLimits.MaxTagBytes (1,048,576 bytes)", e.Message, StringComparison.Ordinal);
        Assert.Contains("activity 1", e.Message, StringComparison.Ordinal);
        Assert.InRange(read, 1024 * 1024, 1024 * 1024 + Slack);
        Assert.InRange(allocated, 0, 24 * 1024 * 1024);
    }

    [Fact]
    public void AGigabyteElementName_IsRefusedAsALongTag()
    {
        var (e, read, allocated) = Refusal(HostileXml.Around(Head + "<", "x", "/>" + Tail));

        Assert.Contains("IatiReaderLimits.MaxTagBytes", e.Message, StringComparison.Ordinal);
        Assert.InRange(read, 1024 * 1024, 1024 * 1024 + Slack);
        Assert.InRange(allocated, 0, 24 * 1024 * 1024);
    }

    [Fact]
    public void AGigabyteNarrative_IsRefusedAtTheTextLimit_NeverHeldWhole()
    {
        var (e, read, allocated) = Refusal(HostileXml.Around(Head + "<title><narrative>", "x", "</narrative></title>" + Tail));

        Assert.Equal("iati-activity[1]/title/narrative", e.Path);
        Assert.Contains("the text of 'narrative' at line 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("IatiReaderLimits.MaxTextLength (1,000,000 characters)", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("xxxxxxxx", e.Value, StringComparison.Ordinal);
        Assert.InRange(read, 1_000_000, 1_000_000 + Slack);
        Assert.InRange(allocated, 0, 24 * 1024 * 1024);
    }

    [Fact]
    public void AGigabyteOfSkippedText_IsNeverHeld_AndRefusedAtTheActivityLimit()
    {
        var (e, read, allocated) = Refusal(HostileXml.Around(Head + "<result><description>", "x", "</description></result>" + Tail));

        Assert.Equal("iati-activity[1]", e.Path);
        Assert.Contains("the activity starting at line 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("IatiReaderLimits.MaxActivityBytes (16,777,216 bytes)", e.Message, StringComparison.Ordinal);
        Assert.InRange(read, 16L * 1024 * 1024, 16L * 1024 * 1024 + Slack);
        Assert.InRange(allocated, 0, 8 * 1024 * 1024);
    }

    [Fact]
    public void ACdataSectionFullOfMarkup_IsRefusedAtTheActivityLimit()
    {
        var limits = new IatiReaderLimits { MaxActivityBytes = 1024 * 1024 };
        var (e, read, _) = Refusal(HostileXml.Around(Head + "<title><narrative><![CDATA[", "<a>", "]]></narrative></title>" + Tail, 10_000_000), limits);

        Assert.Contains("IatiReaderLimits.MaxActivityBytes (1,048,576 bytes)", e.Message, StringComparison.Ordinal);
        Assert.InRange(read, 1024 * 1024, 1024 * 1024 + Slack);
    }

    [Fact]
    public void TheXmlBetweenActivities_IsBoundedToo()
    {
        var limits = new IatiReaderLimits { MaxActivityBytes = 1024 * 1024 };
        var (e, read, _) = Refusal(new HostileXml((Head + "</iati-activity>", 1), ("<!-- a comment -->", 1_000_000), ("</iati-activities>", 1)), limits);

        Assert.Equal("iati-activity[1]", e.Path);
        Assert.Contains("the XML outside activities", e.Message, StringComparison.Ordinal);
        Assert.Contains("after activity 1 (after 'XM-H-1')", e.Message, StringComparison.Ordinal);
        Assert.InRange(read, 1024 * 1024, 1024 * 1024 + Slack);
    }

    [Theory]
    [InlineData("<title><narrative>", "<x>a")]
    [InlineData("", "<x>")]
    public void AMillionNestedElements_AreRefusedAtTheDepthLimit_Quickly(string into, string open)
    {
        var watch = Stopwatch.StartNew();
        var (e, read, _) = Refusal(new HostileXml((Head + into, 1), (open, 1_000_000), ("</x>", 1_000_000), (Tail, 1)));

        Assert.Contains("the depth of 'x' at line 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("IatiReaderLimits.MaxDepth (64 levels)", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("iati-activity[1]/", e.Path, StringComparison.Ordinal);
        Assert.InRange(read, 0, Slack);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void AMillionNestedElements_OutsideActivities_AreRefusedAtTheDepthLimit()
    {
        var (e, read, _) = Refusal(new HostileXml(("""<iati-activities version="2.03">""", 1), ("<x>", 1_000_000), ("</x>", 1_000_000), ("</iati-activities>", 1)));

        Assert.Equal("/", e.Path);
        Assert.Contains("IatiReaderLimits.MaxDepth (64 levels)", e.Message, StringComparison.Ordinal);
        Assert.InRange(read, 0, Slack);
    }

    [Fact]
    public void DeepNesting_WithTheLimitRaised_IsRead_InLinearTime()
    {
        const int Depth = 20_000;
        var xml = Head + "<title><narrative>" + string.Concat(Enumerable.Repeat("<x>a", Depth)) + string.Concat(Enumerable.Repeat("</x>", Depth)) + "</narrative></title>" + Tail;

        Assert.Throws<MigDevDataException>(() => IatiReader.Parse(xml));
        var watch = Stopwatch.StartNew();
        var a = Assert.Single(IatiReader.Parse(xml, "deep.xml", new IatiReaderLimits { MaxDepth = Depth + 10 }));

        Assert.Equal(new string('a', Depth), a.Title);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void ManyTextNodes_InOneNarrative_TakeLinearTime()
    {
        // Before issue 18 each text node was appended by copying all before it: a million nested ones took 233 s.
        const int Pieces = 300_000;
        var xml = Head + "<title><narrative>" + string.Concat(Enumerable.Repeat("ab<x/>", Pieces)) + "</narrative></title>" + Tail;
        var watch = Stopwatch.StartNew();

        var a = Assert.Single(IatiReader.Parse(xml, "pieces.xml", new IatiReaderLimits { MaxActivityElements = 1_000_000 }));

        Assert.Equal(2 * Pieces, a.Title!.Length);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void ManyElements_AreRefusedAtTheElementLimit_AndReadWhenRaised()
    {
        var xml = Head + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<sector vocabulary=\"99\" code=\"{i}\"/>")) + Tail;

        var e = Assert.Throws<MigDevDataException>(() => IatiReader.Parse(xml, "many.xml", new IatiReaderLimits { MaxActivityElements = 1_000 }));
        Assert.Contains("the elements of the activity, at 'sector' at line 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("IatiReaderLimits.MaxActivityElements (1,000 elements)", e.Message, StringComparison.Ordinal);
        Assert.Equal(XDocument.Parse(xml).Descendants("sector").Count(), Assert.Single(IatiReader.Parse(xml, "many.xml", new IatiReaderLimits { MaxActivityElements = 3_000 })).Sectors.Length);
    }

    [Fact]
    public void EndlessDistinctNames_AreRefusedAtTheNamesLimit_AndReadWhenRaised()
    {
        var xml = """<iati-activities version="2.03">""" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<n{i}/>")) +
            "<iati-activity><iati-identifier>XM-N</iati-identifier></iati-activity></iati-activities>";

        var e = Assert.Throws<MigDevDataException>(() => IatiReader.Parse(xml, "names.xml"));
        Assert.Contains("IatiReaderLimits.MaxNames (10,000 names)", e.Message, StringComparison.Ordinal);
        Assert.Equal("XM-N", Assert.Single(IatiReader.Parse(xml, "names.xml", new IatiReaderLimits { MaxNames = 30_000 })).Identifier);
    }

    [Fact]
    public void SmallLimits_RefuseWhatRaisedOnesRead()
    {
        var tag = Head + $"<reporting-org ref=\"XM-{new string('r', 2_000)}\"/>" + Tail;
        var text = Head + $"<title><narrative>{new string('t', 2_000)}</narrative></title>" + Tail;
        var big = Head + string.Concat(Enumerable.Repeat($"<description><narrative>{new string('d', 1_000)}</narrative></description>", 100)) + Tail;

        Assert.Contains("MaxTagBytes", Assert.Throws<MigDevDataException>(() => IatiReader.Parse(tag, "t", new IatiReaderLimits { MaxTagBytes = 1024 })).Message, StringComparison.Ordinal);
        Assert.Equal(2_003, Assert.Single(IatiReader.Parse(tag, "t", new IatiReaderLimits { MaxTagBytes = 4096 })).ReportingOrg!.Ref!.Length);
        Assert.Contains("MaxTextLength", Assert.Throws<MigDevDataException>(() => IatiReader.Parse(text, "t", new IatiReaderLimits { MaxTextLength = 1_000 })).Message, StringComparison.Ordinal);
        Assert.Equal(new string('t', 2_000), Assert.Single(IatiReader.Parse(text, "t", new IatiReaderLimits { MaxTextLength = 3_000 })).Title);
        Assert.Contains("MaxActivityBytes", Assert.Throws<MigDevDataException>(() => IatiReader.Parse(big, "t", new IatiReaderLimits { MaxActivityBytes = 64 * 1024 })).Message, StringComparison.Ordinal);
        Assert.Equal(100, Assert.Single(IatiReader.Parse(big)).Descriptions.Length);
    }

    [Fact]
    public void AFileInUtf16_MeetsTheLimits_AsItsTextInUtf8()
    {
        // U+4E3C is the bytes 3C 4E in UTF-16LE: a '<' to a meter that counted the file's own bytes.
        var narrative = new string('\u4E3C', 2_000);
        var limits = new IatiReaderLimits { MaxTagBytes = 1024, MaxTextLength = 2_000 };

        foreach (var encoding in new Encoding[] { Encoding.Unicode, Encoding.BigEndianUnicode, new UTF32Encoding(false, true), new UTF8Encoding(true) })
        {
            var xml = $"""<?xml version="1.0" encoding="{encoding.WebName}"?>{Head}<title><narrative>{narrative}</narrative></title>{Tail}""";
            using var stream = new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(xml)]);
            Assert.Equal(narrative, Assert.Single(IatiReader.Read(stream, "wide.xml", limits)).Title);
        }
        // 700 such characters in an attribute are 2,100 bytes in UTF-8 (1,400 in UTF-16): a tag too long in either.
        var attribute = $"""<?xml version="1.0" encoding="UTF-16"?>{Head}<reporting-org ref="{new string('\u4E3C', 700)}"/>{Tail}""";
        using var wide = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(attribute)]);
        Assert.Contains("MaxTagBytes", Assert.Throws<MigDevDataException>(() => IatiReader.Read(wide, "wide.xml", limits).ToList()).Message, StringComparison.Ordinal);
        Assert.Contains("MaxTagBytes", Assert.Throws<MigDevDataException>(() => IatiReader.Parse(attribute, "text", limits)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheImporter_ReadsFilesWithinTheLimitsGiven()
    {
        var folder = Directory.CreateTempSubdirectory("iati-limits-");
        try
        {
            var file = Path.Combine(folder.FullName, "a.xml");
            File.WriteAllText(file, Head + $"<title><narrative>{new string('t', 2_000)}</narrative></title>" + Tail);
            var importer = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
            var small = new IatiReaderLimits { MaxTextLength = 1_000 };

            Assert.Equal(file, Assert.Throws<MigDevDataException>(() => importer.ImportFile(file, small)).SourceName);
            Assert.Equal(file, Assert.Throws<MigDevDataException>(() => importer.ImportFiles([file], null, small)).SourceName);
            Assert.Equal(file, Assert.Throws<MigDevDataException>(() => importer.ImportDirectory(folder.FullName, null, small)).SourceName);
            Assert.Single(importer.ImportDirectory(folder.FullName).Model.Programmes);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(nameof(IatiReaderLimits.MaxActivityBytes), 64 * 1024 - 1)]
    [InlineData(nameof(IatiReaderLimits.MaxActivityBytes), (1L << 40) + 1)]
    [InlineData(nameof(IatiReaderLimits.MaxActivityElements), 99)]
    [InlineData(nameof(IatiReaderLimits.MaxTagBytes), 1023)]
    [InlineData(nameof(IatiReaderLimits.MaxTagBytes), (1L << 30) + 1)]
    [InlineData(nameof(IatiReaderLimits.MaxTextLength), 999)]
    [InlineData(nameof(IatiReaderLimits.MaxTextLength), 1_000_000_001)]
    [InlineData(nameof(IatiReaderLimits.MaxDepth), 7)]
    [InlineData(nameof(IatiReaderLimits.MaxDepth), 1_000_001)]
    [InlineData(nameof(IatiReaderLimits.MaxNames), 99)]
    [InlineData(nameof(IatiReaderLimits.MaxNames), 10_000_001)]
    public void ALimitOutsideItsRange_IsRefused(string limit, long value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => limit switch
        {
            nameof(IatiReaderLimits.MaxActivityBytes) => new IatiReaderLimits { MaxActivityBytes = value },
            nameof(IatiReaderLimits.MaxActivityElements) => new IatiReaderLimits { MaxActivityElements = (int)value },
            nameof(IatiReaderLimits.MaxTagBytes) => new IatiReaderLimits { MaxTagBytes = (int)value },
            nameof(IatiReaderLimits.MaxTextLength) => new IatiReaderLimits { MaxTextLength = (int)value },
            nameof(IatiReaderLimits.MaxDepth) => new IatiReaderLimits { MaxDepth = (int)value },
            _ => new IatiReaderLimits { MaxNames = (int)value },
        });
        Assert.Equal(limit, e.ParamName);
    }

    [Fact]
    public void TheDefaults_LeaveAHundredfoldRoomOverTheRealFiles()
    {
        var m = RealMaxima();

        // docs/iati.md, "Limits", gives these.
        Assert.Equal((148_455L, 2_582, 622, 14_506, 8), (m.ActivityBytes, m.ActivityElements, m.TagBytes, m.TextLength, m.Depth));
        Assert.Equal(133, m.Names);
        var d = IatiReaderLimits.Default;
        Assert.True(d.MaxActivityBytes >= 100 * m.ActivityBytes && d.MaxActivityElements >= 30 * m.ActivityElements && d.MaxTagBytes >= 100 * m.TagBytes
            && d.MaxTextLength >= 50 * m.TextLength && d.MaxDepth >= 8 * m.Depth && d.MaxNames >= 30 * m.Names);
        foreach (var file in RealFiles)
        {
            Assert.Equal(IatiFiles.Activities(file).Count, IatiReader.ReadFile(file).Count());
        }
    }

    // The largest of each measure over the real files, read with a plain XmlReader and the files' bytes.
    private static (long ActivityBytes, int ActivityElements, int TagBytes, int TextLength, int Depth, int Names) RealMaxima()
    {
        long activityBytes = 0;
        int elements = 0, tag = 0, text = 0, depth = 0, names = 0;
        foreach (var file in RealFiles)
        {
            var bytes = File.ReadAllBytes(file);
            var start = -1;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == '<' && bytes.AsSpan(i).StartsWith("<iati-activity"u8) && bytes[i + 14] is (byte)' ' or (byte)'>' or (byte)'\n' or (byte)'\r' or (byte)'\t')
                {
                    start = i;
                }
                else if (bytes[i] == '<' && bytes.AsSpan(i).StartsWith("</iati-activity>"u8))
                {
                    activityBytes = Math.Max(activityBytes, i + 16 - start);
                }
                if (bytes[i] == '<')
                {
                    var gt = bytes.AsSpan(i).IndexOf((byte)'>');
                    tag = Math.Max(tag, gt + 1);
                }
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            using var reader = XmlReader.Create(file, new XmlReaderSettings { IgnoreWhitespace = true });
            var inActivity = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                inActivity = reader.Depth == 1 && reader.LocalName == "iati-activity" ? 1 : inActivity + 1;
                elements = Math.Max(elements, inActivity);
                depth = Math.Max(depth, reader.Depth + 1);
                seen.UnionWith([reader.Name, reader.LocalName, reader.Prefix, reader.NamespaceURI]);
                while (reader.MoveToNextAttribute())
                {
                    seen.UnionWith([reader.Name, reader.LocalName, reader.Prefix, reader.NamespaceURI]);
                }
                reader.MoveToElement();
            }
            names = Math.Max(names, seen.Count);
            text = Math.Max(text, XDocument.Load(file).Descendants().Where(e => e.Name.LocalName is "narrative" or "value" or "iati-identifier").Max(e => e.Value.Length));
        }
        return (activityBytes, elements, tag, text, depth, names);
    }
}
