using MigDev.Core.Catalog;
namespace MigDev.Core.Tests;

/// <summary>The first activity row of the GFMD 2007 matrix (seed 002) and the Forum's meetings, built in code from the
/// seeds, with every citation checked against the seed files.</summary>
public class GfmdMatrixTest
{
    [Fact]
    public void FirstActivityOfSession1a_AsTheMatrixStatesIt()
    {
        var theme = new Theme(1, "Migration and socio-economic development");
        var roundtable = new Roundtable(1, theme.Number, "Human capital development and labour mobility: maximizing opportunities and minimizing risks");
        var session = new Session(1, 'a', "Matching Labour Supply and Labour Demand through Temporary and Circular Migration");
        var activity = new Activity(
            1,
            'a',
            "Facilitate the selection, preparation/training and movement of workers in countries of origin whose qualifications meet the labour needs of countries of destination.",
            ["Enhance cooperation between countries of origin and destination (governments and/or private sector, and with the assistance of experienced IGOs and other stakeholders where needed) to better address labour needs, taking into account the interests of countries of origin and destination and migrants themselves."],
            [MigDevCatalog.Default.Agencies.GetByAcronym("IOM").Id],
            ["developing and promoting on-line databases through which potential migrant workers can register their professional profiles for possible job placement in countries of destination", "facilitating their transportation abroad, transit and reception"],
            citations:
            [
                new("002", 3, 9, "THEME 1: ROUNDTABLE 1: a. MIGRATION AND SOCIO-ECONOMIC DEVELOPMENT"),
                new("002", 23, 25, "Facilitate the selection, preparation/training and movement of workers in countries of origin whose qualifications meet the labour needs of countries of destination."),
                new("002", 27, 34, "Enhance cooperation between countries of origin and destination (governments and/or private sector, and with the assistance of experienced IGOs and other stakeholders where needed) to better address labour needs, taking into account the interests of countries of origin and destination and migrants themselves."),
                new("002", 36, 36, "IOM"),
                new("002", 39, 41, "developing and promoting on-line databases through which potential migrant workers can register their professional profiles for possible job placement in countries of destination"),
            ]);

        SeedText.AssertVerbatim(activity.Citations);
        Assert.Equal("1a", session.Key);
        Assert.Equal(roundtable.Number, activity.Roundtable);
        Assert.Equal(session.Letter, activity.Session);
        Assert.Equal(["iom"], activity.GmgMembersWithExpertise.Select(m => m.Value));
        Assert.Single(activity.Objectives);
        Assert.Null(activity.ReadingNote);
    }

    [Fact]
    public void SessionLetters_RestartInEachRoundtable()
    {
        Assert.NotEqual(new Session(1, 'a', "x"), new Session(2, 'a', "x"));
        Assert.Equal(new Session(2, 'a', "x"), new Session(2, 'a', "another reading of the title"));
        Assert.Equal("letter", Assert.Throws<ArgumentOutOfRangeException>(() => new Session(1, 'A', "x")).ParamName);
    }

    [Fact]
    public void Activity_WithoutObjective_IsRefusedNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Activity(1, 'a', "Do something", []));
        Assert.Equal("objectives", ex.ParamName);
        Assert.Contains("Do something", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Activity_EqualityIsByValueWithListsElementByElement()
    {
        Activity Build() => new(1, 'a', "Text", ["Objective one", "Objective two"], [AgencyId.Parse("iom")], ["sub"]);
        Assert.Equal(Build(), Build());
        Assert.Equal(Build().GetHashCode(), Build().GetHashCode());
        Assert.NotEqual(Build(), new Activity(1, 'a', "Text", ["Objective two", "Objective one"], [AgencyId.Parse("iom")], ["sub"]));
    }

    [Fact]
    public void Meetings_AsTheSeedsDateThem()
    {
        var athens = new Meeting("Global Forum on Migration and Development")
        {
            Place = "Athens", Date = Timeframe.Parse("2009"), Ordinal = 3,
            Citations = [new("001", 156, 156, "In 2009 the HDR on migration was launched shortly before the third GFMD in Athens")],
        };
        var geneva = new Meeting("Global Forum on Migration and Development")
        {
            Place = "Geneva", Date = Timeframe.Parse("2011-12"), Chair = CountryCode.Parse("CH"),
            Citations =
            [
                new("001", 164, 164, "the Concluding Debate of the 2011 GFMD, held in Geneva in December"),
                new("001", 166, 166, "Continuing the work with the Swiss GFMD chair"),
            ],
        };
        SeedText.AssertVerbatim(athens.Citations.Concat(geneva.Citations));
        Assert.Equal(PartialDate.Parse("2011-12"), geneva.Date!.Start);
        Assert.Equal("Switzerland", geneva.Chair!.Value.Country.ShortName);
        Assert.Equal("Global Forum on Migration and Development, Athens, 2009", athens.ToString());
        Assert.Contains("was 0", Assert.Throws<ArgumentOutOfRangeException>(() => new Meeting("GFMD") { Ordinal = 0 }).Message, StringComparison.Ordinal);
    }
}
