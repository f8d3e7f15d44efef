using System.Globalization;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

public class IatiReportingOrgTest
{
    [Fact]
    public void Constructor_EveryOrganisationTypeOfTheCodelist_IsAccepted()
    {
        var codes = IatiFiles.Codelist("OrganisationType").Keys.Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(16, codes.Count);
        Assert.All(codes, code => Assert.Equal(code, new IatiReportingOrg("XM-DAC-41114", "UNDP", code).Type));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(20)]
    [InlineData(41)]
    [InlineData(99)]
    public void Constructor_ACodeOutsideTheCodelist_ThrowsOutOfRangeNamingIt(int type)
    {
        Assert.DoesNotContain(type.ToString(CultureInfo.InvariantCulture), IatiFiles.Codelist("OrganisationType").Keys);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new IatiReportingOrg("XM-DAC-41114", "UNDP", type));
        Assert.Equal(("type", type), (e.ParamName, (int)e.ActualValue!));
        Assert.StartsWith($"{type} is not an IATI OrganisationType code", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AA BB")]
    [InlineData("AA/BB")]
    [InlineData("AA&BB")]
    [InlineData("AA|BB")]
    [InlineData("AA?BB")]
    [InlineData("AA\tBB")]
    public void Constructor_ARefWithACharacterIatiForbids_ThrowsNamingIt(string @ref)
    {
        var e = Assert.Throws<ArgumentException>(() => new IatiReportingOrg(@ref, "name", 40));
        Assert.Equal("ref", e.ParamName);
        Assert.Contains($"'{@ref}'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "name", "ref")]
    [InlineData(" ", "name", "ref")]
    [InlineData("AA-BB", "", "name")]
    [InlineData("AA-BB", " ", "name")]
    public void Constructor_EmptyOrWhiteSpace_ThrowsNamingTheParameterAndValue(string @ref, string name, string parameter)
    {
        var e = Assert.Throws<ArgumentException>(() => new IatiReportingOrg(@ref, name, 40));
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains($"was '{(parameter == "ref" ? @ref : name)}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        Assert.Equal("ref", Assert.Throws<ArgumentNullException>(() => new IatiReportingOrg(null!, "name", 40)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new IatiReportingOrg("AA-BB", null!, 40)).ParamName);
    }

    [Fact]
    public void Example_IsTheIatiDocumentationsMultilateralSecondaryReporter()
    {
        var example = IatiReportingOrg.Example;
        Assert.Equal("AA-AAA-123456789", example.Ref);
        Assert.Equal("Multilateral", IatiFiles.Codelist("OrganisationType")[example.Type.ToString(CultureInfo.InvariantCulture)]);
        Assert.True(example.IsSecondaryReporter);
        Assert.False(new IatiReportingOrg("XM-DAC-41114", "UNDP", 40, isSecondaryReporter: false).IsSecondaryReporter);
    }
}
