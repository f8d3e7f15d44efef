using Ardalis.GuardClauses;
using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// A set of agencies with lookups by id, acronym, any name or alias, and IATI organisation identifier. The
/// embedded catalog's directory (<c>MigDevCatalog.Default.Agencies</c>) holds every organisation the five seed documents name.
/// </summary>
/// <remarks>
/// <para>Names and acronyms are compared as countries' are: case, accents, apostrophe styles, a leading "the" and
/// spacing do not matter. A name two agencies share is ambiguous: <c>TryGetByAlias</c> returns <see langword="false"/>
/// and <c>GetByAlias</c> throws with both candidates, rather than guessing. Ids and IATI identifiers are codes: any
/// case, no white space around them (docs/design-decisions.md).</para>
/// <para>A lookup that finds nothing throws a <see cref="ReferenceNotFoundException"/> naming the nearest agencies
/// (at most three: "EC" names the European Commission, whose initials it is); the Try-methods never compute them.</para>
/// <para>Immutable; safe to share across threads. The embedded catalog's directory is <c>MigDevCatalog.Default.Agencies</c> (data/catalog, docs/agencies.md); this type loads nothing by itself.</para>
/// </remarks>
/// <example>
/// <code>
/// var desa = MigDevCatalog.Default.Agencies.GetByAlias("UN/DESA");            // un-desa
/// var undp = MigDevCatalog.Default.Agencies.GetByIatiIdentifier("41114");      // undp, as XM-DAC-41114
/// </code>
/// </example>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A directory of agencies is the domain's word; 'AgencyCollection' would say less.")]
public sealed class AgencyDirectory : IReadOnlyCollection<Agency>
{
    private readonly ImmutableSortedDictionary<AgencyId, Agency> _byId;
    // Built on first use (a name lookup normalises every spelling; loading a catalog need not pay for it).
    private readonly Lazy<Dictionary<string, Agency[]>> _byAcronym;
    private readonly Lazy<Dictionary<string, Agency[]>> _byName;
    private readonly Lazy<Dictionary<string, Agency[]>> _byLooseName;
    private readonly Dictionary<string, Agency> _byIati;
    // Built on the first failed lookup by id, acronym or name: every name of every agency, in the forms compared.
    private readonly Lazy<NearestMatches.Index<Agency>> _nearByName;

    private AgencyDirectory(ImmutableSortedDictionary<AgencyId, Agency> byId, Dictionary<string, Agency> byIati)
    {
        _byId = byId;
        _byIati = byIati;
        _byAcronym = new(() => Index(byId.Values, a => a.Acronym is null ? [] : [a.Acronym], NameKey.Normalize));
        _byName = new(() => Index(byId.Values, Names, NameKey.Normalize));
        _byLooseName = new(() => Index(byId.Values, Names, NameKey.Loose));
        _nearByName = new(() => new(byId.Values, Names, a => a.ToString()));
    }

    /// <summary>Gets the directory with no agencies.</summary>
    public static AgencyDirectory Empty { get; } = Create([]);

    /// <summary>Gets the number of agencies.</summary>
    public int Count => _byId.Count;

    /// <summary>Creates a directory from agencies.</summary>
    /// <param name="agencies">The agencies.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agencies"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two agencies share an id or an IATI identifier, or a parent is not in the
    /// directory; the message names them.</exception>
    public static AgencyDirectory Create(IEnumerable<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var byId = ImmutableSortedDictionary.CreateBuilder<AgencyId, Agency>();
        foreach (var agency in agencies)
        {
            ArgumentNullException.ThrowIfNull(agency, nameof(agencies));
            Guard.Against.Invalid(byId.TryGetValue(agency.Id, out var existing), $"Two agencies have the id '{agency.Id}': '{existing!.Name}' and '{agency.Name}'.", nameof(agencies));
            byId.Add(agency.Id, agency);
        }
        foreach (var agency in byId.Values)
        {
            Guard.Against.Invalid(agency.Parent is { } parent && !byId.ContainsKey(parent), $"The parent '{agency.Parent}' of agency '{agency.Id}' is not in the directory.", nameof(agencies));
        }
        var byIati = new Dictionary<string, Agency>(StringComparer.OrdinalIgnoreCase);
        foreach (var agency in byId.Values)
        {
            foreach (var identifier in agency.IatiAliases.Prepend(agency.IatiIdentifier ?? string.Empty).Where(i => i.Length > 0))
            {
                Guard.Against.Invalid(byIati.TryGetValue(identifier, out var other), $"The IATI identifier '{identifier}' is given to both '{other!.Id}' and '{agency.Id}'.", nameof(agencies));
                byIati[identifier] = agency;
            }
        }
        return new AgencyDirectory(byId.ToImmutable(), byIati);
    }

