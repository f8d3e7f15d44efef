using System.Xml.Linq;
using MigDev.Core.Samples.Database;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>The database sample, run on the first corpus file into SQLite: what it prints against the file read with
/// LINQ to XML.</summary>
public class DatabaseSampleTest
{
    [Fact]
    public async Task RunAsync_OneCorpusFile_SavesItsActivitiesAndPrintsTotals()
    {
        var first = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "iati", "corpus"), "*.xml").Order(StringComparer.Ordinal).First();
        var activities = XDocument.Load(first).Root!.Elements("iati-activity").Count();
        var output = new StringWriter();

        var exit = await DatabaseSample.RunAsync(["--files", "1"], output);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains($"The IATI corpus (1 files): {activities} activities in 1 batches: {activities} programmes,", text, StringComparison.Ordinal);
        Assert.Contains("Committed per funder and currency (", text, StringComparison.Ordinal);
        Assert.Contains("Committed per funder in USD at the ECB rate of each value date", text, StringComparison.Ordinal);
        // The catalog's JMDI commitment, EUR 15,000,000 from the European Commission, is in the database's totals.
        Assert.Matches(@"european-commission\s+EUR 15000000", text);
    }
}
