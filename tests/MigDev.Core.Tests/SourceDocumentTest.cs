using System.Globalization;
using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

public class SourceDocumentTest
{
    // The README of data/seeds is not copied to the output with the texts: read it from the repository.
    private static readonly string[] SeedsReadme = File.ReadAllLines(Path.Combine(FindRoot(), "data", "seeds", "README.md"));

    [Fact]
    public void Constructor_KeepsEverything()
    {
        var date = Timeframe.Parse("2011-02");
        var document = new SourceDocument("mine", "My notes", "Me", date, "notes.txt");
        Assert.Equal("mine", document.Id);
        Assert.Equal("My notes", document.Title);
        Assert.Equal("Me", document.Author);
        Assert.Equal(date, document.Date);
        Assert.Equal("notes.txt", document.FileName);
        Assert.Equal("mine My notes", document.ToString());
    }

    [Fact]
    public void Constructor_NoFileName_HasNone()
    {
        var document = new SourceDocument("mine", "My notes", "Me", null, null);
        Assert.Null(document.FileName);
        Assert.Null(document.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankFileName_IsRefused_NullIsHowToSayNone(string fileName)
    {
        var e = Assert.Throws<ArgumentException>(() => new SourceDocument("mine", "My notes", "Me", null, fileName));
        Assert.Equal("fileName", e.ParamName);
        Assert.Contains("Source document 'mine': fileName is empty or only white space", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullIdTitleOrAuthor_ThrowsNamingIt()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new SourceDocument(null!, "t", "a", null)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new SourceDocument("mine", null!, "a", null)).ParamName);
        Assert.Equal("author", Assert.Throws<ArgumentNullException>(() => new SourceDocument("mine", "t", null!, null)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankIdTitleOrAuthor_ThrowsNamingParameterValueAndDocument(string blank)
    {
        var id = Assert.Throws<ArgumentException>(() => new SourceDocument(blank, "t", "a", null));
        Assert.Equal("id", id.ParamName);
        Assert.Contains($"was '{blank}'", id.Message, StringComparison.Ordinal);

        var title = Assert.Throws<ArgumentException>(() => new SourceDocument("mine", blank, "a", null));
        Assert.Equal("title", title.ParamName);
        Assert.Contains("'mine'", title.Message, StringComparison.Ordinal);
        Assert.Contains($"was '{blank}'", title.Message, StringComparison.Ordinal);

        var author = Assert.Throws<ArgumentException>(() => new SourceDocument("mine", "t", blank, null));
        Assert.Equal("author", author.ParamName);
        Assert.Contains("'mine'", author.Message, StringComparison.Ordinal);
        Assert.Contains($"was '{blank}'", author.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_Contract_ById() =>
        EqualityContract.AssertClass(
            new SourceDocument("000", "Update on the activities of UNDP", "UNDP", Timeframe.Parse("2008"), "000.txt"),
            new SourceDocument("000", "Another title", "Someone else", null),
            new SourceDocument("001", "Update on the activities of UNDP", "UNDP", Timeframe.Parse("2008"), "000.txt"),
            new SourceDocument("000 ", "Update on the activities of UNDP", "UNDP", null),
            new SourceDocument("mine", "My notes", "Me", null));

    [Fact]
    public void Seeds_AreTheFiveFilesOfTheSeedsFolder()
    {
        var documents = MigDevCatalog.Default.Documents;
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, documents.Select(d => d.FileName).Order(StringComparer.Ordinal));
        Assert.All(documents, d => Assert.StartsWith(d.Id + "_", d.FileName, StringComparison.Ordinal));
        Assert.Equal(["000", "001", "002", "003", "004"], documents.Select(d => d.Id));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Seed_AgreesWithTheSeedsReadme(string id)
    {
        var document = MigDevCatalog.Default.GetDocument(id);
        var row = Assert.Single(SeedsReadme, l => l.StartsWith($"| {document.FileName} |", StringComparison.Ordinal));

        // Every organisation of the author ("UNITAR, UNFPA, IOM and the MacArthur Foundation") is in the README's row.
        foreach (var organisation in Regex.Split(document.Author, ", | and (?:the )?", RegexOptions.CultureInvariant))
        {
            Assert.Contains(organisation, row, StringComparison.Ordinal);
        }

        // A title the README quotes is where the document's title begins.
        var quoted = Regex.Match(row, "\"([^\"]+)\"", RegexOptions.CultureInvariant);
        if (quoted.Success)
        {
            Assert.StartsWith(quoted.Groups[1].Value, document.Title, StringComparison.Ordinal);
        }

        // The date is as precise as the README: its years, and its month where the README names one.
        var date = document.Date!;
        Assert.Contains(date.Start!.Value.Year.ToString(CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
        if (date.End is { } end)
        {
            Assert.Contains(end.Year.ToString(CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
        }
        var monthNamed = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.FirstOrDefault(m => m.Length > 0 && row.Contains($"{m} {date.Start.Value.Year}", StringComparison.Ordinal));
        Assert.Equal(monthNamed is null ? null : DateTime.ParseExact(monthNamed, "MMMM", CultureInfo.InvariantCulture).Month, date.Start.Value.Month);
    }

    [Fact]
    public void Seed_000_WrittenEarly2008_IsDatedTheYearOnly()
    {
        var document = MigDevCatalog.Default.GetDocument("000");
        Assert.Contains("(written early 2008)", SeedsReadme.Single(l => l.Contains(document.FileName!, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(Timeframe.Parse("2008"), document.Date);
        Assert.Equal(DatePrecision.Year, document.Date!.Start!.Value.Precision);
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
