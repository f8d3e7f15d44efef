using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Hostile;

/// <summary>A <c>default</c> id is refused, not answered with an empty result that looks like "none" (issue 18).</summary>
public class DefaultArgumentsTest
{
    public static TheoryData<string> Lookups() =>
        ["ActivitiesWithExpertise", "ProgrammesOf", "GetProgramme", "CommittedTo", "CommittedTo in EUR", "Outstanding", "Outstanding incoming"];

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Lookup_OfADefaultId_ThrowsArgumentException(string lookup)
    {
        var catalog = MigDevCatalog.Default;
        var analytics = new FundingAnalytics(catalog.Model);
        Action call = lookup switch
        {
            "ActivitiesWithExpertise" => () => catalog.ActivitiesWithExpertise(default),
            "ProgrammesOf" => () => catalog.ProgrammesOf(default),
            "GetProgramme" => () => catalog.GetProgramme(default),
            "CommittedTo" => () => catalog.CommittedTo(default),
            "CommittedTo in EUR" => () => catalog.CommittedTo(default, CurrencyCode.EUR, new NodaTime.LocalDate(2010, 1, 4)),
            "Outstanding" => () => analytics.Outstanding(default),
            _ => () => analytics.Outstanding(default, FlowDirection.Incoming),
        };
        var e = Assert.Throws<ArgumentException>(call);
        Assert.Contains("default", e.Message, StringComparison.OrdinalIgnoreCase);
    }
}
