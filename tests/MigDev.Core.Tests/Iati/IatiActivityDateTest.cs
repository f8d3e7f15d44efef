using System.Globalization;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

public class IatiActivityDateTest
{
    [Fact]
    public void IsStart_IsTrueExactlyForTheCodelistsStartTypes()
    {
        var codelist = IatiFiles.Codelist("ActivityDateType");
        var dates = string.Concat(codelist.Keys.Select(code => $"""<activity-date iso-date="2020-01-01" type="{code}"/>"""));

        var a = IatiReader.Parse($"<iati-activity><iati-identifier>XM-A-1</iati-identifier>{dates}</iati-activity>")[0];

        Assert.Equal(codelist.Count, a.Dates.Length);
        Assert.Equal(2, a.Dates.Count(d => d.IsStart));
        Assert.All(a.Dates, d => Assert.Equal(codelist[d.Type.ToString(CultureInfo.InvariantCulture)].EndsWith(" start", StringComparison.OrdinalIgnoreCase), d.IsStart));
    }
}
