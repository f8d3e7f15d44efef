using System.Globalization;
using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

/// <summary>A roundtable of the GFMD 2007 matrix: its validation, its equality by number, and the catalog's three
/// roundtables against the matrix (seed 002).</summary>
public class RoundtableTest
{
    private static readonly Citation Heading = new("002", 5, 12, "ROUNDTABLE 1: a. MIGRATION AND SOCIO-ECONOMIC DEVELOPMENT HUMAN CAPITAL DEVELOPMENT AND LABOUR MOBILITY: MAXIMIZING OPPORTUNITIES AND MINIMIZING RISKS");

    private static string MatrixLines(int first, int last) => string.Join(' ', SeedText.Of("002")[(first - 1)..last].Select(l => l.Trim()));

    [Fact]
    public void Constructor_Valid_KeepsNumberThemeTitleAndCitations()
    {
        var roundtable = new Roundtable(1, 1, "HUMAN CAPITAL DEVELOPMENT AND LABOUR MOBILITY", [Heading]);
        Assert.Equal(1, roundtable.Number);
        Assert.Equal(1, roundtable.Theme);
        Assert.Equal("HUMAN CAPITAL DEVELOPMENT AND LABOUR MOBILITY", roundtable.Title);
        Assert.Equal([Heading], roundtable.Citations);
    }

    [Theory]
    [InlineData(0, "was 0.")]
    [InlineData(-1, "was -1.")]
    public void Constructor_NumberBelowOne_ThrowsNamingTheNumber(int number, string was)
    {
        // ThrowsAny: documented as ArgumentOutOfRangeException, thrown as ArgumentException (see the skipped test below).
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Roundtable(number, 1, "Title"));
        Assert.Equal("number", ex.ParamName);
        Assert.Contains("A roundtable is numbered from 1, " + was, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "was 0.")]
    [InlineData(-7, "was -7.")]
    public void Constructor_ThemeBelowOne_ThrowsNamingTheRoundtableAndTheme(int theme, string was)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Roundtable(3, theme, "Title"));
        Assert.Equal("theme", ex.ParamName);
        Assert.Contains("Roundtable 3: a theme is numbered from 1, " + was, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NumberOrThemeBelowOne_ThrowsTheDocumentedArgumentOutOfRange()
    {
        Assert.Equal(0, Assert.Throws<ArgumentOutOfRangeException>(() => new Roundtable(0, 1, "Title")).ActualValue);
        Assert.Equal(0, Assert.Throws<ArgumentOutOfRangeException>(() => new Roundtable(1, 0, "Title")).ActualValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void Constructor_EmptyTitle_ThrowsNamingTheTitle(string title)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Roundtable(2, 1, title));
        Assert.Equal("title", ex.ParamName);
        Assert.Contains($"Roundtable 2 needs a title, was '{title}'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullTitle_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Roundtable(2, 1, null!));
        Assert.Equal("title", ex.ParamName);
        Assert.Contains("Roundtable 2 needs a title", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCitation_ThrowsNamingItsIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Roundtable(2, 1, "Title", [null!]));
        Assert.Equal("citations", ex.ParamName);
        Assert.Contains("Roundtable 2: citations[0] is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoCitations_IsEmptyNotDefault()
    {
        var roundtable = new Roundtable(1, 1, "Title");
        Assert.False(roundtable.Citations.IsDefault);
        Assert.Empty(roundtable.Citations);
    }

    [Fact]
    public void Equality_IsByNumber_ThemeTitleAndCitationsIgnored()
    {
        EqualityContract.AssertClass(
            new Roundtable(1, 1, "HUMAN CAPITAL DEVELOPMENT AND LABOUR MOBILITY", [Heading]),
            new Roundtable(1, 2, "Human capital development and labour mobility"),
            new Roundtable(2, 1, "HUMAN CAPITAL DEVELOPMENT AND LABOUR MOBILITY", [Heading]));
        Assert.False(new Roundtable(1, 1, "T").Equals((object)new Theme(1, "T")));
    }

    [Fact]
    public void ToString_IsNumberAndTitle() =>
        Assert.Equal("Roundtable 3: ENHANCING POLICY", new Roundtable(3, 2, "ENHANCING POLICY").ToString());

    [Fact]
    public void Catalog_RoundtablesAreTheMatrixHeadings_TitlesVerbatim_InTheirThemes()
    {
        var roundtables = MigDevCatalog.Default.Model.Roundtables;

        // Each "ROUNDTABLE n:" heading of the matrix, with the number of the last "THEME k:" heading above it.
        var expected = new List<(int Number, int Theme)>();
        var theme = 0;
        foreach (var line in SeedText.Of("002"))
        {
            var themeHeading = Regex.Match(line, @"^\s*THEME (\d+):\s*$", RegexOptions.CultureInvariant);
            var roundtableHeading = Regex.Match(line, @"^\s*ROUNDTABLE (\d+):\s*$", RegexOptions.CultureInvariant);
            if (themeHeading.Success)
            {
                theme = int.Parse(themeHeading.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            else if (roundtableHeading.Success)
            {
                expected.Add((int.Parse(roundtableHeading.Groups[1].Value, CultureInfo.InvariantCulture), theme));
            }
        }
        Assert.Equal([(1, 1), (2, 1), (3, 2)], expected);
        Assert.Equal(expected, roundtables.Select(r => (r.Number, r.Theme)));

        // The titles as printed: lines 11-12, 790-791 and 1066 of the matrix.
        Assert.Equal(
            [MatrixLines(11, 12), MatrixLines(790, 791), MatrixLines(1066, 1066)],
            roundtables.Select(r => r.Title));
        Assert.Equal("HUMAN CAPITAL DEVELOPMENT AND LABOUR MOBILITY: MAXIMIZING OPPORTUNITIES AND MINIMIZING RISKS", roundtables[0].Title);

        SeedText.AssertVerbatim(roundtables.SelectMany(r => r.Citations));
        Assert.All(roundtables, r => Assert.Contains(r.Title, Assert.Single(r.Citations).Quote, StringComparison.Ordinal));
        Assert.All(roundtables, r => Assert.Contains(MigDevCatalog.Default.Model.Themes, t => t.Number == r.Theme));
    }
}