    /// <summary>Returns a directory with more agencies (a user's own organisations beside the default ones).</summary>
    /// <param name="agencies">The agencies to add.</param>
    /// <returns>A new directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agencies"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id or IATI identifier is taken, or a parent is missing.</exception>
    public AgencyDirectory With(params IEnumerable<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        return Create(_byId.Values.Concat(agencies));
    }

    /// <summary>Gets the agency with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The agency.</returns>
    /// <exception cref="ReferenceNotFoundException">No agency has that id; the message names it and the nearest agencies.</exception>
    public Agency Get(AgencyId id) => TryGet(id, out var agency)
        ? agency
        : throw new ReferenceNotFoundException("agency id", id.ToString(), [], _nearByName.Value.Find(id.ToString()));

    /// <summary>Tries to get the agency with an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="agency">The agency, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    public bool TryGet(AgencyId id, [NotNullWhen(true)] out Agency? agency)
    {
        agency = null;
        return !id.IsDefault && _byId.TryGetValue(id, out agency);
    }

    /// <summary>Gets the agency with an acronym, such as <c>UNDP</c> or <c>GMG</c>.</summary>
    /// <param name="acronym">The acronym.</param>
    /// <returns>The agency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="acronym"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReferenceNotFoundException">No agency, or several, have that acronym; the exception names the
    /// nearest agencies (<see cref="ReferenceNotFoundException.NearestMatches"/>) or the candidates.</exception>
    public Agency GetByAcronym(string acronym) => Single(_byAcronym.Value, acronym, "agency acronym");

    /// <summary>Tries to get the agency with an acronym.</summary>
    /// <param name="acronym">The acronym.</param>
    /// <param name="agency">The agency, or <see langword="null"/> when none or several have it.</param>
    /// <returns><see langword="true"/> if exactly one agency has it.</returns>
    public bool TryGetByAcronym([NotNullWhen(true)] string? acronym, [NotNullWhen(true)] out Agency? agency) => TrySingle(_byAcronym.Value, acronym, out agency);

    /// <summary>Gets the agency a name denotes: its name, acronym, id or any alias, however spelled ("UN/DESA", "DESA",
    /// "Department of Economic and Social Affairs").</summary>
    /// <param name="name">The name.</param>
    /// <returns>The agency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReferenceNotFoundException">No agency, or several, go by that name; the exception names the
    /// nearest agencies (<see cref="ReferenceNotFoundException.NearestMatches"/>) or the candidates.</exception>
    public Agency GetByAlias(string name) => Single(_byName.Value, name, "agency name");

    /// <summary>Tries to get the agency a name denotes.</summary>
    /// <param name="name">The name.</param>
    /// <param name="agency">The agency, or <see langword="null"/> when none or several go by it.</param>
    /// <returns><see langword="true"/> if exactly one agency goes by it.</returns>
    public bool TryGetByAlias([NotNullWhen(true)] string? name, [NotNullWhen(true)] out Agency? agency) => TrySingle(_byName.Value, name, out agency);

