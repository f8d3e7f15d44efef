namespace MigDev.Core.Tests;

public class AgencyTest
{
    [Fact]
    public void InitProperties_KeepFields_AndRefuseDuplicateAliases_NotDropThem()
    {
        var agency = new Agency(AgencyId.Parse("undp"), "United Nations Development Programme", AgencyKind.UnFundOrProgramme)
        {
            Acronym = "UNDP",
            Aliases = ["UN Development Programme", "UN development programme"],
            IatiIdentifier = "XM-DAC-41114",
            IatiAliases = ["41114"],
        };
        Assert.Equal("UNDP", agency.Acronym);
        Assert.Equal(["UN Development Programme", "UN development programme"], agency.Aliases);
        Assert.Equal("XM-DAC-41114", agency.IatiIdentifier);
        Assert.Equal(["41114"], agency.IatiAliases);
        Assert.Null(agency.Parent);
        // Issue 18: a repeat was dropped silently (four aliases became three after a round trip); it is refused.
        var aliases = Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("undp"), "UNDP", AgencyKind.UnFundOrProgramme) { Aliases = ["UN Development Programme", "UN Development Programme"] });
        Assert.Equal("aliases", aliases.ParamName);
        Assert.Contains("Agency 'undp': aliases[1] repeats aliases[0], 'UN Development Programme': a list holds each value once.", aliases.Message, StringComparison.Ordinal);
        var iati = Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("undp"), "UNDP", AgencyKind.UnFundOrProgramme) { IatiAliases = ["41114", "41114"] });
        Assert.Equal("iatiAliases", iati.ParamName);
    }

    [Fact]
    public void Constructor_BadFields_ThrowNamingFieldAndValue()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Agency(default, "X", AgencyKind.Ngo)).ParamName);
        var name = Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), " ", AgencyKind.Ngo));
        Assert.Equal("name", name.ParamName);
        Assert.Contains("Agency 'x' needs a name, was ' '", name.Message, StringComparison.Ordinal);
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => new Agency(AgencyId.Parse("x"), "X", (AgencyKind)99));
        Assert.Equal("kind", kind.ParamName);
        Assert.Contains("99", kind.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Agency(AgencyId.Parse("x"), null!, AgencyKind.Ngo)).ParamName);
    }

    [Fact]
    public void InitProperties_BadValues_ThrowNamingFieldAndValue()
    {
        var self = Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo) { Parent = AgencyId.Parse("x") });
        Assert.Equal("parent", self.ParamName);
        Assert.Contains("Agency 'x': the parent 'x' must be another agency", self.Message, StringComparison.Ordinal);
        Assert.Equal("parent", Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo) { Parent = default(AgencyId) }).ParamName);

        var aliases = Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo) { Aliases = ["X1", ""] });
        Assert.Equal("aliases", aliases.ParamName);
        Assert.Contains("Agency 'x': aliases[1] is empty or only white space", aliases.Message, StringComparison.Ordinal);
        Assert.Equal("iatiAliases", Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo) { IatiAliases = [null!] }).ParamName);

        var citations = Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo) { Citations = [null!] });
        Assert.Equal("citations", citations.ParamName);
        Assert.Contains("Agency 'x': citations[0] is null", citations.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InitProperties_DefaultOrNoneGiven_AreEmpty()
    {
        var none = new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo);
        var defaults = new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo)
        {
            Aliases = default, IatiAliases = default, Citations = default, Acronym = null, IatiIdentifier = null, DisplayName = null, Note = null,
        };
        foreach (var agency in new[] { none, defaults })
        {
            Assert.False(agency.Aliases.IsDefault);
            Assert.Empty(agency.Aliases);
            Assert.Empty(agency.IatiAliases);
            Assert.Empty(agency.Citations);
            Assert.Null(agency.Acronym);
            Assert.Null(agency.IatiIdentifier);
            Assert.Null(agency.Note);
            Assert.Equal("X", agency.DisplayName);
        }
        Assert.True(none.ContentEquals(defaults));
    }

    [Fact]
    public void ContentEquals_SeesEveryField()
    {
        var id = AgencyId.Parse("x");
        var citation = new Citation("001", 1, 1, "quote");
        Agency Full(string name = "X", AgencyKind kind = AgencyKind.Ngo) => new(id, name, kind)
        {
            Acronym = "X", Aliases = ["Ex"], Parent = AgencyId.Parse("y"), IatiIdentifier = "XI-X", IatiAliases = ["1"], Citations = [citation],
            DisplayName = "Eks", Note = "A note.",
        };
        var full = Full();
        Assert.True(full.ContentEquals(Full()));
        Agency[] oneFieldOff =
        [
            Full(name: "Y"),
            Full(kind: AgencyKind.Foundation),
            new(id, "X", AgencyKind.Ngo) { Aliases = ["Ex"], Parent = AgencyId.Parse("y"), IatiIdentifier = "XI-X", IatiAliases = ["1"], Citations = [citation], DisplayName = "Eks", Note = "A note." },
            new(id, "X", AgencyKind.Ngo) { Acronym = "X", Parent = AgencyId.Parse("y"), IatiIdentifier = "XI-X", IatiAliases = ["1"], Citations = [citation], DisplayName = "Eks", Note = "A note." },
            new(id, "X", AgencyKind.Ngo) { Acronym = "X", Aliases = ["Ex"], IatiIdentifier = "XI-X", IatiAliases = ["1"], Citations = [citation], DisplayName = "Eks", Note = "A note." },
            new(id, "X", AgencyKind.Ngo) { Acronym = "X", Aliases = ["Ex"], Parent = AgencyId.Parse("y"), IatiAliases = ["1"], Citations = [citation], DisplayName = "Eks", Note = "A note." },
            new(id, "X", AgencyKind.Ngo) { Acronym = "X", Aliases = ["Ex"], Parent = AgencyId.Parse("y"), IatiIdentifier = "XI-X", Citations = [citation], DisplayName = "Eks", Note = "A note." },
            new(id, "X", AgencyKind.Ngo) { Acronym = "X", Aliases = ["Ex"], Parent = AgencyId.Parse("y"), IatiIdentifier = "XI-X", IatiAliases = ["1"], DisplayName = "Eks", Note = "A note." },
            new(id, "X", AgencyKind.Ngo) { Acronym = "X", Aliases = ["Ex"], Parent = AgencyId.Parse("y"), IatiIdentifier = "XI-X", IatiAliases = ["1"], Citations = [citation], Note = "A note." },
            new(id, "X", AgencyKind.Ngo) { Acronym = "X", Aliases = ["Ex"], Parent = AgencyId.Parse("y"), IatiIdentifier = "XI-X", IatiAliases = ["1"], Citations = [citation], DisplayName = "Eks" },
        ];
        Assert.All(oneFieldOff, other =>
        {
            Assert.Equal(full, other);
            Assert.False(full.ContentEquals(other));
            Assert.False(other.ContentEquals(full));
        });
    }

    [Fact]
    public void Equality_IsById()
    {
        var a = new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo);
        var b = new Agency(AgencyId.Parse("x"), "Another name", AgencyKind.Foundation);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Agency(AgencyId.Parse("y"), "X", AgencyKind.Ngo));
    }
}
