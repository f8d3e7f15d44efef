namespace MigDev.Core.Tests;

/// <summary>A meeting's name in the constructor, the rest in init properties checked as the constructor did.</summary>
public class MeetingTest
{
    private static readonly Citation Quote = new("001", 156, 156, "the third GFMD in Athens");

    private static Meeting Athens() => new("Global Forum on Migration and Development")
    {
        Place = "Athens", Date = Timeframe.Parse("2009"), Chair = CountryCode.Parse("GR"), Ordinal = 3, Citations = [Quote],
        DisplayName = "GFMD Athens", Note = "A note.", Aliases = ["GFMD 2009"], Participants = [new(AgencyId.Parse("undp"), OrganisationRole.Host)],
    };

    [Fact]
    public void Constructor_BadName_ThrowsNamingTheValue()
    {
        var blank = Assert.Throws<ArgumentException>(() => new Meeting(" "));
        Assert.Equal("name", blank.ParamName);
        Assert.Contains("A meeting needs a name, was ' '", blank.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Meeting(null!)).ParamName);
    }

    [Fact]
    public void InitProperties_BadValues_ThrowNamingFieldAndValue()
    {
        var ordinal = Assert.Throws<ArgumentOutOfRangeException>(() => new Meeting("GFMD") { Ordinal = -2 });
        Assert.Equal("ordinal", ordinal.ParamName);
        Assert.Equal(-2, ordinal.ActualValue);
        Assert.Contains("Meeting 'GFMD': an ordinal counts from 1, was -2", ordinal.Message, StringComparison.Ordinal);

        var chair = Assert.Throws<ArgumentException>(() => new Meeting("GFMD") { Chair = default(CountryCode) });
        Assert.Equal("chair", chair.ParamName);
        Assert.Contains("Meeting 'GFMD': default(CountryCode)", chair.Message, StringComparison.Ordinal);

        var alias = Assert.Throws<ArgumentException>(() => new Meeting("GFMD") { Aliases = ["x", ""] });
        Assert.Equal("aliases", alias.ParamName);
        Assert.Contains("Meeting 'GFMD': aliases[1] is empty", alias.Message, StringComparison.Ordinal);

        Assert.Equal("participants", Assert.Throws<ArgumentException>(() => new Meeting("GFMD") { Participants = [null!] }).ParamName);
        Assert.Equal("citations", Assert.Throws<ArgumentException>(() => new Meeting("GFMD") { Citations = [null!] }).ParamName);
    }

    [Fact]
    public void InitProperties_DefaultOrNoneGiven_AreEmpty()
    {
        var none = new Meeting("GFMD");
        var defaults = new Meeting("GFMD") { Aliases = default, Participants = default, Citations = default, Place = null, DisplayName = null, Note = null };
        foreach (var meeting in new[] { none, defaults })
        {
            Assert.False(meeting.Aliases.IsDefault);
            Assert.Empty(meeting.Aliases);
            Assert.Empty(meeting.Participants);
            Assert.Empty(meeting.Citations);
            Assert.Null(meeting.Place);
            Assert.Null(meeting.Note);
            Assert.Equal("GFMD", meeting.DisplayName);
        }
        Assert.Equal(none, defaults);
    }

    [Fact]
    public void Equality_IsByValue_AndSeesEveryField()
    {
        Assert.Equal(Athens(), Athens());
        Assert.Equal(Athens().GetHashCode(), Athens().GetHashCode());
        var a = Athens();
        Meeting[] oneFieldOff =
        [
            new("GFMD") { Place = a.Place, Date = a.Date, Chair = a.Chair, Ordinal = a.Ordinal, Citations = a.Citations, DisplayName = "GFMD Athens", Note = a.Note, Aliases = a.Aliases, Participants = a.Participants },
            new(a.Name) { Date = a.Date, Chair = a.Chair, Ordinal = a.Ordinal, Citations = a.Citations, DisplayName = "GFMD Athens", Note = a.Note, Aliases = a.Aliases, Participants = a.Participants },
            new(a.Name) { Place = a.Place, Chair = a.Chair, Ordinal = a.Ordinal, Citations = a.Citations, DisplayName = "GFMD Athens", Note = a.Note, Aliases = a.Aliases, Participants = a.Participants },
            new(a.Name) { Place = a.Place, Date = a.Date, Ordinal = a.Ordinal, Citations = a.Citations, DisplayName = "GFMD Athens", Note = a.Note, Aliases = a.Aliases, Participants = a.Participants },
            new(a.Name) { Place = a.Place, Date = a.Date, Chair = a.Chair, Citations = a.Citations, DisplayName = "GFMD Athens", Note = a.Note, Aliases = a.Aliases, Participants = a.Participants },
            new(a.Name) { Place = a.Place, Date = a.Date, Chair = a.Chair, Ordinal = a.Ordinal, DisplayName = "GFMD Athens", Note = a.Note, Aliases = a.Aliases, Participants = a.Participants },
            new(a.Name) { Place = a.Place, Date = a.Date, Chair = a.Chair, Ordinal = a.Ordinal, Citations = a.Citations, Note = a.Note, Aliases = a.Aliases, Participants = a.Participants },
            new(a.Name) { Place = a.Place, Date = a.Date, Chair = a.Chair, Ordinal = a.Ordinal, Citations = a.Citations, DisplayName = "GFMD Athens", Aliases = a.Aliases, Participants = a.Participants },
            new(a.Name) { Place = a.Place, Date = a.Date, Chair = a.Chair, Ordinal = a.Ordinal, Citations = a.Citations, DisplayName = "GFMD Athens", Note = a.Note, Participants = a.Participants },
            new(a.Name) { Place = a.Place, Date = a.Date, Chair = a.Chair, Ordinal = a.Ordinal, Citations = a.Citations, DisplayName = "GFMD Athens", Note = a.Note, Aliases = a.Aliases },
        ];
        Assert.All(oneFieldOff, other =>
        {
            Assert.NotEqual(a, other);
            Assert.False(a == other);
        });
    }
}