    /// <summary>Gets the agency with an IATI organisation identifier, or one of its aliases (<c>XM-DAC-41114</c> or
    /// <c>41114</c>).</summary>
    /// <param name="identifier">The identifier.</param>
    /// <returns>The agency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReferenceNotFoundException">No agency has it; the message names the identifier meant (white
    /// space around it) or the nearest agencies.</exception>
    public Agency GetByIatiIdentifier(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (TryGetByIatiIdentifier(identifier, out var agency))
        {
            return agency;
        }
        var trimmed = identifier.Trim();
        throw trimmed.Length != identifier.Length && TryGetByIatiIdentifier(trimmed, out agency)
            ? ReferenceNotFoundException.Spaced("IATI organisation identifier", identifier, trimmed, agency.ToString())
            : new ReferenceNotFoundException("IATI organisation identifier", identifier, [], NearestMatches.Find(identifier, _byId.Values, a => [a.IatiIdentifier, .. a.IatiAliases], a => a.ToString()));
    }

    /// <summary>Tries to get the agency with an IATI organisation identifier or alias. It is a code: case does not
    /// matter, white space around it is refused (IATI forbids white space in identifiers; docs/design-decisions.md), and
    /// a DAC code matches with or without its <c>XM-DAC-</c> prefix (real files write both).</summary>
    /// <param name="identifier">The identifier.</param>
    /// <param name="agency">The agency, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    public bool TryGetByIatiIdentifier([NotNullWhen(true)] string? identifier, [NotNullWhen(true)] out Agency? agency)
    {
        agency = null;
        var id = identifier;
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }
        if (_byIati.TryGetValue(id, out agency))
        {
            return true;
        }
        // The other form of a DAC code: XM-DAC-41114 and 41114.
        var other = id.StartsWith("XM-DAC-", StringComparison.OrdinalIgnoreCase) ? id[7..] : char.IsAsciiDigit(id[0]) ? "XM-DAC-" + id : null;
        return other is { Length: > 0 } && _byIati.TryGetValue(other, out agency);
    }

    /// <summary>Returns an enumerator over the agencies, in ordinal order of id.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Agency> GetEnumerator() => _byId.Values.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The agencies a name may denote, for a caller that must not guess: those whose name, acronym, id or alias
    /// it is (as <see cref="TryGetByAlias"/> compares), or, when none, those it is with punctuation ignored too
    /// (<c>UK - Department for International Development</c>, <c>European Union</c> for the id <c>european-union</c>).
    /// Several means the name is ambiguous.</summary>
    internal Agency[] Candidates(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        if (_byName.Value.TryGetValue(NameKey.Normalize(name), out var found))
        {
            return found;
        }
        var loose = NameKey.Loose(name);
        return loose.Length > 0 && _byLooseName.Value.TryGetValue(loose, out found) ? found : [];
    }

    private static IEnumerable<string> Names(Agency a) => a.Aliases.Append(a.Name).Concat(a.Acronym is null ? [] : [a.Acronym]).Append(a.Id.Value);

    private static Dictionary<string, Agency[]> Index(IEnumerable<Agency> agencies, Func<Agency, IEnumerable<string>> names, Func<string, string> keyOf)
    {
        var index = new Dictionary<string, List<Agency>>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            foreach (var key in names(agency).Select(keyOf).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }
                list.Add(agency);
            }
        }
        return index.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static bool TrySingle(Dictionary<string, Agency[]> index, string? name, [NotNullWhen(true)] out Agency? agency)
    {
        agency = null;
        if (!string.IsNullOrWhiteSpace(name) && index.TryGetValue(NameKey.Normalize(name), out var found) && found.Length == 1)
        {
            agency = found[0];
        }
        return agency is not null;
    }

    private Agency Single(Dictionary<string, Agency[]> index, string name, string kindOfThing)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TrySingle(index, name, out var agency))
        {
            return agency;
        }
        string[] candidates = index.TryGetValue(NameKey.Normalize(name), out var found) ? [.. found.Select(a => a.ToString())] : [];
        throw new ReferenceNotFoundException(kindOfThing, name, candidates, candidates.Length == 0 ? _nearByName.Value.Find(name) : []);
    }
}
