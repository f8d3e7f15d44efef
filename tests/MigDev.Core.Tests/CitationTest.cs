using MigDev.Core.Catalog;
namespace MigDev.Core.Tests;

public class CitationTest
{
    [Fact]
    public void Seeds_AreTheFiveDocumentsWithTheirFiles()
    {
        Assert.Equal(["000", "001", "002", "003", "004"], MigDevCatalog.Default.Documents.Select(d => d.Id));
        Assert.All(MigDevCatalog.Default.Documents, d => Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "data", "seeds", d.FileName!)), d.FileName));
        Assert.Equal(PartialDate.FromYear(2008), MigDevCatalog.Default.GetDocument("000").Date!.Start);
        Assert.Equal("source document", Assert.Throws<ReferenceNotFoundException>(() => MigDevCatalog.Default.GetDocument("005")).KindOfThing);
    }

    [Theory]
    [InlineData("000", 15, 15, "jointly managing a 15 million euros programme on migration and development on behalf of the European Commission starting in 2008")]
    [InlineData("000", 16, 16, "the four-year 528 million euros MDG Achievement Fund")]
    [InlineData("001", 74, 74, "in partnership with ILO, IOM, UNFPA and the Office of the UN High Commissioner for Refugees (UNHCR) and (since 2012) UN Women")]
    [InlineData("001", 20, 20, "The UN Development Programme (UNDP) helps countries build and share solutions")]
    [InlineData("001", 32, 32, "Mainstreaming migration into national development strategies.")]
    [InlineData("001", 34, 34, "visit www.undp.org/content/undp/en/home.html.")]
    [InlineData("003", 4, 5, "INTERNATIONAL MIGRATION Population Division")]
    public void IsFoundIn_VerbatimAsProse(string document, int first, int last, string quote) =>
        Assert.True(new Citation(document, first, last, quote).IsFoundIn(SeedText.Of(document)));

    [Theory]
    [InlineData("000", 16, 16, "a 15 million euros programme")]
    [InlineData("000", 15, 15, "a 15 million euro programme")]
    [InlineData("001", 9999, 9999, "UNDP")]
    public void IsFoundIn_WrongLinesOrWords_IsFalse(string document, int first, int last, string quote) =>
        Assert.False(new Citation(document, first, last, quote).IsFoundIn(SeedText.Of(document)));

    [Fact]
    public void Constructor_BadArguments_ThrowNamingValues()
    {
        var lines = Assert.Throws<ArgumentOutOfRangeException>(() => new Citation("001", 10, 9, "x"));
        Assert.Equal("lastLine", lines.ParamName);
        Assert.Contains("10-9", lines.Message, StringComparison.Ordinal);
        Assert.Equal("quote", Assert.Throws<ArgumentException>(() => new Citation("001", 1, 1, " ")).ParamName);
        Assert.Equal("documentId", Assert.Throws<ArgumentException>(() => new Citation("", 1, 1, "x")).ParamName);
    }

    [Fact]
    public void Equality_ByParts()
    {
        Assert.Equal(new Citation("001", 74, 74, "JMDI"), new Citation("001", 74, 74, "JMDI"));
        Assert.NotEqual(new Citation("001", 74, 74, "JMDI"), new Citation("001", 74, 75, "JMDI"));
        Assert.Equal("001:74-75 \"JMDI\"", new Citation("001", 74, 75, "JMDI").ToString());
    }
}
