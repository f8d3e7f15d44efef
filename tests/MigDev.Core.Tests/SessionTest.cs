using System.Globalization;
using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

/// <summary>A session of a GFMD 2007 roundtable: its validation, its key, its equality by roundtable and letter, and
/// the catalog's sixteen sessions against the matrix's headings (seed 002).</summary>
public class SessionTest
{
    private static readonly Citation Heading = new("002", 7, 14, "a. MIGRATION AND SOCIO-ECONOMIC DEVELOPMENT HUMAN CAPITAL DEVELOPMENT AND LABOUR MOBILITY: MAXIMIZING OPPORTUNITIES AND MINIMIZING RISKS Matching Labour Supply and Labour Demand through Temporary and Circular Migration");

    private static string MatrixLines(int first, int last) => string.Join(' ', SeedText.Of("002")[(first - 1)..last].Select(l => l.Trim()));

    [Fact]
    public void Constructor_Valid_KeepsRoundtableLetterTitleAndCitations()
    {
        var session = new Session(1, 'a', "Matching Labour Supply and Labour Demand through Temporary and Circular Migration", [Heading]);
        Assert.Equal(1, session.Roundtable);
        Assert.Equal('a', session.Letter);
        Assert.Equal("Matching Labour Supply and Labour Demand through Temporary and Circular Migration", session.Title);
        Assert.Equal([Heading], session.Citations);
    }

    [Theory]
    [InlineData(1, 'a', "1a")]
    [InlineData(3, 'd', "3d")]
    [InlineData(12, 'z', "12z")]
    public void Key_IsRoundtableThenLetter(int roundtable, char letter, string key) =>
        Assert.Equal(key, new Session(roundtable, letter, "Title").Key);

    [Theory]
    [InlineData(0, "was 0.")]
    [InlineData(-2, "was -2.")]
    public void Constructor_RoundtableBelowOne_ThrowsNamingTheRoundtable(int roundtable, string was)
    {
        // ThrowsAny: documented as ArgumentOutOfRangeException, thrown as ArgumentException (see the skipped test below).
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Session(roundtable, 'a', "Title"));
        Assert.Equal("roundtable", ex.ParamName);
        Assert.Contains("A roundtable is numbered from 1, " + was, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RoundtableBelowOne_ThrowsTheDocumentedArgumentOutOfRange() =>
        Assert.Equal(0, Assert.Throws<ArgumentOutOfRangeException>(() => new Session(0, 'a', "Title")).ActualValue);

    [Theory]
    [InlineData('A')]
    [InlineData('1')]
    [InlineData('é')]
    [InlineData('{')]
    [InlineData(' ')]
    public void Constructor_LetterNotAToZ_ThrowsArgumentOutOfRangeWithTheLetter(char letter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Session(2, letter, "Title"));
        Assert.Equal("letter", ex.ParamName);
        Assert.Equal(letter, ex.ActualValue);
        Assert.Contains($"Session of roundtable 2: a session letter is a to z, was '{letter}'.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_EmptyTitle_ThrowsNamingTheSessionAndTitle(string title)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Session(2, 'c', title));
        Assert.Equal("title", ex.ParamName);
        Assert.Contains($"Session 2c needs a title, was '{title}'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullTitle_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Session(2, 'c', null!));
        Assert.Equal("title", ex.ParamName);
        Assert.Contains("Session 2c needs a title", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCitation_ThrowsNamingItsIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Session(2, 'c', "Title", [Heading, Heading, null!]));
        Assert.Equal("citations", ex.ParamName);
        Assert.Contains("Session 2c: citations[2] is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoCitations_IsEmptyNotDefault()
    {
        var session = new Session(1, 'a', "Title");
        Assert.False(session.Citations.IsDefault);
        Assert.Empty(session.Citations);
    }

    [Fact]
    public void Equality_IsByRoundtableAndLetter_TitleAndCitationsIgnored()
    {
        EqualityContract.AssertClass(
            new Session(1, 'a', "Matching Labour Supply", [Heading]),
            new Session(1, 'a', "another reading of the title"),
            new Session(2, 'a', "Matching Labour Supply", [Heading]),
            new Session(1, 'b', "Matching Labour Supply", [Heading]));
    }

    [Fact]
    public void ToString_IsKeyAndTitle() =>
        Assert.Equal("2b: Enhancing the Volume", new Session(2, 'b', "Enhancing the Volume").ToString());

    [Fact]
    public void Catalog_SessionsAreTheMatrixLetterHeadings_InOrder()
    {
        // Each letter heading ("a.", " g.") of the matrix, in the roundtable of the last "ROUNDTABLE n:" above it, with
        // its line: where each session's citation starts.
        var expected = new List<(int Roundtable, char Letter, int Line)>();
        var roundtable = 0;
        var lines = SeedText.Of("002");
        for (var i = 0; i < lines.Length; i++)
        {
            var roundtableHeading = Regex.Match(lines[i], @"^\s*ROUNDTABLE (\d+):\s*$", RegexOptions.CultureInvariant);
            var letterHeading = Regex.Match(lines[i], @"^\s*([a-z])\.\s*$", RegexOptions.CultureInvariant);
            if (roundtableHeading.Success)
            {
                roundtable = int.Parse(roundtableHeading.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            else if (letterHeading.Success)
            {
                expected.Add((roundtable, letterHeading.Groups[1].Value[0], i + 1));
            }
        }
        var sessions = MigDevCatalog.Default.Model.Sessions;
        Assert.Equal(16, expected.Count);
        Assert.Equal(expected, sessions.Select(s => (s.Roundtable, s.Letter, s.Citations[0].FirstLine)));
        Assert.Equal(sessions.Length, sessions.Select(s => s.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Catalog_SessionTitles_AreVerbatimInTheMatrix()
    {
        var sessions = MigDevCatalog.Default.Model.Sessions;
        var first = sessions.Single(s => s.Key == "1a");
        Assert.Equal(MatrixLines(14, 14), first.Title);
        Assert.Equal("Matching Labour Supply and Labour Demand through Temporary and Circular Migration", first.Title);
        Assert.Equal(MatrixLines(1068, 1069), sessions.Single(s => s.Key == "3a").Title);

        SeedText.AssertVerbatim(sessions.SelectMany(s => s.Citations));
        SeedText.AssertVerbatim(sessions.Select(s => new Citation("002", s.Citations[0].FirstLine, s.Citations[0].LastLine, s.Title)));
    }
}
