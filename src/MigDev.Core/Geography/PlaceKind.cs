namespace MigDev.Core;

/// <summary>What a <see cref="Place"/> is.</summary>
public enum PlaceKind
{
    /// <summary>A country or area (<see cref="Place.Country"/>).</summary>
    Country = 0,

    /// <summary>A UN M49 region, sub-region or intermediate region (<see cref="Place.Area"/>).</summary>
    M49Area = 1,

    /// <summary>A region that UN texts name but that is no M49 area, such as "Asia-Pacific" or "the Mekong region":
    /// kept as a name, never forced into a country code or an M49 area.</summary>
    NamedRegion = 2,
}
