using System.Globalization;
using System.Xml.Linq;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>Budgets as IATI means them (issue 16): type and status kept, a revised budget replacing the originals whose
/// period lies within its own. The expected numbers come from a plain LINQ to XML reading of each file, here.</summary>
public partial class IatiImporterTest
{
    private static readonly string[] CorpusFileNames =
        [.. System.IO.Directory.GetFiles(Path.Combine(IatiFiles.Directory, "corpus"), "*.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> CorpusFiles() => [.. CorpusFileNames];

    /// <summary>One budget as the XML says it, with the standard's defaults (type 1 Original, status 1 Indicative).</summary>
    private sealed record XmlBudget(int Activity, string Type, string Status, DateOnly? Start, DateOnly? End, string Currency, decimal Value);

    private static List<XmlBudget> XmlBudgets(string path)
    {
        var list = new List<XmlBudget>();
        var activities = IatiFiles.Activities(path);
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            foreach (var b in a.Elements("budget"))
            {
                var v = b.Element("value")!;
                static DateOnly? Day(XElement? e) => e?.Attribute("iso-date") is { } d ? DateOnly.ParseExact(d.Value.Trim()[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
                list.Add(new XmlBudget(i, ((string?)b.Attribute("type"))?.Trim() ?? "1", ((string?)b.Attribute("status"))?.Trim() ?? "1",
                    Day(b.Element("period-start")), Day(b.Element("period-end")),
                    ((string?)v.Attribute("currency") ?? (string)a.Attribute("default-currency")!).Trim(),
                    decimal.Parse(v.Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture)));
            }
        }
        return list;
    }

    // The rule, stated again from docs/iati.md: within one activity, an original whose whole period lies within a
    // revised budget's period is replaced by it.
    private static bool Superseded(XmlBudget b, List<XmlBudget> all) =>
        b.Type != "2" && b.Start is { } s && b.End is { } e
        && all.Any(r => r.Activity == b.Activity && r.Type == "2" && r.Start is { } rs && r.End is { } re && rs <= s && e <= re);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFile_BudgetsPerActivityYearAndCurrency_AreTheXmlsOwnSumsWithRevisionsReplacingOriginals(string file)
    {
        var path = Path.Combine(IatiFiles.Directory, "corpus", file);
        var xml = XmlBudgets(path);
        // Keyed by the year the period starts; a period that ends before it starts is no period in the model (a finding
        // says so), so its budget has no year.
        var expected = xml.Where(b => !Superseded(b, xml))
            .GroupBy(b => (b.Activity, Year: b.End >= b.Start ? b.Start?.Year : null, b.Currency))
            .ToDictionary(g => g.Key, g => g.Sum(b => b.Value));

        var result = Importer.ImportFile(path);
        var index = result.Model.Programmes.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var budgets = result.Model.Commitments.Where(c => c.Stage == FundingStage.Budget).ToList();
        var actual = budgets.Where(c => !c.IsSuperseded)
            .GroupBy(c => (Activity: index[c.Programme!.Value], Year: c.Period?.Start?.Year, Currency: c.Amount!.Value.Currency.ToString()))
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Amount!.Value.Amount));

        // None lost: every budget of the file is in the model, the superseded ones marked.
        Assert.Equal(xml.Count, budgets.Count);
        Assert.Equal(xml.Count(b => Superseded(b, xml)), budgets.Count(c => c.IsSuperseded));
        Assert.Equal(xml.Count(b => b.Type == "2"), budgets.Count(c => c.BudgetKind == BudgetKind.Revised));
        Assert.Equal(xml.Count(b => b.Status == "2"), budgets.Count(c => !c.IsIndicative));
        Assert.Equal(expected.OrderBy(x => x.Key.ToString(), StringComparer.Ordinal), actual.OrderBy(x => x.Key.ToString(), StringComparer.Ordinal));

        // And the totals per currency, in force, are FundingAnalytics' default.
        var total = new FundingAnalytics(result.Model).Summarize(FundingStage.Budget).Total;
        foreach (var g in xml.Where(b => !Superseded(b, xml)).GroupBy(b => b.Currency))
        {
            Assert.Equal(new Money(g.Sum(b => b.Value), CurrencyCode.Parse(g.Key)), total[CurrencyCode.Parse(g.Key)]);
        }
        Assert.Equal(xml.Select(b => b.Currency).Distinct().Count(), total.Currencies.Count);
    }

    [Fact]
    public void Corpus_BudgetTypesAndStatuses_AreTheReadmesCounts()
    {
        var all = CorpusFileNames.SelectMany(f => IatiFiles.Activities(Path.Combine(IatiFiles.Directory, "corpus", f)))
            .SelectMany(a => a.Elements("budget")).ToList();
        var models = CorpusFileNames.Select(f => Importer.ImportFile(Path.Combine(IatiFiles.Directory, "corpus", f)).Model)
            .SelectMany(m => m.Commitments).Where(c => c.Stage == FundingStage.Budget).ToList();

        // data/iati/corpus/README.md: 1,248 without type and status, 937 original committed, 527 original indicative,
        // revised 236 without status, 95 indicative, 76 committed. It leaves out 147 originals without a status and
        // 139 + 32 budgets with a status (indicative, committed) but no type: 3,437 in all.
        int Count(string? type, string? status) => all.Count(b => (string?)b.Attribute("type") == type && (string?)b.Attribute("status") == status);
        Assert.Equal([1248, 937, 527, 236, 95, 76, 147, 139, 32],
            [Count(null, null), Count("1", "2"), Count("1", "1"), Count("2", null), Count("2", "1"), Count("2", "2"), Count("1", null), Count(null, "1"), Count(null, "2")]);
        Assert.Equal(3437, all.Count);
        Assert.Equal(18, CorpusFileNames.Length);

        // None lost, and each with its type and status, absent ones read as the standard's defaults.
        Assert.Equal(all.Count, models.Count);
        Assert.Equal(236 + 95 + 76, models.Count(c => c.BudgetKind == BudgetKind.Revised));
        Assert.Equal(1248 + 937 + 527 + 147 + 139 + 32, models.Count(c => c.BudgetKind == BudgetKind.Original));
        Assert.Equal(937 + 76 + 32, models.Count(c => !c.IsIndicative));
        Assert.Equal(1248 + 527 + 236 + 95 + 147 + 139, models.Count(c => c.IsIndicative));
        // docs/iati.md: 7 originals replaced, each by a revision of the same period (1 in dportal_10, 6 in dportal_97).
        Assert.Equal(7, models.Count(c => c.IsSuperseded));
    }

    // One activity whose budgets are given as (attributes, start, end, value), in EUR, funded by the reporter.
    private static IatiImportResult ImportBudgets(params (string Attributes, string Start, string End, int Value)[] budgets)
    {
        var xml = $"""
            <iati-activities version="2.03">
             <iati-activity default-currency="EUR">
              <iati-identifier>XM-A-1</iati-identifier>
              <reporting-org ref="XM-A" type="40"><narrative>A</narrative></reporting-org>
              <title><narrative>T</narrative></title>
              {string.Concat(budgets.Select(b => $"""<budget {b.Attributes}><period-start iso-date="{b.Start}"/><period-end iso-date="{b.End}"/><value value-date="{b.Start}">{b.Value}</value></budget>"""))}
             </iati-activity>
            </iati-activities>
            """;
        return Importer.Import(IatiReader.Parse(xml));
    }

    private static List<FundingCommitment> Budgets(IatiImportResult result) => [.. result.Model.Commitments.Where(c => c.Stage == FundingStage.Budget)];

    [Fact]
    public void Budget_NoTypeOrStatus_IsAnIndicativeOriginal_AsTheStandardSays()
    {
        // data/iati/codelists: BudgetType 1 Original, 2 Revised; BudgetStatus 1 Indicative, 2 Committed. The schema: "If
        // the @status attribute is not present, the budget is assumed to be indicative"; IATI's default type is 1.
        Assert.Equal("Original", IatiFiles.Codelist("BudgetType")["1"]);
        Assert.Equal("Revised", IatiFiles.Codelist("BudgetType")["2"]);
        Assert.Equal("Indicative", IatiFiles.Codelist("BudgetStatus")["1"]);
        Assert.Equal("Committed", IatiFiles.Codelist("BudgetStatus")["2"]);

        var result = ImportBudgets(("", "2020-01-01", "2020-12-31", 10), ("type=\"2\" status=\"2\"", "2021-01-01", "2021-12-31", 20), ("status=\"2\"", "2022-01-01", "2022-12-31", 30));

        Assert.Equal(
            [(BudgetKind.Original, true, false), (BudgetKind.Revised, false, false), (BudgetKind.Original, false, false)],
            Budgets(result).Select(c => (c.BudgetKind, c.IsIndicative, c.IsSuperseded)));
    }

    [Fact]
    public void Budget_UnknownTypeOrStatus_IsReadAsTheDefault_WithAFinding()
    {
        var result = ImportBudgets(("type=\"3\" status=\"7\"", "2020-01-01", "2020-12-31", 10));

        var c = Assert.Single(Budgets(result));
        Assert.Equal((BudgetKind.Original, true), (c.BudgetKind, c.IsIndicative));
        Assert.Equal(["iati-activity[1]/budget[1]/@type", "iati-activity[1]/budget[1]/@status"],
            result.Findings.Where(f => f.RuleId == IatiRuleIds.Unreadable).Select(f => f.Element));
    }

    [Fact]
    public void RevisedBudget_ReplacesTheOriginalsWithinItsPeriod_NotThoseItOnlyOverlaps()
    {
        var result = ImportBudgets(
            ("type=\"1\"", "2020-01-01", "2020-12-31", 100),   // the same period as the revision: replaced
            ("type=\"2\"", "2020-01-01", "2020-12-31", 80),
            ("type=\"1\"", "2021-01-01", "2021-06-30", 50),    // within the revision's period: replaced
            ("type=\"1\"", "2021-07-01", "2021-12-31", 50),    // within it too
            ("type=\"2\"", "2021-01-01", "2021-12-31", 120),
            ("type=\"1\"", "2021-12-01", "2022-11-30", 40),    // overlaps the revision by a month, not within it: kept
            ("type=\"1\"", "2023-01-01", "2023-12-31", 70));   // no revision: kept

        var budgets = Budgets(result);

        Assert.Equal(7, budgets.Count);
        Assert.Equal([true, false, true, true, false, false, false], budgets.Select(c => c.IsSuperseded));
        Assert.Equal(MoneyBag.Of([new Money(80 + 120 + 40 + 70, CurrencyCode.EUR)]), new FundingAnalytics(result.Model).Summarize(FundingStage.Budget).Total);
    }

    [Fact]
    public void RevisedBudget_OfAnotherActivity_ReplacesNothing()
    {
        var xml = """
            <iati-activities version="2.03">
             <iati-activity default-currency="EUR"><iati-identifier>XM-A-1</iati-identifier><reporting-org ref="XM-A" type="40"><narrative>A</narrative></reporting-org><title><narrative>T</narrative></title>
              <budget type="1"><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">100</value></budget></iati-activity>
             <iati-activity default-currency="EUR"><iati-identifier>XM-A-2</iati-identifier><reporting-org ref="XM-A" type="40"><narrative>A</narrative></reporting-org><title><narrative>U</narrative></title>
              <budget type="2"><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">80</value></budget></iati-activity>
            </iati-activities>
            """;

        var result = Importer.Import(IatiReader.Parse(xml));

        Assert.DoesNotContain(result.Model.Commitments, c => c.IsSuperseded);
        Assert.Equal(MoneyBag.Of([new Money(180, CurrencyCode.EUR)]), new FundingAnalytics(result.Model).Summarize(FundingStage.Budget).Total);
    }

    [Fact]
    public void Budgets_TheFourViews_NeverAddAnOriginalAndItsRevision()
    {
        var result = ImportBudgets(
            ("type=\"1\" status=\"2\"", "2020-01-01", "2020-12-31", 100),
            ("type=\"2\" status=\"1\"", "2020-01-01", "2020-12-31", 80),
            ("type=\"1\" status=\"1\"", "2021-01-01", "2021-12-31", 60),
            ("type=\"1\" status=\"2\"", "2022-01-01", "2022-12-31", 40),
            ("type=\"2\" status=\"2\"", "2022-01-01", "2022-12-31", 45));
        var analytics = new FundingAnalytics(result.Model);
        MoneyBag Eur(int amount) => MoneyBag.Of([new Money(amount, CurrencyCode.EUR)]);

        Assert.Equal(Eur(80 + 60 + 45), analytics.SummarizeBudgets(BudgetView.RevisedWhereRevised).Total);
        Assert.Equal(Eur(80 + 60 + 45), analytics.Summarize(FundingStage.Budget).Total);
        Assert.Equal(Eur(100 + 60 + 40), analytics.SummarizeBudgets(BudgetView.OriginalOnly).Total);
        Assert.Equal(Eur(80 + 60), analytics.SummarizeBudgets(BudgetView.IndicativeOnly).Total);
        Assert.Equal(Eur(45), analytics.SummarizeBudgets(BudgetView.CommittedOnly).Total);
        Assert.Equal("view", Assert.Throws<ArgumentOutOfRangeException>(() => analytics.SummarizeBudgets((BudgetView)9)).ParamName);
    }

    [Fact]
    public void CorpusFile10_TheSwissRevision_ReplacesItsOriginal_TheTotalFallsByTheOriginal()
    {
        // dportal_10.xml, CH-FDJP-CHE106823242-2019723a: an original USD 1,941,176 (2019-05-01 to 2020-04-30, committed)
        // and a revised USD 686,009 for the same period. Read here from the XML: every budget added, and the original.
        var path = Path.Combine(IatiFiles.Directory, "corpus", "dportal_10.xml");
        var xml = XmlBudgets(path).Where(b => b.Currency == "USD").ToList();
        var everything = xml.Sum(b => b.Value);
        var replaced = Assert.Single(xml, b => Superseded(b, xml));

        var analytics = new FundingAnalytics(Importer.ImportFile(path).Model);

        Assert.Equal(1_941_176m, replaced.Value);
        Assert.Equal(new Money(everything - replaced.Value, CurrencyCode.USD), analytics.Summarize(FundingStage.Budget).Total[CurrencyCode.USD]);
        Assert.Equal(new Money(88_049_214.13m, CurrencyCode.USD), new Money(everything, CurrencyCode.USD));
        Assert.Equal(new Money(86_108_038.13m, CurrencyCode.USD), analytics.Summarize(FundingStage.Budget).Total[CurrencyCode.USD]);
    }
}
