using System.Globalization;
using System.Text;
using MigDev.Core.Iati;
using MigDev.Core.Samples;
using MigDev.Core.Tests.Iati;
using NodaTime;
using NodaTime.Testing;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Samples;

/// <summary>The main sample's steps and commands, run in-process, their output checked against facts of the seeds and of
/// the data (read by the tests themselves), so that the samples cannot rot.</summary>
public class MainSampleTest
{
    private static string N(decimal d) => d.ToString("N2", CultureInfo.InvariantCulture);

    [Fact]
    public void Story_TellsTheCatalogInFiveSteps_WithTheSeedsFacts()
    {
        var console = new SampleConsole();

        Assert.Equal(0, Story.Run(console.Console));

        var text = console.Text;
        var steps = console.Lines.Where(l => l.Length > 2 && char.IsAsciiDigit(l[0]) && l[1] == '.').ToList();
        Assert.Equal(5, steps.Count);
        string[] titles = ["1. The agencies", "2. Joint Migration and Development Initiative (JMDI)", "3. The GFMD 2007 matrix", "4. The funding the sources state", "5. GFMD 2007 activities per GMG member"];
        Assert.All(titles.Zip(steps), x => Assert.StartsWith(x.First, x.Second, StringComparison.Ordinal));
        Assert.Contains("100 organisations", text, StringComparison.Ordinal);
        Assert.Contains("IOM: International Organization for Migration, IATI XM-DAC-47066", text, StringComparison.Ordinal);
        // JMDI (seed 001:74): implemented by UNDP with ILO, IOM, UNFPA, UNHCR and UN Women; 16 target countries (001).
        Assert.Contains(console.Lines, l => l.Contains("United Nations Development Programme", StringComparison.Ordinal) && l.Contains("Implementing", StringComparison.Ordinal));
        Assert.Contains("16 target countries", text, StringComparison.Ordinal);
        // Seed 000: EUR 15 million in 2008 = USD 22,032,000.00 at the first ECB rate of 2008 (1.4688, 2008-01-02, the test's CSV).
        Assert.Equal(1.4688m, EcbCsv.Rate(new LocalDate(2008, 1, 2), "USD"));
        Assert.Contains($"{N(15_000_000m * 1.4688m)} at EUR→USD 1.4688 (2008-01-02)", text, StringComparison.Ordinal);
        // Seed 001: USD 9.5 million from December 2012: in EUR at the first ECB rate of December 2012.
        var december = EcbCsv.Dates.First(d => d >= new LocalDate(2012, 12, 1));
        var rate = EcbCsv.Rate(december, "USD");
        Assert.Contains($"{N(Math.Round(9_500_000m / rate, 2, MidpointRounding.ToEven))} at EUR→USD {EcbCsv.Cell(december, "USD")} ({december:uuuu-MM-dd})", text, StringComparison.Ordinal);
        // The matrix (seed 002): per-agency counts of an independent reading: IOM 62, UNDP 29, UNHCR 19, UNFPA 11, UNODC 6, UN-DESA 4.
        foreach (var (agency, count) in new[] { ("IOM", 62), ("UNDP", 29), ("UNHCR", 19), ("UNFPA", 11), ("UNODC", 6), ("UN-DESA", 4) })
        {
            Assert.Contains(console.Lines, l => l.TrimStart().StartsWith(agency + " ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" " + count, StringComparison.Ordinal));
        }
        Assert.Contains("Roundtable 1:", text, StringComparison.Ordinal);
        Assert.Contains("Roundtable 3:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ShowsTheRateItsDateAndSource()
    {
        var console = new SampleConsole();
        Assert.Equal(0, Commands.Convert(console.Console, "15000000", "EUR", "USD", "2008-01-02"));
        Assert.Contains("EUR 15,000,000.00 = USD 22,032,000.00", console.Text, StringComparison.Ordinal);
        Assert.Contains("1.4688", console.Text, StringComparison.Ordinal);
        Assert.Contains("2008-01-02", console.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_WithARatesFile_TakesTheLegTheEcbLacksFromIt_AndShowsBothLegs()
    {
        var table = Path.Combine(AppContext.BaseDirectory, "data", "rates", "exchangerate-host-usd-2021-06-14.json");
        var console = new SampleConsole();
        Assert.Equal(0, Commands.Convert(console.Console, "1000", "EUR", "KES", "2021-06-14", [table]));
        var text = console.Text;
        Assert.Contains($"leg 1: EUR→USD {EcbCsv.Rate(new LocalDate(2021, 6, 14), "USD").ToString(System.Globalization.CultureInfo.InvariantCulture)} on 2021-06-14 (ECB euro reference rates)", text, StringComparison.Ordinal);
        Assert.Contains("leg 2: USD→KES 108.260034 on 2021-06-14 (exchangerate-host-usd-2021-06-14.json)", text, StringComparison.Ordinal);
        Assert.Contains("skipped BTC, CNH, GGP, IMP, JEP", text, StringComparison.Ordinal);
        // The currencies the euro replaced convert at their irrevocable rates (DEM 1.95583, FRF 6.55957 per euro).
        var dem = new SampleConsole();
        Assert.Equal(0, Commands.Convert(dem.Console, "1955.83", "DEM", "FRF", "2001-06-29"));
        Assert.Contains("DEM 1,955.83 = FRF 6,559.57", dem.Text, StringComparison.Ordinal);
        Assert.Equal(2, Commands.Convert(new SampleConsole().Console, "1", "EUR", "KES", "2021-06-14", ["no-such-rates.csv"]));
    }

    [Theory]
    [InlineData("15000000", "EUR", "XYZ", "2008-01-02", 2, "'XYZ' is not an ISO 4217 currency code.")]
    [InlineData("15,000", "EUR", "USD", "2008-01-02", 2, "'15,000' is not an amount")]
    [InlineData("1", "EUR", "USD", "2008-02-30", 2, "'2008-02-30' is not a date")]
    [InlineData("1", "EUR", "KES", "2021-06-14", 1, "KES")]
    public void Convert_Errors_ExitNonZero_WithAMessage(string amount, string from, string to, string date, int code, string message)
    {
        var console = new SampleConsole();
        Assert.Equal(code, Commands.Convert(console.Console, amount, from, to, date));
        Assert.Contains(message, console.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Funding_AtOneDate_ConvertsEachAmountAtThatDatesRate()
    {
        var console = new SampleConsole();
        Assert.Equal(0, Commands.Funding(console.Console, "EUR", "2010-06-30"));
        var rate = EcbCsv.Rate(new LocalDate(2010, 6, 30), "USD");
        Assert.Contains(N(Math.Round(9_500_000m / rate, 2, MidpointRounding.ToEven)), console.Text, StringComparison.Ordinal);
        Assert.Contains("EUR 15,000,000.00", console.Text, StringComparison.Ordinal);
        Assert.Equal(2, Commands.Funding(new SampleConsole().Console, "EURO", null));
    }

    [Fact]
    public void Catalog_Counts_Search_AndCiting()
    {
        var console = new SampleConsole();
        Assert.Equal(0, Commands.Catalog(console.Console, TextWriter.Null, json: false, search: null, citing: null));
        Assert.Contains(console.Lines, l => l.Contains("programmes", StringComparison.Ordinal) && l.Contains("93", StringComparison.Ordinal));
        var search = new SampleConsole();
        Assert.Equal(0, Commands.Catalog(search.Console, TextWriter.Null, false, "diaspora", null));
        Assert.Contains("programmes,", search.Text, StringComparison.Ordinal);
        Assert.Equal(2, Commands.Catalog(new SampleConsole().Console, TextWriter.Null, false, null, "999"));
        var json = new StringWriter();
        Assert.Equal(0, Commands.Catalog(new SampleConsole().Console, json, true, null, null));
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json")) + "\n", json.ToString());
    }

    [Fact]
    public void IatiExport_WritesTheCatalog_AndSaysWhoPublishes()
    {
        var console = new SampleConsole();
        using var xml = new MemoryStream();
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0));

        Assert.Equal(0, Commands.IatiExport(console.Console, xml, null, null, 40, clock));

        xml.Position = 0;
        var read = IatiReader.Read(xml).ToList();
        Assert.Equal(MigDevCatalog.Default.Model.Programmes.Count(p => !p.Partners.IsEmpty) + MigDevCatalog.Default.Model.Activities.Length, read.Count);
        Assert.Contains("AA-AAA-123456789", console.Text, StringComparison.Ordinal);
        Assert.Contains($"{read.Count} activities written", console.Text, StringComparison.Ordinal);
        Assert.Equal(2, Commands.IatiExport(new SampleConsole().Console, Stream.Null, "has space", null, 40, clock));
    }

    [Fact]
    public void IatiImport_OfIomsFile_ShowsTotalsAndThe24LongBudgets()
    {
        var console = new SampleConsole();
        Assert.Equal(0, Commands.IatiImport(console.Console, IatiFiles.Hundred, "EUR"));
        Assert.Contains("100 activities → 100 programmes", console.Text, StringComparison.Ordinal);
        Assert.Contains("24 × 7.5.3", console.Text, StringComparison.Ordinal);
        Assert.Equal(2, Commands.IatiImport(new SampleConsole().Console, "no-such-file.xml", "EUR"));
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.xml");
        File.WriteAllText(broken, "<iati-activities version=\"2.03\"><iati-activity>");
        var errors = new SampleConsole();
        Assert.Equal(1, Commands.IatiImport(errors.Console, broken, "EUR"));
        Assert.Contains("not well-formed XML", errors.Text, StringComparison.Ordinal);
        File.Delete(broken);
    }

    [Fact]
    public void IatiImport_OfTheCorpusFolder_ShowsTotalsByStageAndDirection_ThePairs_AndTheOrganisations()
    {
        var console = new SampleConsole();
        Assert.Equal(0, Commands.IatiImport(console.Console, Path.Combine(IatiFiles.Directory, "corpus"), "EUR"));
        var text = console.Text.ReplaceLineEndings(" ");
        Assert.Contains("1800 activities → 1800 programmes", text, StringComparison.Ordinal);
        Assert.Contains("Disbursement, incoming:", text, StringComparison.Ordinal);
        Assert.Contains("Commitment, outgoing:", text, StringComparison.Ordinal);
        Assert.Contains("InterestPayment, incoming: USD 15,230,750.00", text, StringComparison.Ordinal);
        Assert.Contains("as reported, flows of two publishers twice:", text, StringComparison.Ordinal);
        Assert.Contains("4 flows reported by both ends", text, StringComparison.Ordinal);
        Assert.Contains("matched by id", text, StringComparison.Ordinal);
        Assert.Contains(" created → ", text, StringComparison.Ordinal);
        // Not a terminal: a line per file instead of a progress bar.
        Assert.Contains("file 18 of 18 (dportal_97.xml) read: 1800 activities read", text, StringComparison.Ordinal);
        Assert.Equal(2, Commands.IatiImport(new SampleConsole().Console, "no-such-folder", "EUR"));
    }

    [Fact]
    public void RedirectedOutput_IsNotWrappedAt80Columns_NorGivenAProgressBar()
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var console = Consoles.For(text, redirected: true);
        Assert.False(console.Profile.Capabilities.Interactive);
        Assert.Equal(0, Commands.IatiImport(console, IatiFiles.Hundred, "EUR"));
        var lines = text.ToString().Split('\n');
        // A finding's line is longer than 80 characters and stays one line.
        Assert.Contains(lines, l => l.Contains(" × 7.5.3, such as Error 7.5.3 [", StringComparison.Ordinal) && l.TrimEnd().Length > 120 && l.Contains("longer than one year", StringComparison.Ordinal));
        Assert.DoesNotContain("0%", text.ToString(), StringComparison.Ordinal);
        Assert.True(Consoles.For(TextWriter.Null, redirected: false).Profile.Width > 0);
    }

    [Fact]
    public void Validate_ReportsEveryFaultWithItsPath()
    {
        var good = Path.Combine(Path.GetTempPath(), $"good-{Guid.NewGuid():N}.json");
        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        // A user's document, built in code and saved: its own programme, referring to the embedded catalog's UNDP.
        var mine = new MigDevCatalogBuilder(extending: MigDevCatalog.Default)
            .AddProgramme(new Programme(ProgrammeId.Parse("my-pilot"), "My pilot") { Partners = [new Participant(AgencyId.Parse("undp"), OrganisationRole.Implementing)] })
            .Build("mine");
        CatalogDocument.Save(mine, good);
        File.WriteAllText(bad, File.ReadAllText(good, Encoding.UTF8).Replace("\"undp\"", "\"no-such-agency\"", StringComparison.Ordinal));
        try
        {
            var ok = new SampleConsole();
            Assert.Equal(0, Commands.Validate(ok.Console, good));
            Assert.Contains("valid", ok.Text, StringComparison.Ordinal);
            var ko = new SampleConsole();
            Assert.Equal(1, Commands.Validate(ko.Console, bad));
            Assert.Contains("invalid", ko.Text, StringComparison.Ordinal);
            Assert.Contains("no-such-agency", ko.Text, StringComparison.Ordinal);
            Assert.Contains("partners[0].agency", ko.Text, StringComparison.Ordinal);
            // On its own, the document's reference to the embedded UNDP has nothing to refer to.
            var alone = new SampleConsole();
            Assert.Equal(1, Commands.Validate(alone.Console, good, standalone: true));
            Assert.Contains("undp", alone.Text, StringComparison.Ordinal);
            // The whole embedded catalog, as saved, is valid on its own.
            Assert.Equal(0, Commands.Validate(new SampleConsole().Console, Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json"), standalone: true));
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }
}
