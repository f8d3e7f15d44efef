using System.Globalization;
using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

/// <summary>A theme of the GFMD 2007 matrix: its validation, its equality by number, and the catalog's two themes
/// against the matrix (seed 002).</summary>
public class ThemeTest
{
    private static readonly Citation Heading = new("002", 3, 9, "THEME 1: ROUNDTABLE 1: a. MIGRATION AND SOCIO-ECONOMIC DEVELOPMENT");

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/> (1-based) of the matrix, joined as prose.</summary>
    private static string MatrixLines(int first, int last) => string.Join(' ', SeedText.Of("002")[(first - 1)..last].Select(l => l.Trim()));

    [Fact]
    public void Constructor_Valid_KeepsNumberTitleAndCitations()
    {
        var theme = new Theme(1, "MIGRATION AND SOCIO-ECONOMIC DEVELOPMENT", [Heading]);
        Assert.Equal(1, theme.Number);
        Assert.Equal("MIGRATION AND SOCIO-ECONOMIC DEVELOPMENT", theme.Title);
        Assert.Equal([Heading], theme.Citations);
    }

    [Theory]
    [InlineData(0, "was 0.")]
    [InlineData(-3, "was -3.")]
    public void Constructor_NumberBelowOne_ThrowsNamingTheNumber(int number, string was)
    {
        // ThrowsAny: the type documented is ArgumentOutOfRangeException, the type thrown ArgumentException
        // (Constructor_NumberBelowOne_ThrowsTheDocumentedArgumentOutOfRange).
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Theme(number, "Title"));
        Assert.Equal("number", ex.ParamName);
        Assert.Contains("A theme is numbered from 1, " + was, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NumberBelowOne_ThrowsTheDocumentedArgumentOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Theme(0, "Title"));
        Assert.Equal(0, ex.ActualValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_EmptyTitle_ThrowsNamingTheTitle(string title)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Theme(2, title));
        Assert.Equal("title", ex.ParamName);
        Assert.Contains($"Theme 2 needs a title, was '{title}'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullTitle_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Theme(2, null!));
        Assert.Equal("title", ex.ParamName);
        Assert.Contains("Theme 2 needs a title", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCitation_ThrowsNamingItsIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Theme(2, "Title", [Heading, null!]));
        Assert.Equal("citations", ex.ParamName);
        Assert.Contains("Theme 2: citations[1] is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoCitations_IsEmptyNotDefault()
    {
        var theme = new Theme(1, "Title", null);
        Assert.False(theme.Citations.IsDefault);
        Assert.Empty(theme.Citations);
    }

    [Fact]
    public void Equality_IsByNumber_TitleAndCitationsIgnored()
    {
        EqualityContract.AssertClass(
            new Theme(1, "MIGRATION AND SOCIO-ECONOMIC DEVELOPMENT", [Heading]),
            new Theme(1, "Migration and socio-economic development"),
            new Theme(2, "MIGRATION AND SOCIO-ECONOMIC DEVELOPMENT", [Heading]));
        Assert.False(new Theme(1, "T").Equals((object)new Roundtable(1, 1, "T")));
    }

    [Fact]
    public void ToString_IsNumberAndTitle() =>
        Assert.Equal("Theme 2: BEST WAYS", new Theme(2, "BEST WAYS").ToString());

    [Fact]
    public void Catalog_ThemesAreTheMatrixHeadings_TitlesVerbatim()
    {
        var themes = MigDevCatalog.Default.Model.Themes;

        // The numbers as the matrix's "THEME n:" headings give them, in order.
        var headings = SeedText.Of("002").Select(l => Regex.Match(l, @"^\s*THEME (\d+):\s*$", RegexOptions.CultureInvariant)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(headings, themes.Select(t => t.Number));

        // The titles as the matrix prints them: line 9, and lines 1061-1062 (one title over two lines).
        Assert.Equal(MatrixLines(9, 9), themes[0].Title);
        Assert.Equal(MatrixLines(1061, 1062), themes[1].Title);
        Assert.Equal("BEST WAYS TO STRENGTHEN THE LINKS BETWEEN MIGRATION POLICIES AND DEVELOPMENT POLICIES", themes[1].Title);

        SeedText.AssertVerbatim(themes.SelectMany(t => t.Citations));
        Assert.All(themes, t => Assert.Contains(t.Title, Assert.Single(t.Citations).Quote, StringComparison.Ordinal));
    }
}
