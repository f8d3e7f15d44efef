using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

public partial class IatiFindingTest
{
    [GeneratedRegex(@"^iati-activity\[(?<activity>\d+)\]/budget\[(?<budget>\d+)\]/period-end$")]
    private static partial Regex BudgetEnd();

    [Fact]
    public void ToString_NamesSeverityRuleActivityElementLineAndMessage()
    {
        var f = new IatiFinding("7.5.3", IatiSeverity.Error, "XM-A-1", "iati-activity[1]/budget[2]/period-end", 12, "too long.", "2020-01-01/2021-01-01");
        Assert.Equal("Error 7.5.3 [XM-A-1] iati-activity[1]/budget[2]/period-end (line 12): too long.", f.ToString());

        var built = new IatiFinding("migdev:missing", IatiSeverity.Warning, null, "iati-activity[1]/iati-identifier", null, "no identifier.");
        Assert.Equal("Warning migdev:missing [no iati-identifier] iati-activity[1]/iati-identifier: no identifier.", built.ToString());
        Assert.Null(built.Value);
    }

    [Fact]
    public void Findings_OnIomsFile_NameTheActivity_TheBudgetsLine_AndItsPeriod()
    {
        var root = XDocument.Load(IatiFiles.Hundred, LoadOptions.SetLineInfo).Root!;
        var activities = root.Elements("iati-activity").ToList();

        var findings = IatiReader.ReadFile(IatiFiles.Hundred).SelectMany(a => a.Findings).ToList();

        // Independently: the budgets whose period-end is on or after period-start plus one year.
        var longBudgets = activities.SelectMany(a => a.Elements("budget")).Count(b =>
            DateOnly.Parse(b.Element("period-end")!.Attribute("iso-date")!.Value, CultureInfo.InvariantCulture)
                >= DateOnly.Parse(b.Element("period-start")!.Attribute("iso-date")!.Value, CultureInfo.InvariantCulture).AddYears(1));
        Assert.True(longBudgets >= 24, $"{longBudgets}"); // data/iati/README.md: 24 of the 100 activities have one
        Assert.Equal(longBudgets, findings.Count);
        foreach (var f in findings)
        {
            var m = BudgetEnd().Match(f.Element);
            Assert.True(m.Success, f.Element);
            var activity = activities[int.Parse(m.Groups["activity"].Value, CultureInfo.InvariantCulture) - 1];
            var budget = activity.Elements("budget").ElementAt(int.Parse(m.Groups["budget"].Value, CultureInfo.InvariantCulture) - 1);
            Assert.Equal(IatiSeverity.Error, f.Severity);
            Assert.Equal(activity.Element("iati-identifier")!.Value, f.ActivityId);
            Assert.Equal(((IXmlLineInfo)budget).LineNumber, f.LineNumber);
            Assert.Equal($"{budget.Element("period-start")!.Attribute("iso-date")!.Value}/{budget.Element("period-end")!.Attribute("iso-date")!.Value}", f.Value);
        }
    }
}
