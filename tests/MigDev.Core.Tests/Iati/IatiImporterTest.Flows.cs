using System.Globalization;
using System.Xml.Linq;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>Following the money across publishers (issue 16): the whole corpus as one model, the flows two publishers
/// both report found and counted once. The pairs linked by activity identifiers are found again here by a plain LINQ to
/// XML pass over the 18 files; the one linked by organisations alone was checked by hand in the files.</summary>
public partial class IatiImporterTest
{
    private static readonly string CorpusDirectory = Path.Combine(IatiFiles.Directory, "corpus");

    private static readonly Lazy<IatiImportResult> WholeCorpus = new(() => Importer.ImportDirectory(CorpusDirectory));

    /// <summary>One transaction of the corpus as the XML says it, with the refs the flow's two ends carry.</summary>
    private sealed record XmlFlow(string Activity, (FundingStage, FlowDirection) Kind, string Currency, decimal Value, DateOnly Date,
        string? Provider, string? ProviderActivity, string? Receiver, string? ReceiverActivity);

    private static List<XmlFlow> XmlFlows()
    {
        var list = new List<XmlFlow>();
        foreach (var file in CorpusFileNames)
        {
            foreach (var a in IatiFiles.Activities(Path.Combine(CorpusDirectory, file)))
            {
                var id = a.Element("iati-identifier")!.Value.Trim();
                var reporter = ((string?)a.Element("reporting-org")?.Attribute("ref"))?.Trim();
                foreach (var t in a.Elements("transaction"))
                {
                    var code = ((string?)t.Element("transaction-type")?.Attribute("code"))?.Trim();
                    code = code is not null && Version1Letters.TryGetValue(code, out var n) ? n : code;
                    if (code is null || !Codes.TryGetValue(code, out var kind) || kind.Direction == FlowDirection.Unstated)
                    {
                        continue;
                    }
                    var v = t.Element("value")!;
                    var date = (string?)v.Attribute("value-date") ?? (string)t.Element("transaction-date")!.Attribute("iso-date")!;
                    static string? Ref(XElement? org) => ((string?)org?.Attribute("ref"))?.Trim() is { Length: > 0 } r ? r : null;
                    var provider = t.Element("provider-org");
                    var receiver = t.Element("receiver-org");
                    var outgoing = kind.Direction == FlowDirection.Outgoing;
                    list.Add(new XmlFlow(id, kind, ((string?)v.Attribute("currency") ?? (string)a.Attribute("default-currency")!).Trim(),
                        decimal.Parse(v.Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture), DateOnly.Parse(date[..10], CultureInfo.InvariantCulture),
                        Ref(provider) ?? (outgoing ? reporter : null), ((string?)provider?.Attribute("provider-activity-id"))?.Trim(),
                        Ref(receiver) ?? (outgoing ? null : reporter), ((string?)receiver?.Attribute("receiver-activity-id"))?.Trim()));
                }
            }
        }
        return list;
    }

