using System.Globalization;
using System.Text;
using System.Xml.Linq;
using MigDev.Core.Iati;
using NodaTime;

namespace MigDev.Core.Tests.Iati;

public class IatiReaderTest
{
    [Fact]
    public void SingleActivity_IsReadField_ByField()
    {
        var a = Assert.Single(IatiReader.ReadFile(IatiFiles.Single));

        Assert.Equal("XM-DAC-47066-DP.2154", a.Identifier);
        Assert.Equal("XM-DAC-47066", a.ReportingOrg!.Ref);
        Assert.Equal(40, a.ReportingOrg.Type);
        Assert.Equal("International Organization for Migration (IOM)", a.ReportingOrg.Name);
        Assert.Equal(CurrencyCode.USD, a.DefaultCurrency);
        Assert.True(a.Humanitarian);
        Assert.StartsWith("Promotion of Human Security through Comprehensive Health", a.Title, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(a.Descriptions).Type);
        Assert.Collection(a.ParticipatingOrgs,
            o => (o.Ref, o.Role, o.Type, o.Name, o.ActivityId).ShouldBe(("XM-DAC-701-2", 1, 10, "Japan - Ministry of Foreign Affairs", "XM-DAC-701-2-YK/IOM/71")),
            o => (o.Ref, o.Role, o.Type, o.Name, o.ActivityId).ShouldBe(("XM-DAC-47066", 2, 40, "International Organization for Migration (IOM)", null)));
        Assert.Equal(2, a.Status);
        Assert.Equal(new LocalDate(2020, 3, 15), a.DateOf(1));
        Assert.Equal(new LocalDate(2020, 3, 15), a.Start);
        Assert.Equal(new LocalDate(2021, 3, 14), a.End);
        Assert.Equal(CountryCode.Parse("SO"), Assert.Single(a.RecipientCountries).Country);
        Assert.Equal(["99:DP", "98:01", "1:72010"], a.Sectors.Select(s => $"{s.Vocabulary}:{s.Code}"));
        var budget = Assert.Single(a.Budgets);
        Assert.Equal((1, 2, new LocalDate(2020, 3, 15), new LocalDate(2021, 3, 14)), (budget.Type, budget.Status, budget.Start!.Value, budget.End!.Value));
        Assert.Equal(new Money(1459753.72m, CurrencyCode.USD), budget.Value);
        Assert.Equal(new LocalDate(2020, 3, 1), budget.ValueDate);
        var t = Assert.Single(a.Transactions);
        Assert.Equal((11, new LocalDate(2020, 3, 1), new Money(1459753.72m, CurrencyCode.USD)), (t.Type!.Value, t.Date!.Value, t.Value!.Value));
        Assert.Equal("XM-DAC-701-2", t.Provider!.Ref);
        Assert.Empty(a.Findings);
    }

