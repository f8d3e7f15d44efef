using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using MigDev.Core.Tests.Contracts;

namespace MigDev.Core.Tests;

/// <summary>An activity row of the GFMD 2007 matrix: its validation, its value equality, its text form, and the
/// catalog's first row of session 1a read against the matrix itself (seed 002).</summary>
public class ActivityTest
{
    private static readonly AgencyId Iom = Fixtures.Iom;
    private static readonly Citation Quote = new("002", 23, 25, "Facilitate the selection, preparation/training and movement of workers in countries of origin whose qualifications meet the labour needs of countries of destination.");

    private static string MatrixLines(int first, int last) => string.Join(' ', SeedText.Of("002")[(first - 1)..last].Select(l => l.Trim()));

    private static Activity Full() => new(1, 'a', "Text", ["Objective one", "Objective two"], [Iom, Fixtures.Undp], ["sub one", "sub two"], "A reading note.", [Quote]);

    [Fact]
    public void Constructor_Valid_KeepsEveryPart()
    {
        var activity = Full();
        Assert.Equal(1, activity.Roundtable);
        Assert.Equal('a', activity.Session);
        Assert.Equal("Text", activity.Text);
        Assert.Equal(["Objective one", "Objective two"], activity.Objectives);
        Assert.Equal([Iom, Fixtures.Undp], activity.GmgMembersWithExpertise);
        Assert.Equal(["sub one", "sub two"], activity.SubActivities);
        Assert.Equal("A reading note.", activity.ReadingNote);
        Assert.Equal([Quote], activity.Citations);
    }

    [Fact]
    public void Constructor_OptionalPartsNotGiven_AreEmptyOrNull()
    {
        // None is null; a blank note is refused (issue 18: Hostile/CatalogDocumentTextsTest).
        var activity = new Activity(2, 'b', "Text", ["Objective"], readingNote: null);
        Assert.False(activity.GmgMembersWithExpertise.IsDefault);
        Assert.Empty(activity.GmgMembersWithExpertise);
        Assert.False(activity.SubActivities.IsDefault);
        Assert.Empty(activity.SubActivities);
        Assert.False(activity.Citations.IsDefault);
        Assert.Empty(activity.Citations);
        Assert.Null(activity.ReadingNote);
    }

    [Fact]
    public void Constructor_CopiesTheLists_LaterChangesToThemDoNotShow()
    {
        List<string> objectives = ["Objective"];
        List<AgencyId> members = [Iom];
        List<string> subActivities = ["sub"];
        List<Citation> citations = [Quote];
        var activity = new Activity(1, 'a', "Text", objectives, members, subActivities, citations: citations);
        objectives.Add("Another");
        members.Clear();
        subActivities[0] = "changed";
        citations.Clear();
        Assert.Equal(["Objective"], activity.Objectives);
        Assert.Equal([Iom], activity.GmgMembersWithExpertise);
        Assert.Equal(["sub"], activity.SubActivities);
        Assert.Equal([Quote], activity.Citations);
    }

