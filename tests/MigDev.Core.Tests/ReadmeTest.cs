using System.Reflection;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>The README's quick start is the QuickStart sample, verbatim; running it prints what its comments say.</summary>
[Collection(nameof(ProcessConsoleTests))]
public class ReadmeTest
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Readme_ShowsTheQuickStartSample_Verbatim()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).ReplaceLineEndings("\n");
        var program = File.ReadAllText(Path.Combine(Root, "samples", "MigDev.Core.Samples.QuickStart", "Program.cs")).ReplaceLineEndings("\n");
        Assert.Contains("```csharp\n" + program + "```\n", readme, StringComparison.Ordinal);
        // Three namespaces are all a newcomer needs: the domain, the catalog, and NodaTime's dates (docs/architecture.md).
        Assert.Equal(["using MigDev.Core;", "using MigDev.Core.Catalog;", "using NodaTime;"], program.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l.EndsWith(';')).ToArray());
    }

    [Fact]
    public void QuickStart_PrintsWhatItsCommentsSay()
    {
        var entry = Assembly.Load("MigDev.Core.Samples.QuickStart").EntryPoint!;
        var output = new StringWriter();
        var original = Console.Out;
        var directory = Directory.CreateTempSubdirectory();
        var cwd = Environment.CurrentDirectory;
        try
        {
            Console.SetOut(output);
            Environment.CurrentDirectory = directory.FullName;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(original);
            Environment.CurrentDirectory = cwd;
            directory.Delete(recursive: true);
        }
        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("EUR 15000000.00 split 60/40: EUR 9000000.00, EUR 6000000.00", lines[0]);
        Assert.Equal("EUR 15000000.00 = USD 22032000.00 at EUR→USD 1.4688 on 2008-01-02 (ECB euro reference rates)", lines[1]);
        // Seed 001:74: JMDI implemented by UNDP with ILO, IOM, UNFPA, UNHCR and UN Women, on behalf of the EC (000:15).
        Assert.StartsWith("Joint Migration and Development Initiative: 7 partners, committed [EUR 15000000", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("Cited: 000:15 \"UNDP, together with ILO, IOM, UNFPA and UNHCR", lines[3], StringComparison.Ordinal);
        Assert.Equal("", lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void PackageReadme_DoesWhatItsCommentsSay()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "src", "MigDev.Core", "README.md"));
        // The snippet names MigDevCatalog, which lives in MigDev.Core.Catalog: it must say so to compile.
        Assert.Contains("using MigDev.Core;\nusing MigDev.Core.Catalog;\nusing NodaTime;\n", readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var pledge = new Money(15_000_000.00m, CurrencyCode.EUR);
        var shares = pledge.Allocate([60m, 40m]);
        var usd = CurrencyConverter.Ecb.Convert(pledge, CurrencyCode.USD, new NodaTime.LocalDate(2008, 1, 2), RatePolicy.ExactDate, MidpointRounding.ToEven);
        var jmdi = MigDevCatalog.Default.GetProgramme(ProgrammeId.Parse("jmdi"));

        Assert.Contains("var shares = pledge.Allocate([60m, 40m]);   // EUR 9000000.00, EUR 6000000.00", readme, StringComparison.Ordinal);
        Assert.Equal(["EUR 9000000.00", "EUR 6000000.00"], shares.Select(s => s.ToString()));
        Assert.Contains("// USD 22032000.00 at EUR→USD 1.4688 on 2008-01-02", readme, StringComparison.Ordinal);
        Assert.Equal("USD 22032000.00", usd.Converted.ToString());
        Assert.StartsWith("EUR→USD 1.4688 on 2008-01-02", usd.Rate.ToString(), StringComparison.Ordinal);
        Assert.Contains("// 7 partners, every one cited", readme, StringComparison.Ordinal);
        Assert.Equal(7, jmdi.Partners.Length);
        Assert.All(jmdi.Partners, p => Assert.NotEmpty(p.Citations));
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

/// <summary>Tests that redirect the process's console run alone.</summary>
[CollectionDefinition(nameof(ProcessConsoleTests), DisableParallelization = true)]
public sealed class ProcessConsoleTests;
