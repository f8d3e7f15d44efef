using System.Text;
using MigDev.Core.Iati;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Iati;

public class IatiRoundTripTest
{
    private static MigDevModel Model => MigDevCatalog.Default.Model;

    private static (IatiExportResult Export, IatiImportResult Result) RoundTrip(IatiExportOptions options)
    {
        var export = new IatiExporter(Model, options).ExportAll();
        using var stream = new MemoryStream();
        export.WriteTo(stream);
        stream.Position = 0;
        return (export, new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents).Import(IatiReader.Read(stream, "export.xml")));
    }

    [Fact]
    public void Catalog_ExportedAndImported_GivesTheSameProgrammesAgenciesCountriesAndMoney()
    {
        var (export, result) = RoundTrip(IatiExporterTest.Options);
        var exported = Model.Programmes.Where(p => !p.Partners.IsEmpty).ToList();
        var imported = result.Model.Programmes.ToDictionary(p => p.Id);

        Assert.Empty(result.NewAgencies);
        Assert.Empty(ModelValidator.Validate(result.Model));
        Assert.DoesNotContain(result.Findings, f => f.RuleId != IatiRuleIds.DateFromSource);
        foreach (var p in exported)
        {
            var q = imported[p.Id];
            Assert.Equal(p.Name, q.Name);
            Assert.Equal(p.Partners.Select(x => (x.Agency, x.Role)), q.Partners.Select(x => (x.Agency, x.Role)));
            Assert.Equal(p.Countries.Select(c => (c.Country, c.Relation)), q.Countries.Select(c => (c.Country, c.Relation)));
            Assert.Equal(p.Period, q.Period);
            Assert.Equal(p.Phase, q.Phase);
            Assert.Equal(p.Parent is { } parent && exported.Any(x => x.Id == parent) ? parent : null, q.Parent);
            Assert.Equal(p.Citations, q.Citations);
        }
        // The money: every commitment with an amount and a value date comes back as it was.
        foreach (var c in Model.Commitments.Where(c => c.Amount is not null && c.ValueDate is not null && exported.Any(p => p.Id == c.Programme)))
        {
            var back = Assert.Single(result.Model.Commitments, x => x.Stage == c.Stage && x.Programme == c.Programme && x.Amount == c.Amount);
            Assert.Equal(c.Funders.Select(f => f.Funder), back.Funders.Select(f => f.Funder));
            Assert.Equal((c.Recipient, c.ValueDate, c.Period, c.IsIndicative), (back.Recipient, back.ValueDate, back.Period, back.IsIndicative));
        }
        // And the yearly budgets made of a period add up to their commitment.
        var jmdi2 = ProgrammeId.Parse("jmdi-2");
        Assert.Equal(new Money(9_500_000m, CurrencyCode.USD), result.Model.Commitments.Where(c => c.Stage == FundingStage.Budget && c.Programme == jmdi2).Select(c => c.Amount!.Value).Aggregate((a, b) => a + b));
        // The matrix activities come back as programmes with their GMG members.
        var first = result.Model.Programmes.Single(p => p.Id == ProgrammeId.Parse("aa-aaa-123456789-gfmd-2007-1a-1"));
        Assert.Equal(Model.Activities[0].GmgMembersWithExpertise, first.Partners.Select(x => x.Agency));
        Assert.All(first.Partners, x => Assert.Equal(OrganisationRole.GmgMemberWithExpertise, x.Role));
        Assert.Equal(export.Activities.Length, result.Model.Programmes.Length);
    }

    [Fact]
    public void WithoutExtensions_AnIatiToolsView_StillGivesTheSameIdsAgenciesAndAmounts()
    {
        var options = new IatiExportOptions(IatiReportingOrg.Example, IatiExporterTest.GeneratedAt) { WriteExtensions = false };
        var (export, result) = RoundTrip(options);

        Assert.DoesNotContain(IatiReader.ExtensionNamespace, export.ToXml(), StringComparison.Ordinal);
        var exported = Model.Programmes.Where(p => !p.Partners.IsEmpty).ToList();
        var imported = result.Model.Programmes.ToDictionary(p => p.Id);
        foreach (var p in exported)
        {
            var q = imported[p.Id]; // other-identifier A1 carries the id
            Assert.Equal(p.Name, q.Name);
            // Agencies resolve by IATI identifier, or by name when they have none: the same agencies, no new ones.
            Assert.Equal(p.Partners.Select(x => x.Agency), q.Partners.Select(x => x.Agency));
            Assert.Equal(p.Countries.Select(c => c.Country).Distinct(), q.Countries.Select(c => c.Country));
        }
        Assert.Empty(result.NewAgencies);
        var amounts = Model.Commitments.Where(c => c.Amount is not null && c.ValueDate is not null).Select(c => c.Amount!.Value.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(amounts, result.Model.Commitments.Where(c => c.Stage != FundingStage.Budget).Select(c => c.Amount!.Value.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ExportWrittenTwice_ReadsBackToTheSameXml()
    {
        var export = new IatiExporter(Model, IatiExporterTest.Options).ExportAll();
        var xml = export.ToXml();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var again = IatiReader.Read(stream).ToList();
        Assert.Equal(export.Activities.Select(a => a.Identifier), again.Select(a => a.Identifier));
        Assert.Equal(export.Activities.Select(a => a.Descriptions.Length), again.Select(a => a.Descriptions.Length));
        Assert.Equal(export.Activities.SelectMany(a => a.Budgets).Select(b => b.Value), again.SelectMany(a => a.Budgets).Select(b => b.Value));
    }

    [Fact]
    public void RevisedAndSupersededBudgets_ExportWithTheirTypeAndStatus_AndReadBackTheSame()
    {
        var xml = """
            <iati-activities version="2.03">
             <iati-activity default-currency="EUR">
              <iati-identifier>XM-A-1</iati-identifier>
              <reporting-org ref="XM-A" type="40"><narrative>A</narrative></reporting-org>
              <title><narrative>T</narrative></title>
              <participating-org ref="XM-A" role="1" type="40"><narrative>A</narrative></participating-org>
              <activity-date type="2" iso-date="2020-01-01"/>
              <budget type="1" status="2"><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">100</value></budget>
              <budget type="2" status="1"><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">80</value></budget>
             </iati-activity>
            </iati-activities>
            """;
        var importer = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
        var first = importer.Import(IatiReader.Parse(xml)).Model;

        var export = new IatiExporter(first, IatiExporterTest.Options).ExportAll();
        var budgets = export.Activities.Single().Budgets;
        Assert.Equal([(1, 2), (2, 1)], budgets.Select(b => (b.Type, b.Status)));

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(export.ToXml()));
        var again = importer.Import(IatiReader.Read(stream, "export.xml")).Model.Commitments.Where(c => c.Stage == FundingStage.Budget);
        Assert.Equal([(BudgetKind.Original, false, true), (BudgetKind.Revised, true, false)], again.Select(c => (c.BudgetKind, c.IsIndicative, c.IsSuperseded)));
    }
}
