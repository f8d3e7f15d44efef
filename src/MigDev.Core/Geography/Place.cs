using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace MigDev.Core;

/// <summary>
/// A place a UN text names: a country, an M49 area, or a named region that fits neither. <see cref="TryResolve"/>
/// turns names as written ("the Republic of Moldova", "South-east Asia", "the Mekong region") into places, and
/// reports what it cannot resolve rather than guessing.
/// </summary>
/// <remarks>
/// <para>Region names that are not M49 area names (such as "South-east Asia" for South-eastern Asia, or
/// "Asia-Pacific") come from data/m49/region-names.csv, each with its source; see docs/countries.md.</para>
/// <para>Equality is by kind and identity (country code, M49 code, or region name). Immutable and thread-safe.</para>
/// </remarks>
public sealed class Place : IEquatable<Place>
{
    private static readonly Lazy<Lookup> Data = new(() => new Lookup());

    // Built on the first failed Resolve, kept: countries by their codes and names, areas and regions by every name they
    // go by, in the forms compared (issue 19).
    private static readonly Lazy<Internal.NearestMatches.Index<(Place Place, IEnumerable<string?> Keys)>> Near = new(() => new(
        Country.GetAll(includeUnofficial: true).Select(c => (Of(c), CountryNearest.Keys(c)))
            .Concat(Data.Value.Regions.GroupBy(r => r.Value).Select(g => (g.Key, g.Select(r => (string?)r.Key)))),
        p => p.Keys,
        p => p.Place.ToString()));

    private Place(PlaceKind kind, string name, Country? country, M49Area? area)
    {
        Kind = kind;
        Name = name;
        Country = country;
        Area = area;
    }

    /// <summary>Gets the named regions that are not M49 areas, such as Asia-Pacific.</summary>
    public static ImmutableArray<Place> NamedRegions => Data.Value.NamedRegions;

    /// <summary>Gets what the place is.</summary>
    public PlaceKind Kind { get; }

    /// <summary>Gets the canonical name: the country's short name, the M49 area's name, or the region's name.</summary>
    public string Name { get; }

    /// <summary>Gets the country, when <see cref="Kind"/> is <see cref="PlaceKind.Country"/>.</summary>
    public Country? Country { get; }

    /// <summary>Gets the M49 area, when <see cref="Kind"/> is <see cref="PlaceKind.M49Area"/>.</summary>
    public M49Area? Area { get; }

    /// <summary>Compares two places.</summary>
    /// <param name="left">The first place.</param>
    /// <param name="right">The second place.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or the same place.</returns>
    public static bool operator ==(Place? left, Place? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two places.</summary>
    /// <param name="left">The first place.</param>
    /// <param name="right">The second place.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(Place? left, Place? right) => !(left == right);

    /// <summary>Returns the place of a country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is <see langword="null"/>.</exception>
    public static Place Of(Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return new Place(PlaceKind.Country, country.ShortName, country, null);
    }

    /// <summary>Returns the place of an M49 area.</summary>
    /// <param name="area">The area.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is <see langword="null"/>.</exception>
    public static Place Of(M49Area area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return new Place(PlaceKind.M49Area, area.Name, null, area);
    }

    /// <summary>Tries to resolve a name to a country, an M49 area or a known named region.</summary>
    /// <remarks>A name that denotes both a country and a region is ambiguous and resolves to neither: "Micronesia" is the
    /// M49 sub-region 057 and, in ordinary English, the Federated States of Micronesia (<see cref="Resolve"/> lists
    /// both). Ask <see cref="Country.TryResolve"/> for the country, or <see cref="M49Area.Get"/> for the area.</remarks>
    /// <param name="name">The name as written.</param>
    /// <param name="place">The place, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the name denotes exactly one place.</returns>
    public static bool TryResolve([NotNullWhen(true)] string? name, [NotNullWhen(true)] out Place? place)
    {
        place = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }
        var isCountry = Country.TryResolve(name, out var country);
        var isRegion = Data.Value.Regions.TryGetValue(Internal.NameKey.Normalize(name), out var region);
        place = isCountry == isRegion ? null : isCountry ? Of(country!) : region;
        return place is not null;
    }

    /// <summary>Resolves a name as <see cref="TryResolve"/> does.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReferenceNotFoundException">The name denotes no place (the exception names the nearest in
    /// <see cref="ReferenceNotFoundException.NearestMatches"/>), or several (it lists them in
    /// <see cref="ReferenceNotFoundException.Candidates"/>).</exception>
    public static Place Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryResolve(name, out var place))
        {
            return place;
        }
        var countries = CountryTable.FindName(name).Select(i => Of(Country.Get(new CountryCode(i))).ToString());
        var regions = Data.Value.Regions.TryGetValue(Internal.NameKey.Normalize(name), out var region) ? [region.ToString()] : Array.Empty<string>();
        var candidates = countries.Concat(regions).ToArray();
        throw new ReferenceNotFoundException("place name", name, candidates, candidates.Length == 0 ? Near.Value.Find(name) : []);
    }

    /// <summary>Returns whether another place is the same.</summary>
    /// <param name="other">The other place.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Place? other) =>
        other is not null && Kind == other.Kind && Country == other.Country && Area == other.Area
        && (Kind != PlaceKind.NamedRegion || string.Equals(Name, other.Name, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Place other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Country, Area, Kind == PlaceKind.NamedRegion ? Name : null);

    /// <summary>Returns the kind and name, such as <c>Country MD Republic of Moldova</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PlaceKind.Country => $"Country {Country}",
        PlaceKind.M49Area => $"M49 area {Area}",
        _ => $"Named region {Name}",
    };

    private sealed class Lookup
    {
        public Lookup()
        {
            var regions = new Dictionary<string, Place>(StringComparer.Ordinal);
            foreach (var area in M49Area.All)
            {
                regions[Internal.NameKey.Normalize(area.Name)] = Of(area);
            }
            var named = ImmutableArray.CreateBuilder<Place>();
            foreach (var (name, code) in CountryTable.RegionNames)
            {
                Place place;
                if (code != 0)
                {
                    place = Of(M49Area.Get(code));
                }
                else
                {
                    place = new Place(PlaceKind.NamedRegion, name, null, null);
                    named.Add(place);
                }
                regions[Internal.NameKey.Normalize(name)] = place;
            }
            Regions = regions;
            NamedRegions = named.ToImmutable();
        }

        public Dictionary<string, Place> Regions { get; }

        public ImmutableArray<Place> NamedRegions { get; }
    }
}