    [Fact]
    public void HundredActivities_AllRead_InOrder_WithTheirLines()
    {
        var expected = IatiFiles.Activities(IatiFiles.Hundred);
        var read = IatiReader.ReadFile(IatiFiles.Hundred).ToList();

        Assert.Equal(100, read.Count);
        Assert.Equal(expected.Select(e => e.Element("iati-identifier")!.Value), read.Select(a => a.Identifier));
        Assert.Equal(expected.Select(e => e.Elements("sector").Count()), read.Select(a => a.Sectors.Length));
        Assert.Equal(expected.Select(e => e.Elements("participating-org").Count()), read.Select(a => a.ParticipatingOrgs.Length));
        Assert.Equal(expected.Select(e => e.Elements("recipient-country").Count() + e.Elements("recipient-region").Count()),
            read.Select(a => a.RecipientCountries.Length + a.RecipientRegions.Length));
        // Line numbers are the file's: the element named is on that line.
        var lines = File.ReadAllLines(IatiFiles.Hundred);
        foreach (var a in read)
        {
            Assert.Contains("<iati-activity", lines[a.LineNumber!.Value - 1], StringComparison.Ordinal);
            Assert.Contains("<budget", lines[a.Budgets[0].LineNumber!.Value - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BudgetsLongerThanAYear_AreTheFindings_AndTheReadGoesOn()
    {
        // Independently: budgets whose period-end is on or after period-start plus one year.
        var expected = IatiFiles.Activities(IatiFiles.Hundred)
            .Where(e => e.Elements("budget").Any(b =>
            {
                var start = DateOnly.Parse(b.Element("period-start")!.Attribute("iso-date")!.Value, CultureInfo.InvariantCulture);
                var end = DateOnly.Parse(b.Element("period-end")!.Attribute("iso-date")!.Value, CultureInfo.InvariantCulture);
                return end >= start.AddYears(1);
            }))
            .Select(e => e.Element("iati-identifier")!.Value).ToList();

        var read = IatiReader.ReadFile(IatiFiles.Hundred).ToList();
        var findings = read.SelectMany(a => a.Findings).ToList();

        Assert.Equal(24, expected.Count); // data/iati/README.md: 24 of the 100
        Assert.Equal(expected, findings.Where(f => f.RuleId == IatiRuleIds.BudgetPeriodLongerThanOneYear).Select(f => f.ActivityId));
        Assert.All(findings, f => Assert.Equal(IatiRuleIds.BudgetPeriodLongerThanOneYear, f.RuleId));
        var first = findings[0];
        Assert.Equal(IatiSeverity.Error, first.Severity);
        Assert.EndsWith("/budget[1]/period-end", first.Element, StringComparison.Ordinal);
        Assert.Contains("longer than one year", first.Message, StringComparison.Ordinal);
        Assert.NotNull(first.LineNumber);
    }

    [Fact]
    public void Malformed_Xml_IsATypedError_NamingTheLine_AndTheLastActivity()
    {
        var xml = """
            <iati-activities version="2.03">
              <iati-activity><iati-identifier>XM-A-1</iati-identifier></iati-activity>
              <iati-activity><iati-identifier>XM-A-2</iati-identifier>
            </iati-activities>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var read = new List<IatiActivity>();

        var e = Assert.Throws<MigDevDataException>(() =>
        {
            foreach (var a in IatiReader.Read(stream, "broken.xml"))
            {
                read.Add(a);
            }
        });

        Assert.Equal("XM-A-1", Assert.Single(read).Identifier);
        Assert.Equal("broken.xml", e.SourceName);
        Assert.Equal("iati-activity[2]", e.Path);
        Assert.Contains("line 4", e.Message, StringComparison.Ordinal);
        Assert.Contains("after 'XM-A-1'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<iati-organisations version=\"2.03\"/>", "/", "not IATI activity data")]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"e\">]><iati-activities/>", "/", "DTD")]
    public void NotIatiActivities_IsATypedError(string xml, string path, string message)
    {
        var e = Assert.Throws<MigDevDataException>(() => IatiReader.Parse(xml, "x.xml"));
        Assert.Equal(path, e.Path);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.05", "IATI version '1.05'")]
    [InlineData("1.01", "IATI version '1.01'")]
    [InlineData("0.9", "IATI version '0.9'")]
    [InlineData("2.", "IATI version '2.'")]
    [InlineData("2.99x", "IATI version '2.99x'")]
    [InlineData("2.04", "IATI version '2.04'")]
    [InlineData("", "IATI version ''")]
    [InlineData(null, "no IATI version (@version is required)")]
    public void VersionsOtherThan201To203_AreRefused_WithOneMessageNamingTheVersion(string? version, string named)
    {
        var xml = $"<iati-activities{(version is null ? "" : $" version=\"{version}\"")}><iati-activity><iati-identifier>XM-A-1</iati-identifier></iati-activity></iati-activities>";
        var e = Assert.Throws<MigDevDataException>(() => IatiReader.Parse(xml, "v.xml"));
        Assert.Equal(("v.xml", "/iati-activities/@version", version), (e.SourceName, e.Path, e.Value));
        Assert.Equal($"v.xml: /iati-activities/@version{(version is null ? "" : $" = '{version}'")}: {named}: this reader reads the Activity Standard 2.01, 2.02 and 2.03 only.", e.Message);
    }

    [Theory]
    [InlineData("2.01")]
    [InlineData("2.02")]
    [InlineData("2.03")]
    public void Versions201To203_AreRead(string version) =>
        Assert.Equal("XM-A-1", Assert.Single(IatiReader.Parse($"<iati-activities version=\"{version}\"><iati-activity><iati-identifier>XM-A-1</iati-identifier></iati-activity></iati-activities>")).Identifier);

    [Fact]
    public void RefusalMessages_NameTheSourceAndPathOnce()
    {
        var e = Assert.Throws<MigDevDataException>(() => IatiReader.Parse("<iati-organisations version=\"2.03\"/>", "o.xml"));
        Assert.Equal("o.xml: /: the root element is 'iati-organisations', not 'iati-activities' or 'iati-activity' in no namespace: not IATI activity data (IATI elements have no namespace).", e.Message.Replace(" = 'iati-organisations'", "", StringComparison.Ordinal));
    }

    [Fact]
    public void BadValues_AreFindings_NamingElementAndValue_AndNothingElseIsLost()
    {
        var xml = """
            <iati-activities version="2.03">
             <iati-activity>
              <iati-identifier>XM-A-1</iati-identifier>
              <reporting-org ref="XM-A" type="40"><narrative>A</narrative></reporting-org>
              <title><narrative>T</narrative></title>
              <recipient-country code="ZZ"/>
              <recipient-country code="FR"/>
              <budget><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value currency="XYZ" value-date="2020-01-01">10</value></budget>
              <budget><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/><value value-date="2021-01-01">10</value></budget>
              <transaction><transaction-type code="3"/><transaction-date iso-date="2020-05-01"/><value currency="EUR">1e5</value></transaction>
              <transaction><transaction-type code="3"/><transaction-date iso-date="2020-13-01"/><value currency="EUR" value-date="2020-05-01">7.5</value></transaction>
             </iati-activity>
             <iati-activity><iati-identifier>XM-A-2</iati-identifier></iati-activity>
            </iati-activities>
            """;

        var read = IatiReader.Parse(xml);

        Assert.Equal(["XM-A-1", "XM-A-2"], read.Select(a => a.Identifier));
        var a = read[0];
        var f = a.Findings.Select(x => (x.RuleId, x.Element, x.Value)).ToList();
        Assert.Contains((IatiRuleIds.UnknownCountry, "iati-activity[1]/recipient-country[1]/@code", "ZZ"), f);
        Assert.Contains((IatiRuleIds.UnknownCurrency, "iati-activity[1]/budget[1]/value/@currency", "XYZ"), f);
        Assert.Contains((IatiRuleIds.CurrencyRequired, "iati-activity[1]/budget[2]/value/@currency", null), f);
        Assert.Contains((IatiRuleIds.Unreadable, "iati-activity[1]/transaction[1]/value", "1e5"), f);
        Assert.Contains((IatiRuleIds.ValueDateRequired, "iati-activity[1]/transaction[1]/value", null), f);
        Assert.Contains((IatiRuleIds.Unreadable, "iati-activity[1]/transaction[2]/transaction-date/@iso-date", "2020-13-01"), f);
        Assert.All(a.Findings, x => Assert.Equal("XM-A-1", x.ActivityId));
        // What could be read is kept: the second country, both budgets' periods, the second transaction's amount.
        Assert.Equal([CountryCode.Parse("FR")], a.RecipientCountries.Select(c => c.Country));
        Assert.Equal(2, a.Budgets.Length);
        Assert.All(a.Budgets, b => Assert.Null(b.Value));
        Assert.Equal(new Money(7.5m, CurrencyCode.EUR), a.Transactions[1].Value);
    }

    [Fact]
    public void Reading_IsLazy_OneActivityAtATime()
    {
        // An endless stream of activities: taking three must return, which only a streaming reader can do.
        using var stream = new EndlessActivities();
        var three = IatiReader.Read(stream).Take(3).Select(a => a.Identifier).ToList();
        Assert.Equal(["XM-T-1", "XM-T-2", "XM-T-3"], three);
    }

    private sealed class EndlessActivities : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes("<iati-activities version=\"2.03\">");
        private int _offset;
        private int _n;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                _n++;
                _pending = Encoding.UTF8.GetBytes($"<iati-activity><iati-identifier>XM-T-{_n}</iati-identifier></iati-activity>");
                _offset = 0;
            }
            var k = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, k);
            _offset += k;
            return k;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

internal static class TupleAssert
{
    public static void ShouldBe<T>(this T actual, T expected) => Assert.Equal(expected, actual);
}
