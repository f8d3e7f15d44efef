using System.Globalization;
using System.Xml.Linq;
using MigDev.Core.Iati;
using NodaTime;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Iati;

public partial class IatiImporterTest
{
    private static readonly IatiImporter Importer = new(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);

    private static readonly Lazy<IatiImportResult> Hundred = new(() => Importer.ImportFile(IatiFiles.Hundred));

    [Fact]
    public void IomFile_FundingTotalsPerCurrency_AreTheXmlsOwnSums()
    {
        // Independently, from the XML: every transaction value, by currency (its own or the activity's default).
        var expected = new Dictionary<string, decimal>();
        foreach (var a in IatiFiles.Activities(IatiFiles.Hundred))
        {
            foreach (var v in a.Elements("transaction").Where(t => t.Element("transaction-type")!.Attribute("code")!.Value == "11").Select(t => t.Element("value")!))
            {
                var currency = (string?)v.Attribute("currency") ?? (string)a.Attribute("default-currency")!;
                expected[currency] = expected.GetValueOrDefault(currency) + decimal.Parse(v.Value, CultureInfo.InvariantCulture);
            }
        }

        var summary = new FundingAnalytics(Hundred.Value.Model).Summarize(FundingStage.Commitment);

        Assert.Equal(expected.Keys.Order(), summary.Total.Currencies.Select(c => c.ToString()).Order());
        foreach (var (currency, amount) in expected)
        {
            Assert.Equal(new Money(amount, CurrencyCode.Parse(currency)), summary.Total[CurrencyCode.Parse(currency)]);
        }
        Assert.Equal(100, Hundred.Value.Model.Commitments.Count(c => c.Stage == FundingStage.Commitment));
    }

    [Fact]
    public void IomFile_BudgetsPerCurrency_AreTheXmlsOwnSums()
    {
        var expected = IatiFiles.Activities(IatiFiles.Hundred).SelectMany(a => a.Elements("budget"))
            .Sum(b => decimal.Parse(b.Element("value")!.Value, CultureInfo.InvariantCulture));

        var summary = new FundingAnalytics(Hundred.Value.Model).Summarize(FundingStage.Budget);

        Assert.Equal(new Money(expected, CurrencyCode.USD), summary.Total[CurrencyCode.USD]);
    }

