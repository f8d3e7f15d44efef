using MigDev.Core.Catalog;

namespace MigDev.Core.Tests.Architecture.Planted;

/// <summary>Planted for <see cref="ArchitectureTest"/>: claimed by Money, it reaches up into the catalog.</summary>
internal static class PlantedMoneyHelper
{
    public static int Programmes(MigDevCatalog catalog) => catalog.Model.Programmes.Length;
}

/// <summary>Planted for <see cref="ArchitectureTest"/>: claimed by Time, it uses Money only inside a method body.</summary>
internal static class PlantedTimeHelper
{
    public static string Describe(int year) => $"{year}: {Money.Zero(CurrencyCode.EUR)}";
}
