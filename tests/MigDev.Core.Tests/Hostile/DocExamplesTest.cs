using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace MigDev.Core.Tests.Hostile;

/// <summary>A rate the docs give as an example is the ECB's (issue 18: a doc comment gave EUR→USD 1.4706 on 2008-01-02,
/// where the ECB published 1.4688): every "EUR→XXX rate ... yyyy-MM-dd" in the library's source and docs is checked
/// against the ECB's CSV, read here.</summary>
public partial class DocExamplesTest
{
    [GeneratedRegex(@"EUR→(?<quote>[A-Z]{3}) (?<rate>\d+\.\d+)\b(?:(?!\n\n).){0,120}?(?<date>(?:19|20)\d\d-\d\d-\d\d)", RegexOptions.Singleline)]
    private static partial Regex EuroRate();

    [Fact]
    public void EveryEuroRateExample_InTheSourceAndDocs_IsTheEcbsOwn()
    {
        var root = FindRoot();
        var files = Directory.GetFiles(Path.Combine(root, "src", "MigDev.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md")).Append(Path.Combine(root, "README.md"));
        var checkedCount = 0;
        foreach (var file in files)
        {
            foreach (Match m in EuroRate().Matches(File.ReadAllText(file)))
            {
                var day = LocalDate.FromDateOnly(DateOnly.ParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
                var quote = m.Groups["quote"].Value;
                if (!EcbCsv.Currencies.Contains(quote) || EcbCsv.Cell(day, quote) is not { } cell || cell == "N/A")
                {
                    continue;
                }
                Assert.True(decimal.Parse(m.Groups["rate"].Value, CultureInfo.InvariantCulture) == decimal.Parse(cell, CultureInfo.InvariantCulture),
                    $"{Path.GetRelativePath(root, file)}: EUR→{quote} {m.Groups["rate"].Value} on {day:uuuu-MM-dd}, the ECB published {cell}");
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 0, "no example was found to check");
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "MigDev.Core.sln")))
            {
                return d.FullName;
            }
        }
        throw new InvalidOperationException("MigDev.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
