using System.Globalization;

namespace MigDev.Core.Tests;

/// <summary>The UN M49 areas against the UNSD's own table (data/m49/UNSD-M49-en.csv), read directly.</summary>
public class M49AreaTest
{
    // Every (code, name, parent code) the CSV states for the world, regions, sub-regions and intermediate regions.
    private static readonly Dictionary<int, (string Name, int Parent)> FromCsv = ReadAreas();

    private static Dictionary<int, (string Name, int Parent)> ReadAreas()
    {
        var areas = new Dictionary<int, (string Name, int Parent)>();
        foreach (var row in TestCsv.ReadWithHeader("data", "m49", "UNSD-M49-en.csv"))
        {
            var parent = 0;
            foreach (var (code, name) in new[] { ("Global Code", "Global Name"), ("Region Code", "Region Name"), ("Sub-region Code", "Sub-region Name"), ("Intermediate Region Code", "Intermediate Region Name") })
            {
                if (row[code].Length == 0)
                {
                    continue;
                }
                var number = int.Parse(row[code], CultureInfo.InvariantCulture);
                areas[number] = (row[name], parent);
                parent = number;
            }
        }
        return areas;
    }

    [Fact]
    public void ValidateTestData_TheCsvHasTheWorldAndItsFiveRegions()
    {
        Assert.Equal("World", FromCsv[1].Name);
        Assert.Equal(["Africa", "Americas", "Asia", "Europe", "Oceania"], FromCsv.Where(a => a.Value.Parent == 1).Select(a => a.Value.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_IsEveryAreaOfTheCsv_WithItsNameAndParent()
    {
        Assert.Equal(FromCsv.Keys.Order(), M49Area.All.Select(a => a.Code));
        Assert.All(M49Area.All, area =>
        {
            Assert.Equal(FromCsv[area.Code].Name, area.Name);
            Assert.Equal(FromCsv[area.Code].Parent, area.Parent?.Code ?? 0);
        });
    }

    [Fact]
    public void Get_AndTryGet_ByCode()
    {
        Assert.Equal("Western Africa", M49Area.Get(11).Name);
        Assert.True(M49Area.TryGet(419, out var latinAmerica));
        Assert.Equal(FromCsv[419].Name, latinAmerica.Name);
        Assert.False(M49Area.TryGet(998, out var none));
        Assert.Null(none);
        var ex = Assert.Throws<ReferenceNotFoundException>(() => M49Area.Get(998));
        Assert.Equal("M49 area", ex.KindOfThing);
        Assert.Contains("998", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_IsTheThreeDigitCodeAndTheName()
    {
        Assert.Equal("011 Western Africa", M49Area.Get(11).ToString());
        Assert.Equal("001 World", M49Area.Get(1).ToString());
    }

    [Fact]
    public void Equality_IsByCode_AndTheAreasAreShared()
    {
        Assert.Same(M49Area.Get(11), M49Area.Get(11));
        Assert.True(M49Area.Get(11) == M49Area.Get(11));
        Assert.True(M49Area.Get(11) != M49Area.Get(14));
        Assert.False(M49Area.Get(11).Equals(null));
        Assert.Equal(M49Area.Get(11).GetHashCode(), M49Area.Get(11).GetHashCode());
    }

    [Fact]
    public void Kind_FollowsTheLevelOfTheCsv()
    {
        // World 0, region 1, sub-region 2, intermediate region 3: the column of the CSV the code stands in.
        Assert.All(M49Area.All, area => Assert.Equal((M49AreaKind)Depth(area.Code), area.Kind));
        Assert.Equal(M49AreaKind.IntermediateRegion, M49Area.Get(11).Kind);
    }

    private static int Depth(int code) => code == 1 ? 0 : 1 + Depth(FromCsv[code].Parent);
}
