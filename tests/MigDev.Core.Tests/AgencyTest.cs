namespace MigDev.Core.Tests;

public class AgencyTest
{
    [Fact]
    public void Constructor_KeepsFieldsAndDropsDuplicateAliases()
    {
        var agency = new Agency(AgencyId.Parse("undp"), "United Nations Development Programme", AgencyKind.UnFundOrProgramme, "UNDP",
            ["UN Development Programme", "UN Development Programme"], iatiIdentifier: "XM-DAC-41114", iatiAliases: ["41114"]);
        Assert.Equal(["UN Development Programme"], agency.Aliases);
        Assert.Equal("XM-DAC-41114", agency.IatiIdentifier);
        Assert.Equal(["41114"], agency.IatiAliases);
        Assert.Null(agency.Parent);
    }

    [Fact]
    public void Constructor_BadFields_ThrowNamingFieldAndValue()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Agency(default, "X", AgencyKind.Ngo)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), " ", AgencyKind.Ngo)).ParamName);
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => new Agency(AgencyId.Parse("x"), "X", (AgencyKind)99));
        Assert.Equal("kind", kind.ParamName);
        Assert.Contains("99", kind.Message, StringComparison.Ordinal);
        var self = Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo, parent: AgencyId.Parse("x")));
        Assert.Equal("parent", self.ParamName);
        Assert.Equal("aliases", Assert.Throws<ArgumentException>(() => new Agency(AgencyId.Parse("x"), "X", AgencyKind.Ngo, aliases: [""])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Agency(AgencyId.Parse("x"), null!, AgencyKind.Ngo)).ParamName);
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
