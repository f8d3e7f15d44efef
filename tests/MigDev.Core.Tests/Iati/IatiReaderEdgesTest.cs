using System.Globalization;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>What the reader once changed silently (issue 18): each is now a finding or an error naming it.</summary>
public class IatiReaderEdgesTest
{
    private static string Activity(string body, string activityAttributes = "") =>
        $"""
        <iati-activities version="2.03">
          <iati-activity default-currency="USD"{activityAttributes}>
            <iati-identifier>XM-A-1</iati-identifier>
            <participating-org ref="XM-DAC-41114" role="1"><narrative>UNDP</narrative></participating-org>
            {body}
          </iati-activity>
        </iati-activities>
        """;

    private static string Transaction(string value) =>
        $"""<transaction><transaction-type code="2"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">{value}</value></transaction>""";

    [Theory]
    [InlineData("1.00000000000000000000000000000001")]
    [InlineData("0.000000000000000000000000000001")]
    [InlineData("-0.000000000000000000000000000001")]
    [InlineData("12345678901234567890.123456789012")]
    [InlineData("7922816251426433759354395033.55")]
    public void Value_ThatAnAmountCannotHoldExactly_IsAFinding_QuotingIt_AndNotImported(string text)
    {
        var a = Assert.Single(IatiReader.Parse(Activity(Transaction(text))));

        Assert.Null(Assert.Single(a.Transactions).Value);
        var f = Assert.Single(a.Findings, f => f.RuleId == IatiRuleIds.Unreadable);
        Assert.Equal(text, f.Value);
        Assert.Contains($"'{text}'", f.Message, StringComparison.Ordinal);
        Assert.EndsWith("/transaction[1]/value", f.Element, StringComparison.Ordinal);
        var result = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents).Import([a]);
        Assert.Empty(result.Model.Commitments);
    }

    [Theory]
    [InlineData("1.0000000000000000000000000000000000", "1")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("7922816251426433759354395033.5", "7922816251426433759354395033.5")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData(" +000123.4500 ", "123.45")]
    [InlineData("-0.00", "0")]
    [InlineData(".5", "0.5")]
    public void Value_ThatAnAmountHoldsExactly_IsRead_AsWritten(string text, string expected)
    {
        var a = Assert.Single(IatiReader.Parse(Activity(Transaction(text))));

        Assert.Empty(a.Findings);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Assert.Single(a.Transactions).Value!.Value.Amount);
    }

    // Issue 21 reads attribute values in chunks and shares repeated ones: each must still be what XmlReader.Value
    // gives, entities expanded and whitespace normalized, as LINQ to XML reads it (then trimmed, as the parser does).
    [Theory]
    [InlineData("XM-DAC-41114")]
    [InlineData("A&amp;B &lt;C&gt; &quot;D&quot; &apos;E&apos;")]
    [InlineData("&#x41;&#66;&#x1F600;")]
    [InlineData("tab&#9;and	new&#10;line\nend")]
    [InlineData("")]
    public void AttributeValue_WithEntitiesAndWhitespace_IsWhatTheXmlSays(string written)
    {
        written = written.Replace("\\n", "\n", StringComparison.Ordinal);
        var body = $"""<participating-org ref="{written}" role="2"><narrative>One</narrative></participating-org><participating-org ref="{written}" role="3"><narrative>Two</narrative></participating-org>""";
        var xml = Activity(body);
        var expected = System.Xml.Linq.XDocument.Parse(xml).Descendants("participating-org").Skip(1)
            .Select(e => ((string?)e.Attribute("ref"))?.Trim() is { Length: > 0 } value ? value : null).ToArray(); // blank is absent

        var a = Assert.Single(IatiReader.Parse(xml));

        Assert.Equal(expected, a.ParticipatingOrgs.Skip(1).Select(o => o.Ref).ToArray());
    }

    [Fact]
    public void AttributeValue_LongerThanTheReadersChunk_IsReadWhole()
    {
        var written = string.Concat(Enumerable.Repeat("0123456789", 500)); // 5,000 characters: more than one 4,096 chunk
        var a = Assert.Single(IatiReader.Parse(Activity($"""<participating-org ref="{written}" role="2"><narrative>Long</narrative></participating-org>""")));

        Assert.Equal(written, a.ParticipatingOrgs[1].Ref);
    }

    [Fact]
    public void Transaction_WithASecondValue_IsAFinding_NamingIt()
    {
        var xml = Activity("""
            <transaction>
              <transaction-type code="2"/><transaction-date iso-date="2020-01-01"/>
              <value value-date="2020-01-01">100</value>
              <value value-date="2020-01-01">250</value>
            </transaction>
            """);
        var a = Assert.Single(IatiReader.Parse(xml));

        Assert.Equal(100m, Assert.Single(a.Transactions).Value!.Value.Amount);
        var f = Assert.Single(a.Findings);
        Assert.Equal((IatiRuleIds.Repeated, IatiSeverity.Error, "250"), (f.RuleId, f.Severity, f.Value));
        Assert.Equal("iati-activity[1]/transaction[1]/value[2]", f.Element);
        Assert.Equal(8, f.LineNumber);
    }

    [Fact]
    public void Budget_WithASecondValueOrPeriod_IsAFinding_ForEach()
    {
        var xml = Activity("""
            <budget type="1" status="1">
              <period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><period-end iso-date="2021-12-31"/>
              <value value-date="2020-01-01">100</value><value value-date="2020-01-01">100</value><value value-date="2020-01-01">7</value>
            </budget>
            """);
        var a = Assert.Single(IatiReader.Parse(xml));

        Assert.Equal(["iati-activity[1]/budget[1]/period-end[2]", "iati-activity[1]/budget[1]/value[2]", "iati-activity[1]/budget[1]/value[3]"],
            a.Findings.Where(f => f.RuleId == IatiRuleIds.Repeated).Select(f => f.Element));
        Assert.Equal(100m, Assert.Single(a.Budgets).Value!.Value.Amount);
    }

    [Fact]
    public void Narratives_InSeveralLanguages_AreNoRepeat() =>
        Assert.Empty(Assert.Single(IatiReader.Parse(Activity(
            """<title><narrative>A</narrative><narrative xml:lang="fr">B</narrative></title>"""))).Findings);

    [Theory]
    [InlineData("""<iati-activity xmlns="urn:x"><iati-identifier>XM-B</iati-identifier></iati-activity>""", "urn:x")]
    [InlineData("""<x:iati-activity xmlns:x="http://iatistandard.org/"><iati-identifier>XM-B</iati-identifier></x:iati-activity>""", "http://iatistandard.org/")]
    public void Activity_InAForeignNamespace_IsAnError_NamingIt(string foreign, string ns)
    {
        var xml = $"""
            <iati-activities version="2.03">
              <iati-activity><iati-identifier>XM-A</iati-identifier></iati-activity>
              {foreign}
            </iati-activities>
            """;
        var read = new List<string?>();
        var e = Assert.Throws<MigDevDataException>(() =>
        {
            foreach (var a in IatiReader.Parse(xml, "ns.xml"))
            {
                read.Add(a.Identifier);
            }
        });

        Assert.Equal("ns.xml", e.SourceName);
        Assert.Contains($"namespace '{ns}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("IATI elements have no namespace", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<group><iati-activity><iati-identifier>XM-B</iati-identifier></iati-activity></group>""", "group")]
    [InlineData("""<x:ext xmlns:x="urn:x"><a><iati-activity><iati-identifier>XM-B</iati-identifier></iati-activity></a></x:ext>""", "x:ext")]
    public void Activity_InsideAnUnknownWrapper_IsAnError_NamingIt(string wrapped, string wrapper)
    {
        var xml = $"""
            <iati-activities version="2.03">
              <iati-activity><iati-identifier>XM-A</iati-identifier></iati-activity>
              {wrapped}
            </iati-activities>
            """;
        var e = Assert.Throws<MigDevDataException>(() => IatiReader.Parse(xml, "wrap.xml"));

        Assert.Equal("wrap.xml", e.SourceName);
        Assert.Contains($"inside '{wrapper}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<iati-activity><iati-identifier>XM-B</iati-identifier>NESTED</iati-activity>""")]
    [InlineData("""<x:ext xmlns:x="urn:x"><iati-activity><iati-identifier>XM-B</iati-identifier>NESTED</iati-activity></x:ext>""")]
    [InlineData("""<result><indicator><iati-activity><iati-identifier>XM-B</iati-identifier>NESTED</iati-activity></indicator></result>""")]
    public void Activity_InsideAnActivity_IsAFinding_OnTheOuterOne_NamingItsLine(string nested)
    {
        var body = nested.Replace("NESTED", Transaction("500"), StringComparison.Ordinal);
        var a = Assert.Single(IatiReader.Parse(Activity(body), "nested.xml"));

        var f = Assert.Single(a.Findings, f => f.RuleId == IatiRuleIds.NestedActivity);
        Assert.Equal(IatiSeverity.Error, f.Severity);
        Assert.Equal(5, f.LineNumber);
        Assert.Contains("not read", f.Message, StringComparison.Ordinal);
        Assert.Empty(a.Transactions);
    }

    [Fact]
    public void UnknownElements_WithoutActivities_AreStillSkipped() =>
        Assert.Equal("XM-A", Assert.Single(IatiReader.Parse("""
            <iati-activities version="2.03"><x:meta xmlns:x="urn:x"><a/></x:meta><group><b/></group>
              <iati-activity><iati-identifier>XM-A</iati-identifier></iati-activity>
            </iati-activities>
            """)).Identifier);

    [Theory]
    [InlineData("maybe")]
    [InlineData("True")]
    [InlineData("yes")]
    [InlineData("2")]
    [InlineData("")]
    public void Humanitarian_NotAnXsdBoolean_IsAFinding(string value)
    {
        var a = Assert.Single(IatiReader.Parse(Activity("", $" humanitarian=\"{value}\"")));

        Assert.Null(a.Humanitarian);
        var f = Assert.Single(a.Findings);
        Assert.Equal((IatiRuleIds.Unreadable, "iati-activity[1]/@humanitarian", value), (f.RuleId, f.Element, f.Value));
        Assert.Contains("xsd:boolean", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" 1 ", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void Humanitarian_AnXsdBoolean_IsRead(string value, bool expected)
    {
        var a = Assert.Single(IatiReader.Parse(Activity("", $" humanitarian=\"{value}\"")));
        Assert.Empty(a.Findings);
        Assert.Equal(expected, a.Humanitarian);
    }

    [Fact]
    public void SecondaryReporter_NotAnXsdBoolean_IsAFinding()
    {
        var a = Assert.Single(IatiReader.Parse(Activity("""<reporting-org ref="XM" type="10" secondary-reporter="maybe"><narrative>X</narrative></reporting-org>""")));

        Assert.False(a.IsSecondaryReporter);
        var f = Assert.Single(a.Findings, f => f.RuleId == IatiRuleIds.Unreadable);
        Assert.Equal(("iati-activity[1]/reporting-org[1]/@secondary-reporter", "maybe"), (f.Element, f.Value));
    }

    [Theory]
    [InlineData("2020-01-01+25:00")]
    [InlineData("2020-01-01+14:01")]
    [InlineData("2020-01-01-15:00")]
    [InlineData("2020-01-01+01:60")]
    [InlineData("2020-01-01+1:00")]
    [InlineData("2020-01-01+01")]
    [InlineData("2020-01-01Zx")]
    [InlineData("2020-01-01+")]
    public void ValueDate_WithAZoneOutsideTheXsdRange_IsUnreadable(string date)
    {
        var a = Assert.Single(IatiReader.Parse(Activity($"""<transaction><transaction-type code="2"/><transaction-date iso-date="2020-01-01"/><value value-date="{date}">1</value></transaction>""")));

        Assert.Null(Assert.Single(a.Transactions).ValueDate);
        var f = Assert.Single(a.Findings, f => f.RuleId == IatiRuleIds.Unreadable);
        Assert.Equal(("iati-activity[1]/transaction[1]/value/@value-date", date), (f.Element, f.Value));
        Assert.Contains("zone Z or from -14:00 to +14:00", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01-01+14:00")]
    [InlineData("2020-01-01-14:00")]
    [InlineData("2020-01-01Z")]
    [InlineData("2020-01-01+05:30")]
    [InlineData("2020-01-01-00:00")]
    [InlineData(" 2020-01-01+01:00 ")]
    public void ValueDate_WithAZoneInTheXsdRange_IsItsDay(string date)
    {
        var a = Assert.Single(IatiReader.Parse(Activity($"""<transaction><transaction-type code="2"/><transaction-date iso-date="2020-01-01"/><value value-date="{date}">1</value></transaction>""")));

        Assert.Empty(a.Findings);
        Assert.Equal(new NodaTime.LocalDate(2020, 1, 1), Assert.Single(a.Transactions).ValueDate);
    }

    [Fact]
    public void Root_InAForeignNamespace_SaysWhichNamespace()
    {
        var e = Assert.Throws<MigDevDataException>(() => IatiReader.Parse("""<iati-activities xmlns="urn:x" version="2.03"/>""", "ns.xml"));

        Assert.Equal("/", e.Path);
        Assert.Contains("'iati-activities' in namespace 'urn:x'", e.Message, StringComparison.Ordinal);
        Assert.Contains("IATI elements have no namespace", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dtd_IsRefused_SayingSo_WithItsLine()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!-- a comment -->\n\n  <!DOCTYPE iati-activities [<!ENTITY e \"e\">]>\n<iati-activities version=\"2.03\"/>";
        var e = Assert.Throws<MigDevDataException>(() => IatiReader.Parse(xml, "dtd.xml"));

        Assert.Contains("DTDs are refused", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 4, position 3", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 0", e.Message, StringComparison.Ordinal);
    }
}
