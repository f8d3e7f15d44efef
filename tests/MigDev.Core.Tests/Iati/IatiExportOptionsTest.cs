using System.Xml.Linq;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;
using NodaTime;

namespace MigDev.Core.Tests.Iati;

public class IatiExportOptionsTest
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 23, 12, 0);

    [Fact]
    public void Constructor_KeepsPublisherAndTime_AndTheDefaultsAreTheDocumentedOnes()
    {
        var options = new IatiExportOptions(IatiReportingOrg.Example, At);

        Assert.Same(IatiReportingOrg.Example, options.ReportingOrg);
        Assert.Equal(At, options.GeneratedAt);
        Assert.Equal("en", options.Language);
        Assert.True(options.WriteExtensions);
        Assert.Equal(IatiUndatedActivities.DateOfEarliestSource, options.UndatedActivities);
        Assert.Equal(new LocalDate(2012, 12, 1), options.ValueDay(PartialDate.Parse("2012-12")));
        Assert.Equal(new LocalDate(2012, 1, 1), options.ValueDay(PartialDate.Parse("2012")));
    }

    [Fact]
    public void Constructor_NullPublisher_ThrowsArgumentNull() =>
        Assert.Equal("reportingOrg", Assert.Throws<ArgumentNullException>(() => new IatiExportOptions(null!, At)).ParamName);

    [Fact]
    public void ValueDayAndLanguage_AreWhatTheExportWrites()
    {
        var model = MigDevCatalog.Default.Model;
        var options = new IatiExportOptions(IatiReportingOrg.Example, At) { ValueDay = d => d.LastDay, Language = "fr" };

        var xml = XDocument.Parse(new IatiExporter(model, options).ExportAll().ToXml());

        var activities = xml.Root!.Elements("iati-activity").ToList();
        Assert.NotEmpty(activities);
        Assert.All(activities, a => Assert.Equal("fr", (string?)a.Attribute(XNamespace.Xml + "lang")));
        // JMDI-2's commitment is dated "2012-12" in the catalog: its last day stands for it.
        var stated = model.Commitments.Single(c => c.Programme == ProgrammeId.Parse("jmdi-2") && c.Stage == FundingStage.Commitment).ValueDate!.Value;
        var transaction = activities.Single(a => a.Element("iati-identifier")!.Value == "AA-AAA-123456789-jmdi-2").Element("transaction")!;
        Assert.Equal(stated.LastDay.ToString("uuuu-MM-dd", null), (string)transaction.Element("value")!.Attribute("value-date")!);
        Assert.Equal(stated.LastDay.ToString("uuuu-MM-dd", null), (string)transaction.Element("transaction-date")!.Attribute("iso-date")!);
    }
}
