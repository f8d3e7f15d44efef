using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using MigDev.Core.Iati;
using NodaTime;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Iati;

public class IatiExporterTest
{
    internal static readonly Instant GeneratedAt = Instant.FromUtc(2026, 11, 23, 12, 0);

    internal static readonly IatiExportOptions Options = new(IatiReportingOrg.Example, GeneratedAt);

    private static readonly Lazy<(IatiExportResult Export, string Xml)> Catalog = new(() =>
    {
        var export = new IatiExporter(MigDevCatalog.Default.Model, Options).ExportAll();
        return (export, export.ToXml());
    });

    private static MigDevModel Model => MigDevCatalog.Default.Model;

    [Fact]
    public void WholeCatalog_ValidatesAgainstTheIati203Schema()
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, IatiFiles.Schema);
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(Catalog.Value.Xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
        // The schema is the real one: an activity without its required activity-status fails it.
        var broken = Catalog.Value.Xml.Replace("<activity-status code=\"2\" />", "", StringComparison.Ordinal);
        Assert.NotEqual(Catalog.Value.Xml, broken);
        var brokenErrors = 0;
        var strict = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        strict.ValidationEventHandler += (_, _) => brokenErrors++;
        using (var reader = XmlReader.Create(new StringReader(broken), strict))
        {
            while (reader.Read())
            {
            }
        }
        Assert.True(brokenErrors > 0);
    }

    [Fact]
    public void WholeCatalog_BreaksNoIatiRule_AndSaysWhatItLeftOut()
    {
        var (export, _) = Catalog.Value;
        var byRule = export.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.ToList());

        // Only what the export itself reports: left-out parts and dates taken from sources, no rule broken.
        Assert.Equal([IatiRuleIds.DateFromSource, IatiRuleIds.NotExported], byRule.Keys.Order(StringComparer.Ordinal));
        // Left out: exactly the programmes without partners (derived from the model), and the two commitments that
        // are not amounts with value dates.
        var withoutPartners = Model.Programmes.Where(p => p.Partners.IsEmpty).Select(p => $"programmes[{p.Id}]").ToList();
        var notExportedCommitments = Model.Commitments.Select((c, i) => (c, i))
            .Where(x => x.c.Amount is null || x.c.ValueDate is null).Select(x => $"commitments[{x.i}]").ToList();
        Assert.Equal(18, withoutPartners.Count); // counted in catalog.json: programmes with no "partners" (16 before issue 19)
        Assert.Equal(2, notExportedCommitments.Count);
        Assert.Equal(withoutPartners.Concat(notExportedCommitments).Order(StringComparer.Ordinal),
            byRule[IatiRuleIds.NotExported].Select(f => f.Element).Order(StringComparer.Ordinal));
        Assert.Equal(Model.Programmes.Length - 18 + Model.Activities.Length, export.Activities.Length);
        Assert.All(export.Activities, a => Assert.DoesNotContain(a.Findings, f => f.RuleId != IatiRuleIds.DateFromSource));
    }

    [Fact]
    public void Identifiers_FollowTheDocumentedScheme()
    {
        var exporter = new IatiExporter(Model, Options);
        var jmdi = Model.Programmes.Single(p => p.Id == ProgrammeId.Parse("jmdi"));
        Assert.Equal("AA-AAA-123456789-jmdi", exporter.IdentifierOf(jmdi));
        Assert.Equal("AA-AAA-123456789-gfmd-2007-1a-1", exporter.IdentifierOf(Model.Activities[0]));
        var ids = Catalog.Value.Export.Activities.Select(a => a.Identifier).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("AA-AAA-123456789-", id, StringComparison.Ordinal));
        // Stable: a second export writes the same bytes.
        Assert.Equal(Catalog.Value.Xml, new IatiExporter(Model, Options).ExportAll().ToXml());
    }

    [Fact]
    public void Jmdi2_ThreeYearCommitment_IsSplitIntoYearlyBudgets_ThatAddUp()
    {
        var a = Catalog.Value.Export.Activities.Single(x => x.Identifier == "AA-AAA-123456789-jmdi-2");

        // USD 9,500,000 over 2012-12/P3Y: three periods of 365 days each, so thirds; the cent left over goes first.
        Assert.Collection(a.Budgets,
            b => Assert.Equal((new LocalDate(2012, 12, 1), new LocalDate(2013, 11, 30), new Money(3_166_666.67m, CurrencyCode.USD)), (b.Start!.Value, b.End!.Value, b.Value!.Value)),
            b => Assert.Equal((new LocalDate(2013, 12, 1), new LocalDate(2014, 11, 30), new Money(3_166_666.67m, CurrencyCode.USD)), (b.Start!.Value, b.End!.Value, b.Value!.Value)),
            b => Assert.Equal((new LocalDate(2014, 12, 1), new LocalDate(2015, 11, 30), new Money(3_166_666.66m, CurrencyCode.USD)), (b.Start!.Value, b.End!.Value, b.Value!.Value)));
        Assert.All(a.Budgets, b => Assert.Equal((1, 1, b.Start), (b.Type, b.Status, b.ValueDate)));
        var t = Assert.Single(a.Transactions);
        // Incoming commitment, value date "2012-12" written as its first day; co-financed without shares: no provider.
        Assert.Equal((11, new LocalDate(2012, 12, 1), new Money(9_500_000m, CurrencyCode.USD)), (t.Type!.Value, t.ValueDate!.Value, t.Value!.Value));
        Assert.Null(t.Provider);
        Assert.Equal("Co-financed by European Commission and Swiss Agency for Development and Cooperation; the shares are not stated.", t.Description);
    }

    [Fact]
    public void Jmdi_IsWritten_WithPartnersRolesCountriesSectorAndCitations()
    {
        var xml = XDocument.Parse(Catalog.Value.Xml);
        var jmdi = xml.Root!.Elements("iati-activity").Single(e => e.Element("iati-identifier")!.Value == "AA-AAA-123456789-jmdi");
        var programme = Model.Programmes.Single(p => p.Id == ProgrammeId.Parse("jmdi"));

        Assert.Equal("Joint Migration and Development Initiative", jmdi.Element("title")!.Element("narrative")!.Value);
        Assert.Equal("1", (string?)jmdi.Element("reporting-org")!.Attribute("secondary-reporter"));
        // UNDP by its IATI identifier, implementing (4); the EC funding (1); a Partner is implementing (4) in IATI.
        var orgs = jmdi.Elements("participating-org").Select(o => ((string?)o.Attribute("ref"), (string)o.Attribute("role")!)).ToList();
        Assert.Contains(("XM-DAC-41114", "4"), orgs);
        Assert.Contains(orgs, o => o.Item2 == "1");
        Assert.Equal(programme.Partners.Length, orgs.Count);
        // 16 target countries: 6.25 % each, exactly 100.
        var percentages = jmdi.Elements("recipient-country").Select(c => decimal.Parse((string)c.Attribute("percentage")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(programme.Countries.Select(c => c.Country).Distinct().Count(), percentages.Count);
        Assert.Equal(100m, percentages.Sum());
        Assert.Equal("15190", jmdi.Element("sector")!.Attribute("code")!.Value);
        // Every citation is a description of type 4 naming document, lines and the quote.
        var cited = jmdi.Elements("description").Where(d => (string)d.Attribute("type")! == "4").Select(d => d.Element("narrative")!.Value).ToList();
        Assert.Equal(programme.Citations.Length, cited.Count);
        Assert.Contains($"Source 000, line 15: \"{programme.Citations.First(c => c.DocumentId == "000").Quote}\"", cited);
    }

    [Fact]
    public void CountryPercentages_AlwaysAddUpToExactly100()
    {
        foreach (var a in Catalog.Value.Export.Activities.Where(a => a.RecipientCountries.Length > 1))
        {
            Assert.Equal(100m, a.RecipientCountries.Sum(c => c.Percentage!.Value));
            Assert.True(a.RecipientCountries.Max(c => c.Percentage) - a.RecipientCountries.Min(c => c.Percentage) <= 0.01m);
        }
        Assert.Contains(Catalog.Value.Export.Activities, a => a.RecipientCountries.Length == 3); // 33.34 + 33.33 + 33.33
    }

    [Fact]
    public void MatrixActivity_HasObjectivesAsType2_AndGfmdSectorsInTheReportersVocabularies()
    {
        var first = Model.Activities[0];
        var a = Catalog.Value.Export.Activities.Single(x => x.Identifier == "AA-AAA-123456789-gfmd-2007-1a-1");

        Assert.Equal(first.Objectives, a.Descriptions.Where(d => d.Type == 2).Select(d => d.Text));
        Assert.StartsWith(first.Text, a.Descriptions.Single(d => d.Type == 1).Text, StringComparison.Ordinal);
        Assert.Equal(["1:15190", "98:GFMD-2007-RT1", "99:GFMD-2007-1a"], a.Sectors.Select(s => $"{s.Vocabulary}:{s.Code}"));
        Assert.Equal(1, a.Status);
        var date = Assert.Single(a.Dates);
        Assert.Equal(1, date.Type);
        Assert.Equal(Model.Documents.Single(d => d.Id == "002").Date!.Start!.Value.FirstDay, date.Date);
        Assert.Contains(a.Findings, f => f.RuleId == IatiRuleIds.DateFromSource);
    }

    [Fact]
    public void Statuses_FollowTheStatedPeriod_AgainstTheExportDate()
    {
        var byId = Catalog.Value.Export.Activities.ToDictionary(a => a.Identifier!);
        Assert.Equal(4, byId["AA-AAA-123456789-jmdi-2"].Status); // 2012-12 to 2015-11: ended before 2026-11-23
        Assert.Equal(2, byId["AA-AAA-123456789-jmdi"].Status); // 2008/..: open end
        var early = new IatiExporter(Model, new IatiExportOptions(IatiReportingOrg.Example, Instant.FromUtc(2012, 6, 1, 0, 0))).ExportAll();
        Assert.Equal(1, early.Activities.Single(a => a.Identifier == "AA-AAA-123456789-jmdi-2").Status); // not started yet
    }

    [Fact]
    public void UndatedActivities_CanBeOmitted_EachWithAFinding()
    {
        var export = new IatiExporter(Model, new IatiExportOptions(IatiReportingOrg.Example, GeneratedAt) { UndatedActivities = IatiUndatedActivities.Omit }).ExportAll();

        var dated = Model.Programmes.Count(p => !p.Partners.IsEmpty && (p.Period?.Start is not null || p.Period?.End is not null));
        Assert.Equal(dated, export.Activities.Length);
        Assert.DoesNotContain(export.Findings, f => f.RuleId == IatiRuleIds.DateFromSource);
        var left = export.Findings.Where(f => f.RuleId == IatiRuleIds.NotExported).ToList();
        Assert.Equal(Model.Programmes.Length - dated, left.Count(f => f.Element.StartsWith("programmes[", StringComparison.Ordinal)));
        Assert.Equal(Model.Activities.Length, left.Count(f => f.Element.Contains("-gfmd-2007-", StringComparison.Ordinal)));
    }

    [Fact]
    public void IdentifierOf_AnActivityNotOfTheModel_ThrowsNamingIt()
    {
        var stranger = new Activity(1, 'a', "An activity the matrix does not have", ["An objective"]);
        var e = Assert.Throws<ArgumentException>(() => new IatiExporter(Model, Options).IdentifierOf(stranger));
        Assert.Equal("activity", e.ParamName);
        Assert.Contains("1a 'An activity the matrix does not have' is not one of the model's", e.Message, StringComparison.Ordinal);
    }
}
