using System.Globalization;
using System.Xml.Linq;
using MigDev.Core.Iati;
using NodaTime;

namespace MigDev.Core.Tests.Iati;

public class IatiActivityTest
{
    private static readonly Dictionary<string, string> DateTypes = IatiFiles.Codelist("ActivityDateType");

    // The ActivityDateType code of a name of the codelist, such as "Actual start" (the codelist writes "Planned End").
    private static int Code(string name) => int.Parse(DateTypes.Single(x => string.Equals(x.Value, name, StringComparison.OrdinalIgnoreCase)).Key, CultureInfo.InvariantCulture);

    private static LocalDate? FirstDate(XElement activity, string typeName) => activity.Elements("activity-date")
        .Where(d => (string)d.Attribute("type")! == Code(typeName).ToString(CultureInfo.InvariantCulture))
        .Select(d => (LocalDate?)LocalDate.FromDateOnly(DateOnly.ParseExact((string)d.Attribute("iso-date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
        .FirstOrDefault();

    [Fact]
    public void DateOfStartAndEnd_IomsFile_AreTheXmlsDates()
    {
        var xml = IatiFiles.Activities(IatiFiles.Hundred);
        var read = IatiReader.ReadFile(IatiFiles.Hundred).ToList();

        Assert.Equal(4, DateTypes.Count);
        Assert.Equal(xml.Count, read.Count);
        for (var i = 0; i < xml.Count; i++)
        {
            foreach (var name in DateTypes.Values)
            {
                Assert.Equal(FirstDate(xml[i], name), read[i].DateOf(Code(name)));
            }
            Assert.Equal(FirstDate(xml[i], "Actual start") ?? FirstDate(xml[i], "Planned start"), read[i].Start);
            Assert.Equal(FirstDate(xml[i], "Actual end") ?? FirstDate(xml[i], "Planned end"), read[i].End);
        }
        // Both cases occur in the file: ends stated as actual, and ends only planned (IOM's actual dates equal its
        // planned ones, so the next test shows which one wins).
        Assert.Contains(xml, a => FirstDate(a, "Actual end") is not null);
        Assert.Contains(xml, a => FirstDate(a, "Actual end") is null && FirstDate(a, "Planned end") is not null);
    }

    [Fact]
    public void StartAndEnd_AreTheActualDates_WhenStated_ElseThePlannedOnes()
    {
        var both = IatiReader.Parse($"""
            <iati-activity><iati-identifier>XM-A-1</iati-identifier>
              <activity-date iso-date="2020-01-01" type="{Code("Planned start")}"/><activity-date iso-date="2020-02-01" type="{Code("Actual start")}"/>
              <activity-date iso-date="2020-12-31" type="{Code("Planned end")}"/><activity-date iso-date="2021-03-31" type="{Code("Actual end")}"/>
            </iati-activity>
            """)[0];
        Assert.Equal((new LocalDate(2020, 2, 1), new LocalDate(2021, 3, 31)), (both.Start!.Value, both.End!.Value));

        var planned = IatiReader.Parse($"""
            <iati-activity><iati-identifier>XM-A-1</iati-identifier>
              <activity-date iso-date="2020-01-01" type="{Code("Planned start")}"/><activity-date iso-date="2020-12-31" type="{Code("Planned end")}"/>
            </iati-activity>
            """)[0];
        Assert.Equal((new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)), (planned.Start!.Value, planned.End!.Value));
        Assert.Null(planned.DateOf(Code("Actual start")));

        var undated = IatiReader.Parse("<iati-activity><iati-identifier>XM-A-1</iati-identifier></iati-activity>")[0];
        Assert.Equal((null, null), (undated.Start, undated.End));
    }

    [Fact]
    public void ToString_IsTheIdentifierAndTheTitle()
    {
        var xml = Assert.Single(IatiFiles.Activities(IatiFiles.Single));
        var expected = $"{xml.Element("iati-identifier")!.Value}: {xml.Element("title")!.Element("narrative")!.Value}";

        Assert.Equal(expected, Assert.Single(IatiReader.ReadFile(IatiFiles.Single)).ToString());
        Assert.Equal("(no iati-identifier): T", IatiReader.Parse("<iati-activity><title><narrative>T</narrative></title></iati-activity>")[0].ToString());
    }
}
