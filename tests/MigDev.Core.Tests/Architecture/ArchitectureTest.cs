using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Architecture;

/// <summary>Dependencies run one way: money and rates depend on nothing above them, the model not on the catalog, JSON
/// or IATI (docs/architecture.md).</summary>
public class ArchitectureTest
{
    private static readonly IReadOnlyDictionary<string, string> Library = Subsystems.OfSourceTree();
    private static readonly ArchUnitNET.Domain.Architecture Loaded = DependencyRule.Load(typeof(Money).Assembly, typeof(ArchitectureTest).Assembly);

    [Fact]
    public void ValidateTestData_EveryLibraryTypeBelongsToARuledSubsystem()
    {
        Assert.Contains(new KeyValuePair<string, string>("MigDev.Core.Money", "Money"), Library);
        Assert.Contains(new KeyValuePair<string, string>("MigDev.Core.Catalog.MigDevCatalog", "Catalog"), Library);
        Assert.All(Library, pair => Assert.True(Subsystems.MayUse.ContainsKey(pair.Value), $"{pair.Key} is in folder '{pair.Value}', which has no rule in Subsystems.MayUse"));
        var unmapped = Loaded.Types
            .Where(t => t.Assembly.FullName == typeof(Money).Assembly.FullName && t.Namespace.FullName.StartsWith("MigDev.Core", StringComparison.Ordinal))
            .Select(t => DependencyRule.TopLevel(t.FullName))
            .Where(n => !Library.ContainsKey(n))
            .Distinct()
            .ToList();
        Assert.True(unmapped.Count == 0, "Types of the assembly that no source file declares at the top level: " + string.Join(", ", unmapped));
    }

    [Fact]
    public void Library_NoSubsystemUsesOneAboveIt()
    {
        var violations = DependencyRule.Check(Loaded, n => Library.GetValueOrDefault(n), Subsystems.MayUse);
        Assert.True(violations.Count == 0, $"{violations.Count} backward references:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Check_PlantedBackwardReference_IsReported()
    {
        // A type planted in Money that uses the catalog: the same rule table and the same dependency reader must catch it.
        var planted = typeof(Planted.PlantedMoneyHelper).FullName!;
        var map = new Dictionary<string, string>(Library) { [planted] = "Money" };

        var violations = DependencyRule.Check(Loaded, n => map.GetValueOrDefault(n), Subsystems.MayUse);

        var violation = Assert.Single(violations, v => v.From == planted && v.ToSubsystem == "Catalog");
        Assert.Equal(typeof(MigDevCatalog).FullName, violation.To);
        Assert.Equal($"Money → Catalog: {planted} uses MigDev.Core.Catalog.MigDevCatalog", violation.ToString());
        Assert.All(violations, v => Assert.Equal(planted, v.From));
    }

    [Fact]
    public void Check_PlantedReferenceHiddenInAMethodBody_IsReported()
    {
        var planted = typeof(Planted.PlantedTimeHelper).FullName!;
        var map = new Dictionary<string, string>(Library) { [planted] = "Time" };

        var violations = DependencyRule.Check(Loaded, n => map.GetValueOrDefault(n), Subsystems.MayUse);

        Assert.Contains(violations, v => v.From == planted && v.ToSubsystem == "Money" && v.To == typeof(Money).FullName);
    }
}
