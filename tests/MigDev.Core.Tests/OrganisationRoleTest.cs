using System.Xml.Linq;

namespace MigDev.Core.Tests;

public class OrganisationRoleTest
{
    [Fact]
    public void IatiRoles_MatchTheCodelist()
    {
        var codelist = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "data", "iati", "codelists", "OrganisationRole.xml"));
        var items = codelist.Descendants("codelist-item")
            .Select(i => (Code: int.Parse(i.Element("code")!.Value, System.Globalization.CultureInfo.InvariantCulture), Name: i.Element("name")!.Elements("narrative").First().Value))
            .ToList();
        Assert.Equal(4, items.Count);
        foreach (var (code, name) in items)
        {
            var role = OrganisationRoles.FromIatiCode(code);
            Assert.Equal(name, role.ToString());
            Assert.Equal(code, role.ToIatiCode());
        }
    }

    [Theory]
    [InlineData(OrganisationRole.Partner, 4)]
    [InlineData(OrganisationRole.Coordinator, 2)]
    [InlineData(OrganisationRole.Chair, null)]
    [InlineData(OrganisationRole.GmgMemberWithExpertise, null)]
    [InlineData(OrganisationRole.Host, null)]
    public void SeedRoles_MapWhereOneFits(OrganisationRole role, int? code) =>
        Assert.Equal(code, role.ToIatiCode());

    [Fact]
    public void BadValues_ThrowNamingThem()
    {
        Assert.Contains("was 5", Assert.Throws<ArgumentOutOfRangeException>(() => OrganisationRoles.FromIatiCode(5)).Message, StringComparison.Ordinal);
        Assert.Equal("role", Assert.Throws<ArgumentOutOfRangeException>(() => ((OrganisationRole)0).ToIatiCode()).ParamName);
    }
}
