using System.Globalization;
using System.Text.RegularExpressions;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>Every transaction, with its direction (issue 16). The expected counts and sums come from a plain LINQ to XML
/// reading of each corpus file, here, with the codelist's 13 codes and the 1.0x letters written out again.</summary>
public partial class IatiImporterTest
{
    // data/iati/codelists/TransactionType.xml: each code's stage and direction, as its description says; the 1.0x
    // letters of the IATI 1.02 documentation.
    private static readonly Dictionary<string, (FundingStage Stage, FlowDirection Direction)> Codes = new(StringComparer.Ordinal)
    {
        ["1"] = (FundingStage.Disbursement, FlowDirection.Incoming), ["2"] = (FundingStage.Commitment, FlowDirection.Outgoing),
        ["3"] = (FundingStage.Disbursement, FlowDirection.Outgoing), ["4"] = (FundingStage.Expenditure, FlowDirection.Outgoing),
        ["5"] = (FundingStage.InterestPayment, FlowDirection.Incoming), ["6"] = (FundingStage.LoanRepayment, FlowDirection.Incoming),
        ["7"] = (FundingStage.Reimbursement, FlowDirection.Outgoing), ["8"] = (FundingStage.PurchaseOfEquity, FlowDirection.Outgoing),
        ["9"] = (FundingStage.SaleOfEquity, FlowDirection.Incoming), ["10"] = (FundingStage.CreditGuarantee, FlowDirection.Outgoing),
        ["11"] = (FundingStage.Commitment, FlowDirection.Incoming), ["12"] = (FundingStage.Pledge, FlowDirection.Outgoing),
        ["13"] = (FundingStage.Pledge, FlowDirection.Incoming),
    };

    private static readonly Dictionary<string, string> Version1Letters = new(StringComparer.Ordinal)
    {
        ["IF"] = "1", ["C"] = "2", ["D"] = "3", ["E"] = "4", ["IR"] = "5", ["LR"] = "6", ["R"] = "7",
    };

    /// <summary>One transaction as the XML says it: its path, its code (a 1.0x letter as its number), currency and value.</summary>
    private sealed record XmlTransaction(string Element, string? Code, string? Currency, decimal? Value);

    private static List<XmlTransaction> XmlTransactions(string path)
    {
        var list = new List<XmlTransaction>();
        var activities = IatiFiles.Activities(path);
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            var transactions = a.Elements("transaction").ToList();
            for (var j = 0; j < transactions.Count; j++)
            {
                var t = transactions[j];
                var code = ((string?)t.Element("transaction-type")?.Attribute("code"))?.Trim();
                code = code is not null && Version1Letters.TryGetValue(code, out var n) ? n : code;
                var v = t.Element("value");
                var currency = ((string?)v?.Attribute("currency") ?? (string?)a.Attribute("default-currency"))?.Trim();
                decimal? value = v is not null && decimal.TryParse(v.Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
                list.Add(new XmlTransaction($"iati-activity[{i + 1}]/transaction[{j + 1}]", code, currency, value));
            }
        }
        return list;
    }

    [GeneratedRegex(@"^iati-activity\[\d+\]/transaction\[\d+\]$")]
    private static partial Regex TransactionElement();

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusFile_EveryTransaction_IsACommitmentOfItsStageAndDirection_OrAFindingSaysWhy(string file)
    {
        var path = Path.Combine(IatiFiles.Directory, "corpus", file);
        var xml = XmlTransactions(path);
        var result = Importer.ImportFile(path);
        var dropped = result.Findings.Where(f => f.RuleId == IatiRuleIds.NotImported && TransactionElement().IsMatch(f.Element))
            .Select(f => f.Element).ToHashSet(StringComparer.Ordinal);
        var flows = result.Model.Commitments.Where(c => c.Stage != FundingStage.Budget).ToList();

        // Nothing lost: each transaction is a commitment, or a finding names it.
        Assert.Equal(xml.Count, flows.Count + dropped.Count);
        // What cannot be modelled (no code of the codelist, no value or currency, nobody to say it comes from) is
        // dropped with a finding that names the money it carried.
        foreach (var t in xml.Where(t => dropped.Contains(t.Element) && t.Value is not null && t.Currency is not null))
        {
            var finding = Assert.Single(result.Findings, f => f.Element == t.Element && f.RuleId == IatiRuleIds.NotImported);
            Assert.Contains($"{t.Currency} {t.Value!.Value.ToString(CultureInfo.InvariantCulture)}", finding.Message, StringComparison.Ordinal);
        }

        // Per type (stage and direction) and currency, counts and sums equal to the XML's.
        var kept = xml.Where(t => !dropped.Contains(t.Element)).ToList();
        var expected = kept.GroupBy(t => (Codes[t.Code!], t.Currency!)).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(t => t.Value!.Value)));
        var actual = flows.GroupBy(c => ((c.Stage, c.Direction), c.Amount!.Value.Currency.ToString())).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(c => c.Amount!.Value.Amount)));
        Assert.Equal(expected.OrderBy(x => x.Key.ToString(), StringComparer.Ordinal), actual.OrderBy(x => x.Key.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void Corpus_DroppedTransactions_AreOnlyThoseWithoutACodeOrAProvider_EachFindingNamingWhatAndHowMuch()
    {
        var findings = CorpusFileNames.SelectMany(f => Importer.ImportFile(Path.Combine(IatiFiles.Directory, "corpus", f)).Findings)
            .Where(f => f.RuleId == IatiRuleIds.NotImported && TransactionElement().IsMatch(f.Element)).ToList();
        // The README: 21 transactions with no type, all in the CZ-ICO activities of dportal_10. And three whose giver
        // nobody names: a secondary reporter's outgoing commitment with no provider-org (dportal_55), and FAO's incoming
        // funds with no provider-org whose funding participating-org has neither a ref nor a name (dportal_116).
        Assert.Equal(24, findings.Count);
        Assert.Equal(21, findings.Count(f => f.Message.StartsWith("transaction type (none) is not in the IATI TransactionType codelist", StringComparison.Ordinal)));
        Assert.Equal(["USD 10000", "USD 2000000", "USD 60000"], findings.Where(f => f.Message.Contains("names no provider", StringComparison.Ordinal))
            .Select(f => Regex.Match(f.Message, @"its (USD \d+)").Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Contains("no commitment is made of it", f.Message, StringComparison.Ordinal));
    }
}