    [Fact]
    public void IomFile_CommitmentsInEur_AtTheirValueDates_AreTheEcbRatesOfThoseDays()
    {
        // Independently: each value-date's rate is the ECB's USD rate of the latest publication on or before it (the
        // CSV read by the test), and EUR = USD / rate, rounded to the cent (half to even).
        var expected = 0m;
        var lines = 0;
        foreach (var a in IatiFiles.Activities(IatiFiles.Hundred))
        {
            foreach (var v in a.Elements("transaction").Where(t => t.Element("transaction-type")!.Attribute("code")!.Value == "11").Select(t => t.Element("value")!))
            {
                var day = LocalDate.FromDateOnly(DateOnly.ParseExact(v.Attribute("value-date")!.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
                var published = EcbCsv.Dates.Last(d => d <= day);
                Assert.True(Period.Between(published, day, PeriodUnits.Days).Days <= 4, $"{day}: no ECB rate within 4 days");
                expected += Math.Round(decimal.Parse(v.Value, CultureInfo.InvariantCulture) / EcbCsv.Rate(published, "USD"), 2, MidpointRounding.ToEven);
                lines++;
            }
        }

        var converted = new FundingAnalytics(Hundred.Value.Model).ConvertAll(FundingStage.Commitment, CurrencyConverter.Ecb, CurrencyCode.EUR, RatePolicy.LatestOnOrBefore(), d => d.FirstDay);

        Assert.True(converted.IsComplete);
        Assert.Equal(lines, converted.Lines.Length);
        Assert.Equal(new Money(expected, CurrencyCode.EUR), converted.Total);
    }

    [Fact]
    public void IomFile_Organisations_ResolveThroughIatiIdentifiers_OrBecomeNewAgencies()
    {
        var result = Hundred.Value;
        var refs = IatiFiles.Activities(IatiFiles.Hundred).SelectMany(a => a.Elements("participating-org"))
            .Select(o => (string)o.Attribute("ref")!).Distinct().ToList();

        // IOM (XM-DAC-47066) is the catalog's IOM; UNDP (XM-DAC-41114) the catalog's UNDP.
        var programme = result.Model.Programmes[0];
        Assert.Contains(programme.Partners, p => p.Agency == AgencyId.Parse("iom") && p.Role == OrganisationRole.Accountable);
        Assert.Contains(result.Model.Programmes.SelectMany(p => p.Partners), p => p.Agency == AgencyId.Parse("undp") && p.Role == OrganisationRole.Funding);
        // Every other identifier is a new agency with the name the file gives (or the directory agency its name is: CH-4 is
        // the SDC), once per organisation (refs that share a
        // name are one organisation: IatiOrganisationMatchTest has the whole rule on every corpus file).
        var unknown = refs.Where(r => !MigDevCatalog.Default.Agencies.TryGetByIatiIdentifier(r, out _)).ToList();
        Assert.All(unknown, r => Assert.Contains(result.Organisations, m => m.Ref == r && m.Kind != IatiOrganisationMatchKind.Id));
        Assert.True(result.NewAgencies.Length <= unknown.Count);
        var japan = Assert.Single(result.NewAgencies, a => a.IatiIdentifier == "XM-DAC-701-2");
        Assert.Equal("Japan - Ministry of Foreign Affairs", japan.Name);
        Assert.Equal(AgencyKind.Government, japan.Kind);
        Assert.Empty(ModelValidator.Validate(result.Model));
    }

    [Fact]
    public void IomFile_CountriesSectorsAndDates_AreKept()
    {
        var result = Hundred.Value;
        var xml = IatiFiles.Activities(IatiFiles.Hundred);
        for (var i = 0; i < xml.Count; i++)
        {
            var programme = result.Model.Programmes[i];
            Assert.True(result.TryGetProgrammeId(xml[i].Element("iati-identifier")!.Value, out var id));
            Assert.Equal(id, programme.Id);
            Assert.Equal(xml[i].Elements("recipient-country").Select(c => (string)c.Attribute("code")!), programme.Countries.Select(c => c.Country.ToString()));
            Assert.Equal(xml[i].Elements("sector").Select(s => (string)s.Attribute("code")!), result.Activities[i].Sectors.Select(s => s.Code));
            var start = xml[i].Elements("activity-date").FirstOrDefault(d => (string)d.Attribute("type")! == "2")
                ?? xml[i].Elements("activity-date").First(d => (string)d.Attribute("type")! == "1");
            Assert.Equal((string)start.Attribute("iso-date")!, programme.Period!.Start!.Value.ToString());
        }
        Assert.Equal("xm-dac-47066-dp-2154", Importer.ImportFile(IatiFiles.Single).Model.Programmes[0].Id.Value);
    }

    [Fact]
    public void Transactions_ThatAreNotStages_OrHaveNoFunder_AreFindings_NotDrops()
    {
        var xml = """
            <iati-activities version="2.03">
             <iati-activity default-currency="EUR">
              <iati-identifier>XM-A-1</iati-identifier>
              <reporting-org ref="XM-A" type="40"><narrative>A</narrative></reporting-org>
              <title><narrative>T</narrative></title>
              <participating-org role="9"><narrative>Nobody</narrative></participating-org>
              <transaction><transaction-type code="5"/><transaction-date iso-date="2020-05-01"/><value value-date="2020-05-01">1</value></transaction>
              <transaction><transaction-type code="11"/><transaction-date iso-date="2020-05-01"/><value value-date="2020-05-01">2</value></transaction>
              <transaction><transaction-type code="3"/><transaction-date iso-date="2020-05-01"/><value value-date="2020-05-01">3</value></transaction>
             </iati-activity>
            </iati-activities>
            """;

        var result = Importer.Import(IatiReader.Parse(xml));

        var notImported = result.Findings.Where(f => f.RuleId == IatiRuleIds.NotImported).Select(f => f.Element).ToList();
        Assert.Equal(["iati-activity[1]/participating-org[1]/@role", "iati-activity[1]/transaction[1]", "iati-activity[1]/transaction[2]"], notImported);
        // The disbursement is the reporting organisation's (an outgoing transaction without a provider).
        var c = Assert.Single(result.Model.Commitments);
        Assert.Equal((FundingStage.Disbursement, new Money(3, CurrencyCode.EUR)), (c.Stage, c.Amount!.Value));
        Assert.Equal(result.NewAgencies.Single(a => a.IatiIdentifier == "XM-A").Id, c.Funders.Single().Funder);
    }

    [Fact]
    public void TheSameIdentifierTwice_GivesTwoProgrammes_AndAFinding()
    {
        var xml = """
            <iati-activities version="2.03">
             <iati-activity><iati-identifier>XM-A-1</iati-identifier><title><narrative>First</narrative></title></iati-activity>
             <iati-activity><iati-identifier>XM-A-1</iati-identifier><title><narrative>Second</narrative></title></iati-activity>
            </iati-activities>
            """;

        var result = Importer.Import(IatiReader.Parse(xml));

        Assert.Equal(["xm-a-1", "xm-a-1-2"], result.Model.Programmes.Select(p => p.Id.Value));
        Assert.True(result.TryGetProgrammeId("XM-A-1", out var first));
        Assert.Equal("xm-a-1", first.Value);
        Assert.Contains(result.Findings, f => f.Element == "iati-activity[2]/iati-identifier" && f.Message.Contains("earlier activity", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_NullArguments_OrANullDocument_ThrowArgumentNull()
    {
        Assert.Equal("agencies", Assert.Throws<ArgumentNullException>(() => new IatiImporter(null!, [])).ParamName);
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => new IatiImporter(AgencyDirectory.Empty, null!)).ParamName);
        var e = Assert.Throws<ArgumentNullException>(() => new IatiImporter(AgencyDirectory.Empty, [MigDevCatalog.Default.Documents[0], null!]));
        Assert.Equal("documents", e.ParamName);
        Assert.Contains("documents[1] is null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NullActivities_OrANullActivity_ThrowArgumentNull()
    {
        Assert.Equal("activities", Assert.Throws<ArgumentNullException>(() => Importer.Import(null!)).ParamName);
        var activity = IatiReader.Parse(File.ReadAllText(IatiFiles.Single))[0];
        var e = Assert.Throws<ArgumentNullException>(() => Importer.Import([activity, null!]));
        Assert.Equal("activities", e.ParamName);
        Assert.Contains("activities[1] is null", e.Message, StringComparison.Ordinal);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => Importer.ImportFile(null!)).ParamName);
    }
}
