using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;

namespace MigDev.Core;

/// <summary>
/// A country or area of the UN M49 standard, with its ISO 3166-1 codes, its UN names, its M49 region, sub-region and
/// intermediate region, and its LDC, LLDC and SIDS status; or Kosovo, under the user-assigned code <c>XK</c>.
/// </summary>
/// <remarks>
/// <para>Sources: data/m49 (UNSD M49; ISO 3166-1 and UNTERM names via the country-codes data package; OCHA's
/// countries-and-territories taxonomy for its copies of the UN names, alternative names and unofficial codes; our
/// reviewed name decisions and the former and common names, each with its source). The names are UNTERM's, cross-checked
/// across every source in six languages. See docs/countries.md.</para>
/// <para>Kosovo is in neither ISO 3166 nor M49. It is carried as <c>XK</c>/<c>XKX</c> (IATI, OCHA) with
/// <see cref="IsUnofficialCode"/> set, the UN designation "Kosovo (under UNSC resolution 1244)" as its formal name,
/// and Serbia (688) as its <see cref="StatisticalParent"/>. <see cref="All"/> leaves it out;
/// <see cref="GetAll(bool)"/> with <c>includeUnofficial: true</c> includes it (OCHA's <c>include_unofficial</c>).</para>
/// <para>One instance per country; equality is by <see cref="Code"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Country : IEquatable<Country>
{
    private static readonly Lazy<Country[]> Instances = new(() =>
        [.. Enumerable.Range(1, CountryTable.Count).Select(i => new Country(new CountryCode(i), CountryTable.Get(i)))]);

    private readonly CountryRecord _record;

    private Country(CountryCode code, CountryRecord record)
    {
        Code = code;
        _record = record;
        AlternativeNames = [.. record.Aliases];
        HistoricalNames = [.. record.HistoricalNames];
    }

    /// <summary>Gets every country and area with an official code, by code (249); Kosovo is left out.</summary>
    public static ImmutableArray<Country> All { get; } = [.. GetAll(includeUnofficial: false)];

    /// <summary>Gets the ISO 3166-1 alpha-2 code (or <c>XK</c>).</summary>
    public CountryCode Code { get; }

    /// <summary>Gets the ISO 3166-1 alpha-3 code (or <c>XKX</c>).</summary>
    public string Alpha3 => _record.Alpha3;

    /// <summary>Gets the M49 numeric code (498 for the Republic of Moldova), or <see langword="null"/> for Kosovo, which
    /// M49 counts within Serbia.</summary>
    public int? M49Code => _record.M49 == 0 ? null : _record.M49;

    /// <summary>Gets the UN short name in English, as UN Terminology (UNTERM) writes it, without the article UNTERM notes
    /// in parentheses: <c>Republic of Moldova</c>, <c>Bolivia (Plurinational State of)</c>, <c>Côte d'Ivoire</c>,
    /// <c>Türkiye</c>; for a territory UNTERM does not list, the M49 name. See docs/countries.md for the order of
    /// sources and the reviewed decisions where they disagree.</summary>
    public string ShortName => _record.ShortNames[(int)UnLanguage.English];

    /// <summary>Gets the UN formal name in English (<c>the Republic of Moldova</c>; for Kosovo, the UN designation),
    /// or <see langword="null"/> where the sources give none.</summary>
    public string? FormalName => GetFormalName(UnLanguage.English);

    /// <summary>Gets the M49 region (Africa, Americas, Asia, Europe, Oceania); <see langword="null"/> for Antarctica.</summary>
    public M49Area? Region => Area(_record.Region);

    /// <summary>Gets the M49 sub-region, such as South-eastern Asia.</summary>
    public M49Area? SubRegion => Area(_record.SubRegion);

    /// <summary>Gets the M49 intermediate region, such as Western Africa, where M49 has one.</summary>
    public M49Area? IntermediateRegion => Area(_record.IntermediateRegion);

    /// <summary>Gets a value indicating whether M49 lists the country among the Least Developed Countries.</summary>
    public bool IsLeastDeveloped => _record.Ldc;

    /// <summary>Gets a value indicating whether M49 lists the country among the Land Locked Developing Countries.</summary>
    public bool IsLandlockedDeveloping => _record.Lldc;

    /// <summary>Gets a value indicating whether M49 lists the country among the Small Island Developing States.</summary>
    public bool IsSmallIslandDeveloping => _record.Sids;

    /// <summary>Gets a value indicating whether the code is user-assigned rather than ISO 3166-1 (Kosovo's <c>XK</c>).</summary>
    public bool IsUnofficialCode => _record.UnofficialCode;

    /// <summary>Gets the country in which M49 counts this one for statistics (Serbia for Kosovo), or
    /// <see langword="null"/>.</summary>
    public Country? StatisticalParent => _record.StatisticalParentM49 == 0 ? null : GetByM49(_record.StatisticalParentM49);

    /// <summary>Gets the other English names the sources give (OCHA's preferred and alternative terms, ISO's, UNTERM's,
    /// CLDR's, and the supplement of names found in UN texts), all of which <see cref="TryResolve"/> accepts.</summary>
    public ImmutableArray<string> AlternativeNames { get; }

    /// <summary>Gets the former official names (with the years they were official) and the common English names that
    /// UN texts, IATI narratives and ordinary English have used since 1990, from data/m49/former-names.csv, each with
    /// its source: "Swaziland" (until 2018), "Zaire" (1971-1997), "Holland". <see cref="TryResolve"/> accepts them
    /// all.</summary>
    public ImmutableArray<HistoricalCountryName> HistoricalNames { get; }

    /// <summary>Compares two countries by code.</summary>
    /// <param name="left">The first country.</param>
    /// <param name="right">The second country.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or have the same code.</returns>
    public static bool operator ==(Country? left, Country? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two countries by code.</summary>
    /// <param name="left">The first country.</param>
    /// <param name="right">The second country.</param>
    /// <returns><see langword="true"/> if the codes differ.</returns>
    public static bool operator !=(Country? left, Country? right) => !(left == right);

    /// <summary>Gets every country, with or without those whose code is unofficial (Kosovo).</summary>
    /// <param name="includeUnofficial">Whether to include unofficial codes.</param>
    /// <returns>The countries, in ordinal order of code.</returns>
    public static IEnumerable<Country> GetAll(bool includeUnofficial) =>
        Instances.Value.Where(c => includeUnofficial || !c.IsUnofficialCode);

    /// <summary>Gets the country of a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The country.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="code"/> is <c>default</c>.</exception>
    public static Country Get(CountryCode code) => code.IsDefault
        ? throw new InvalidOperationException("default(CountryCode) is not a country.")
        : Instances.Value[code.Index - 1];

    /// <summary>Gets the country of an alpha-2 or alpha-3 code (<c>MD</c>, <c>MDA</c>, <c>XK</c>), in any ASCII case
    /// (<c>md</c>, <c>mda</c>); no white space around it (the rule for codes, docs/design-decisions.md).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReferenceNotFoundException">No country has that code; the message names it, and the code meant
    /// (white space around it) or the nearest countries (<see cref="ReferenceNotFoundException.NearestMatches"/>).</exception>
    public static Country Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryGet(code, out var country) ? country : throw CountryNearest.CodeNotFound(code);
    }

    /// <summary>Tries to get the country of an alpha-2 or alpha-3 code, in any ASCII case.</summary>
    /// <param name="code">The code.</param>
    /// <param name="country">The country, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    public static bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Country? country)
    {
        var index = code is null ? 0 : code.Length == 3 ? CountryTable.FindAlpha3(AsciiCase.Upper(code)) : CountryCode.FindAnyCase(code);
        country = index == 0 ? null : Instances.Value[index - 1];
        return country is not null;
    }

    /// <summary>Gets the country of an M49 numeric code.</summary>
    /// <param name="m49">The code, such as 498.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ReferenceNotFoundException">No country has that code.</exception>
    public static Country GetByM49(int m49) => TryGetByM49(m49, out var country)
        ? country
        : throw new ReferenceNotFoundException("M49 country code", m49.ToString("000", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Tries to get the country of an M49 numeric code.</summary>
    /// <param name="m49">The code.</param>
    /// <param name="country">The country, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    public static bool TryGetByM49(int m49, [NotNullWhen(true)] out Country? country)
    {
        var index = CountryTable.FindM49(m49);
        country = index == 0 ? null : Instances.Value[index - 1];
        return country is not null;
    }

    /// <summary>
    /// Tries to find the country a name denotes, however a UN text of any era writes it: "the Republic of Moldova",
    /// "Moldova", "Cape Verde", "Côte d’Ivoire", "the Occupied Palestinian Territory", "UNSC resolution 1244-administered
    /// Kosovo", a former name such as "Swaziland" or "Zaire" (<see cref="HistoricalNames"/>), or a code. Case, accents,
    /// apostrophe styles, a leading "the" and spacing do not matter.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="country">The country, or <see langword="null"/> when the name is unknown or ambiguous.</param>
    /// <returns><see langword="true"/> if the name denotes exactly one country; never a guess.</returns>
    public static bool TryResolve([NotNullWhen(true)] string? name, [NotNullWhen(true)] out Country? country)
    {
        country = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }
        var index = CountryTable.FindUniqueName(name);
        if (index != 0)
        {
            country = Instances.Value[index - 1];
        }
        return country is not null;
    }

    /// <summary>Finds the country a name denotes, as <see cref="TryResolve"/> does.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReferenceNotFoundException">The name denotes no country (the exception names the nearest in
    /// <see cref="ReferenceNotFoundException.NearestMatches"/>), or several (it lists them in
    /// <see cref="ReferenceNotFoundException.Candidates"/>).</exception>
    public static Country Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryResolve(name, out var country))
        {
            return country;
        }
        var candidates = CountryTable.FindName(name).Select(i => Instances.Value[i - 1].ToString()).ToArray();
        throw new ReferenceNotFoundException("country name", name, candidates, candidates.Length == 0 ? CountryNearest.Find(name) : []);
    }

    /// <summary>Gets the UN short name in a language, or <see langword="null"/> where the sources give none.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string? GetShortName(UnLanguage language) => NameIn(_record.ShortNames, language);

    /// <summary>Gets the UN formal name in a language, or <see langword="null"/> where the sources give none.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string? GetFormalName(UnLanguage language) => NameIn(_record.FormalNames, language);

    /// <summary>Returns whether another country has the same code.</summary>
    /// <param name="other">The other country.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Country? other) => other is not null && Code == other.Code;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Country other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Code.GetHashCode();

    /// <summary>Returns the code and short name, such as <c>MD Republic of Moldova</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {ShortName}";

    private static M49Area? Area(int code) => code == 0 ? null : M49Area.Get(code);

    private static string? NameIn(string[] names, UnLanguage language)
    {
        Guard.Against.UndefinedEnum(language);
        var name = names[(int)language];
        return name.Length == 0 ? null : name;
    }
}