    [Fact]
    public void Corpus_AsOneModel_PairsLinkedByActivityIdentifiers_AreTheXmlsOwn()
    {
        // Independently: an outgoing and an incoming flow of the same stage, amount and currency, 31 days apart at most,
        // one naming the other's activity, and the two agreeing on the provider's or the receiver's ref.
        var flows = XmlFlows();
        var expected = (
            from o in flows
            where o.Kind.Item2 == FlowDirection.Outgoing
            from i in flows
            where i.Kind == (o.Kind.Item1, FlowDirection.Incoming) && i.Currency == o.Currency && i.Value == o.Value && i.Activity != o.Activity
                && Math.Abs(o.Date.DayNumber - i.Date.DayNumber) <= 31
                && (o.ReceiverActivity == i.Activity || i.ProviderActivity == o.Activity)
                && ((o.Provider is not null && o.Provider == i.Provider) || (o.Receiver is not null && o.Receiver == i.Receiver))
            select (o.Activity, i.Activity, $"{o.Currency} {o.Value.ToString(CultureInfo.InvariantCulture)}")).ToList();

        var result = WholeCorpus.Value;
        var pairs = new FundingAnalytics(result.Model).Pairs;
        var byId = result.Model.Programmes.ToDictionary(p => p.Id, p => p.IatiIdentifier);
        var actual = pairs.Where(p => p.Evidence == FlowPairEvidence.ActivityIdentifiers)
            .Select(p => (byId[p.Outgoing.Programme!.Value], byId[p.Incoming.Programme!.Value], p.Outgoing.Amount!.Value.ToString())).ToList();

        Assert.Equal(3, expected.Count);
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public void Corpus_AsOneModel_FlowsCountedOnce_AreTheFlowsAsReported_LessTheIncomingHalfOfEachPair()
    {
        var result = WholeCorpus.Value;
        var analytics = new FundingAnalytics(result.Model);
        // The three pairs linked by activity identifiers (above), and one by organisations alone, checked by hand: HelpAge
        // International UK's disbursement of GBP 81,641 to HelpAge International (GB-CHC-1128267-8-START_Syria_2020,
        // 2020-04-23), which HelpAge International reports as incoming funds a week later (GB-COH-1762840-SYR022-SC99-01,
        // 2020-04-30) with the provider named, not identified.
        var byId = result.Model.Programmes.ToDictionary(p => p.Id, p => p.IatiIdentifier);
        Assert.Equal(
            [
                ("DK-CVR-20699310-DF212197", "GB-CHC-1126727-H2H_2020_CV2_1_Mapaction", "GBP 50339", FlowPairEvidence.ActivityIdentifiers),
                ("DK-CVR-20699310-DF212197", "NO-BRC-977538319-ACSY2004", "GBP 210000", FlowPairEvidence.ActivityIdentifiers),
                ("DK-CVR-20699310-DF212197", "GB-CHC-1126727-H2H_2020_CV2_1_Mapaction", "GBP 37754", FlowPairEvidence.ActivityIdentifiers),
                ("GB-CHC-1128267-8-START_Syria_2020", "GB-COH-1762840-SYR022-SC99-01", "GBP 81641", FlowPairEvidence.Organisations),
            ],
            analytics.Pairs.Select(p => (byId[p.Outgoing.Programme!.Value], byId[p.Incoming.Programme!.Value], p.Outgoing.Amount!.Value.ToString(), p.Evidence)));

        // All four are disbursements in GBP: counted once, the disbursements fall by the incoming halves, GBP 379,734,
        // and nothing else moves.
        var once = analytics.Summarize(FundingStage.Disbursement);
        var reported = analytics.Summarize(FundingStage.Disbursement, FlowCounting.AsReported);
        Assert.Equal(new Money(50_339m + 210_000m + 37_754m + 81_641m, CurrencyCode.GBP), reported.Total[CurrencyCode.GBP] - once.Total[CurrencyCode.GBP]);
        Assert.Equal(reported.Total.Currencies.Where(c => c != CurrencyCode.GBP).Select(c => reported.Total[c]), once.Total.Currencies.Where(c => c != CurrencyCode.GBP).Select(c => once.Total[c]));
        Assert.Equal(reported.ByDirection[FlowDirection.Outgoing], once.ByDirection[FlowDirection.Outgoing]);
        foreach (var stage in new[] { FundingStage.Commitment, FundingStage.Pledge, FundingStage.Expenditure })
        {
            Assert.Equal(analytics.Summarize(stage, FlowCounting.AsReported).Total, analytics.Summarize(stage).Total);
        }
    }

    [Fact]
    public void ImportDirectory_WholeCorpus_IsTheFilesInOrder_OneModel_ProgressPerFile_FindingsNamingTheirFile()
    {
        var reports = new List<IatiImportProgress>();
        var result = Importer.ImportDirectory(CorpusDirectory, new SynchronousProgress(reports.Add));
        var perFile = CorpusFileNames.Select(f => Importer.ImportFile(Path.Combine(CorpusDirectory, f))).ToList();

        Assert.Equal(perFile.Sum(r => r.Model.Programmes.Length), result.Model.Programmes.Length);
        Assert.Equal(perFile.Sum(r => r.Model.Commitments.Length), result.Model.Commitments.Length);
        Assert.Equal(CorpusFileNames, reports.Where(p => p.IsFileDone).Select(p => Path.GetFileName(p.File)));
        Assert.Equal(1_800, reports[^1].Activities);
        Assert.Equal([500, 1_000, 1_500], reports.Where(p => !p.IsFileDone).Select(p => p.Activities));
        Assert.All(reports, p => Assert.Equal(18, p.FileCount));
        Assert.All(result.Findings, f => Assert.NotNull(f.File));
        Assert.Equal(CorpusFileNames.Where(f => perFile[Array.IndexOf(CorpusFileNames, f)].Findings.Length > 0),
            result.Findings.Select(f => Path.GetFileName(f.File!)).Distinct().Order(StringComparer.Ordinal));
        // A parent in another file is found: the Start Network's DK-CVR-20699310-DF212197 (dportal_15) of a Mapaction
        // activity (dportal_21), which the file alone reports as missing.
        Assert.True(result.TryGetProgrammeId("DK-CVR-20699310-DF212197", out var parent));
        Assert.Contains(result.Model.Programmes, p => p.Parent == parent);
        Assert.Contains(perFile[Array.IndexOf(CorpusFileNames, "dportal_21.xml")].Findings, f => f.Message.Contains("'DK-CVR-20699310-DF212197' is not in this import", StringComparison.Ordinal));
        Assert.Contains("dportal_10.xml, line ", result.Findings.First(f => f.File!.EndsWith("dportal_10.xml", StringComparison.Ordinal) && f.LineNumber is not null).ToString(), StringComparison.Ordinal);
        // One model: each organisation one agency, fewer new agencies than the files make one by one.
        Assert.True(result.NewAgencies.Length < perFile.Sum(r => r.NewAgencies.Length));
        Assert.Equal(result.NewAgencies.Length, result.NewAgencies.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void ImportFiles_NoFileNullOrAFolderWithoutXml_ThrowsSayingWhat()
    {
        Assert.Equal("paths", Assert.Throws<ArgumentException>(() => Importer.ImportFiles([])).ParamName);
        var nullPath = Assert.Throws<ArgumentNullException>(() => Importer.ImportFiles([IatiFiles.Single, null!]));
        Assert.Contains("[1]", nullPath.Message, StringComparison.Ordinal);
        var empty = Directory.CreateTempSubdirectory("migdev-empty-");
        try
        {
            var e = Assert.Throws<ArgumentException>(() => Importer.ImportDirectory(empty.FullName));
            Assert.Contains("has no *.xml file", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete();
        }
        Assert.Throws<DirectoryNotFoundException>(() => Importer.ImportDirectory(Path.Combine(empty.FullName, "gone")));
    }

    private sealed class SynchronousProgress(Action<IatiImportProgress> report) : IProgress<IatiImportProgress>
    {
        public void Report(IatiImportProgress value) => report(value);
    }
}