    [Theory]
    [InlineData(0, "was 0.")]
    [InlineData(-4, "was -4.")]
    public void Constructor_RoundtableBelowOne_ThrowsNamingTheRoundtable(int roundtable, string was)
    {
        // ThrowsAny: documented as ArgumentOutOfRangeException, thrown as ArgumentException (see the skipped test below).
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Activity(roundtable, 'a', "Text", ["Objective"]));
        Assert.Equal("roundtable", ex.ParamName);
        Assert.Contains("A roundtable is numbered from 1, " + was, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RoundtableBelowOne_ThrowsTheDocumentedArgumentOutOfRange() =>
        Assert.Equal(0, Assert.Throws<ArgumentOutOfRangeException>(() => new Activity(0, 'a', "Text", ["Objective"])).ActualValue);

    [Theory]
    [InlineData('A')]
    [InlineData('2')]
    [InlineData('-')]
    public void Constructor_SessionNotAToZ_ThrowsArgumentOutOfRangeWithTheLetter(char session)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Activity(3, session, "Text", ["Objective"]));
        Assert.Equal("session", ex.ParamName);
        Assert.Equal(session, ex.ActualValue);
        Assert.Contains($"Activity of roundtable 3: a session letter is a to z, was '{session}'.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_EmptyText_ThrowsNamingTheSessionAndText(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Activity(2, 'd', text, ["Objective"]));
        Assert.Equal("text", ex.ParamName);
        Assert.Contains($"An activity of session 2d needs its text, was '{text}'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullTextOrObjectives_ThrowsArgumentNull()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Activity(1, 'a', null!, ["Objective"])).ParamName);
        Assert.Equal("objectives", Assert.Throws<ArgumentNullException>(() => new Activity(1, 'a', "Text", null!)).ParamName);
    }

    public static TheoryData<string> BadObjectives => ["(none)", "Objective|", " ", "Objective|(null)"];

    [Theory]
    [MemberData(nameof(BadObjectives))]
    public void Constructor_NoOrAnEmptyObjective_ThrowsNamingTheActivity(string objectivesText)
    {
        // "|" separates the objectives; "(none)" is no objective, "(null)" a null one.
        string?[] objectives = objectivesText == "(none)" ? [] : [.. objectivesText.Split('|').Select(o => o == "(null)" ? null : o)];
        var ex = Assert.Throws<ArgumentException>(() => new Activity(1, 'c', "Do something", objectives!));
        Assert.Equal("objectives", ex.ParamName);
        Assert.Contains(objectives.Length == 0 ? "Activity 'Do something' (1c) needs at least one objective." : "Activity 'Do something' (1c): objectives[", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LongText_IsShortenedInTheMessageTo60Characters()
    {
        var text = new string('x', 60) + "TAIL";
        var ex = Assert.Throws<ArgumentException>(() => new Activity(1, 'a', text, []));
        Assert.Contains($"Activity '{new string('x', 60)}…' (1a)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TAIL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DefaultMember_ThrowsNamingTheActivity()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Activity(1, 'a', "Do something", ["Objective"], [Iom, default]));
        Assert.Equal("gmgMembersWithExpertise", ex.ParamName);
        Assert.Contains("Activity 'Do something': default(AgencyId) is not a GMG member.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    [InlineData(null)]
    public void Constructor_EmptySubActivity_ThrowsNamingTheActivity(string? empty)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Activity(1, 'a', "Do something", ["Objective"], subActivities: ["sub", empty!]));
        Assert.Equal("subActivities", ex.ParamName);
        Assert.Contains($"Activity 'Do something' (1a): subActivities[1] is {(empty is null ? "null" : "empty or only white space")}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCitation_ThrowsNamingItsIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Activity(1, 'a', "Do something", ["Objective"], citations: [Quote, null!]));
        Assert.Equal("citations", ex.ParamName);
        Assert.Contains("citations[1] is null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsByValue_ListsElementByElement_EveryPartSeen()
    {
        var a = Full();
        EqualityContract.AssertClass(
            a,
            Full(),
            new Activity(2, 'a', "Text", a.Objectives, a.GmgMembersWithExpertise, a.SubActivities, a.ReadingNote, a.Citations),
            new Activity(1, 'b', "Text", a.Objectives, a.GmgMembersWithExpertise, a.SubActivities, a.ReadingNote, a.Citations),
            new Activity(1, 'a', "text", a.Objectives, a.GmgMembersWithExpertise, a.SubActivities, a.ReadingNote, a.Citations),
            new Activity(1, 'a', "Text", ["Objective two", "Objective one"], a.GmgMembersWithExpertise, a.SubActivities, a.ReadingNote, a.Citations),
            new Activity(1, 'a', "Text", ["Objective one"], a.GmgMembersWithExpertise, a.SubActivities, a.ReadingNote, a.Citations),
            new Activity(1, 'a', "Text", a.Objectives, [Iom], a.SubActivities, a.ReadingNote, a.Citations),
            new Activity(1, 'a', "Text", a.Objectives, [Fixtures.Undp, Iom], a.SubActivities, a.ReadingNote, a.Citations),
            new Activity(1, 'a', "Text", a.Objectives, a.GmgMembersWithExpertise, ["sub one"], a.ReadingNote, a.Citations),
            new Activity(1, 'a', "Text", a.Objectives, a.GmgMembersWithExpertise, a.SubActivities, null, a.Citations),
            new Activity(1, 'a', "Text", a.Objectives, a.GmgMembersWithExpertise, a.SubActivities, "Another note.", a.Citations),
            new Activity(1, 'a', "Text", a.Objectives, a.GmgMembersWithExpertise, a.SubActivities, a.ReadingNote),
            new Activity(1, 'a', "Text", a.Objectives, a.GmgMembersWithExpertise, a.SubActivities, a.ReadingNote, [new("002", 23, 24, Quote.Quote)]));
    }

    [Fact]
    public void ToString_IsSessionKeyAndTheTextShortenedTo60Characters()
    {
        var sixty = new string('y', 60);
        Assert.Equal("1a: Text", new Activity(1, 'a', "Text", ["Objective"]).ToString());
        Assert.Equal($"3d: {sixty}", new Activity(3, 'd', sixty, ["Objective"]).ToString());
        Assert.Equal($"3d: {sixty}…", new Activity(3, 'd', sixty + "z", ["Objective"]).ToString());
    }

    [Fact]
    public void Catalog_FirstActivityOfSession1a_IsTheMatrixRowAsPrinted()
    {
        var first = MigDevCatalog.Default.ActivitiesOf(1, 'a')[0];
        Assert.Same(first, MigDevCatalog.Default.Model.Activities.First(a => a.Roundtable == 1 && a.Session == 'a'));

        // The Activity column: lines 23-25, then the list's lead-in at line 38.
        Assert.Equal(MatrixLines(23, 25) + " " + MatrixLines(38, 38), first.Text);
        Assert.StartsWith("Facilitate the selection, preparation/training and movement of workers", first.Text, StringComparison.Ordinal);

        // The Objective column: lines 27-34, and the objective printed after the list, lines 53-54.
        Assert.Equal([MatrixLines(27, 34), MatrixLines(53, 54)], first.Objectives);

        // The GMG column: line 36, an acronym of the directory.
        Assert.Equal("IOM", MatrixLines(36, 36));
        Assert.Equal([MigDevCatalog.Default.Agencies.GetByAcronym(MatrixLines(36, 36)).Id], first.GmgMembersWithExpertise);

        // The bullets of lines 39-52, each without its "- " and its closing "; and", ";" or ".".
        var bullets = string.Join('\n', SeedText.Of("002")[38..52]).Split("\n- ")
            .Select(b => Regex.Replace(b.TrimStart('-', ' ').Replace('\n', ' '), @"(; and|;|\.)$", "", RegexOptions.CultureInvariant));
        Assert.Equal(bullets, first.SubActivities);
        Assert.Equal(6, first.SubActivities.Length);

        // The second objective is a judgement of the column-by-column extraction, and the row says so.
        Assert.Contains("(53-54)", first.ReadingNote, StringComparison.Ordinal);
        SeedText.AssertVerbatim(first.Citations);
        Assert.Equal("1a: " + MatrixLines(23, 25)[..60] + "…", first.ToString());
    }

    [Fact]
    public void Catalog_EveryActivity_IsInASessionOfTheCatalog_AndCitedVerbatim()
    {
        var model = MigDevCatalog.Default.Model;
        Assert.All(model.Activities, a => Assert.Contains(model.Sessions, s => s.Roundtable == a.Roundtable && s.Letter == a.Session));
        Assert.All(model.Activities, a => Assert.NotEmpty(a.Citations));
        SeedText.AssertVerbatim(model.Activities.SelectMany(a => a.Citations));
    }
}
