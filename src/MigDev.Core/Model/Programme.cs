using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// A programme, initiative, project or fund: the Joint Migration and Development Initiative, the MDG Achievement Fund,
/// a migration-mainstreaming pilot. Its name as written, its partners with typed roles, its countries with typed
/// relations, its phases and its period as precise as the source, and the citations it comes from.
/// </summary>
/// <remarks>
/// <para><b>Equality is identity</b>: two programmes are equal when they have the same <see cref="Id"/>, whatever else
/// they hold, as entities are (a model holds one programme per id, and a programme whose partner list grew is still the
/// same programme). <see cref="ContentEquals"/> compares every field instead, lists element by element in order: two
/// programmes built from equal lists have equal content, which record equality would not give (it compares list
/// references).</para>
/// <para>The constructor takes what identifies a programme (id and name); every other field is an init-only property,
/// checked when set with the rule and message the constructor used to apply (a list set to <c>default</c> is empty), so
/// that a field added later is not a breaking change.</para>
/// <para>Immutable once initialized; safe to share across threads.</para>
/// </remarks>
public sealed class Programme : IEquatable<Programme>
{
    private readonly string? _acronym;
    private readonly ImmutableArray<string> _aliases = [];
    private readonly ImmutableArray<Participant> _partners = [];
    private readonly ImmutableArray<ProgrammeCountry> _countries = [];
    private readonly ProgrammeId? _parent;
    private readonly int? _phase;
    private readonly ImmutableArray<Citation> _citations = [];
    private readonly string? _note;
    private readonly string? _iatiIdentifier;

    /// <summary>Initializes a programme with what identifies it; the rest is set by the init properties:
    /// <c>new Programme(id, name) { Partners = [lead, donor], Citations = [citation] }</c>.</summary>
    /// <param name="id">The canonical id.</param>
    /// <param name="name">The name as written.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>, or <paramref name="name"/> is empty
    /// or white space or holds an unpaired surrogate; the message names the value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Programme(ProgrammeId id, string name)
    {
        Guard.Against.DefaultValue(id);
        Name = Provenance.Text(Guard.Against.Blank(name, $"Programme '{id}' needs a name, was '{name}'."), $"Programme '{id}'", nameof(name));
        Id = id;
    }

    /// <summary>Gets the name to display: <see cref="Name"/>, or its correction where the source misspells it.
    /// Initialize it with the correction (and say so in <see cref="Note"/>); <see langword="null"/> means none.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the programme and the field.</exception>
    [AllowNull]
    public string DisplayName { get => CorrectedName ?? Name; init => CorrectedName = Provenance.Optional(value, $"Programme '{Id}'", "displayName"); }

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the programme and the field.</exception>
    public string? Note { get => _note; init => _note = Provenance.Optional(value, $"Programme '{Id}'", "note"); }

    /// <summary>Gets the IATI activity identifier (<c>iati-identifier</c>) the programme was read from, as written, or
    /// <see langword="null"/>: what other publishers' <c>provider-activity-id</c> and <c>receiver-activity-id</c> refer to
    /// (<see cref="FundingFlows"/>).</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the programme and the field.</exception>
    public string? IatiIdentifier { get => _iatiIdentifier; init => _iatiIdentifier = Provenance.Optional(value, $"Programme '{Id}'", "iatiIdentifier"); }

    // The display name when it differs from the name as written (what the JSON holds).
    internal string? CorrectedName { get; private init; }


    /// <summary>Gets the canonical id.</summary>
    public ProgrammeId Id { get; }

    /// <summary>Gets the name as written.</summary>
    public string Name { get; }

    /// <summary>Gets the acronym, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the programme and the field.</exception>
    public string? Acronym { get => _acronym; init => _acronym = Provenance.Optional(value, $"Programme '{Id}'", "acronym"); }

    /// <summary>Gets other names and spellings, typos of the source included ("JMIDI"), each once (the exact text);
    /// empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/>, empty or white-space name, one with an
    /// unpaired surrogate, or the same name twice (refused, not dropped); the message names the programme, the index
    /// and the value.</exception>
    public ImmutableArray<string> Aliases { get => _aliases; init => _aliases = Provenance.Texts(value, $"Programme '{Id}'", "aliases"); }

    /// <summary>Gets the organisations and their roles (lead, partners, donors), in the order given; empty unless
    /// set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element; the message names the programme
    /// and the index.</exception>
    public ImmutableArray<Participant> Partners { get => _partners; init => _partners = Provenance.Items(value, $"Programme '{Id}'", "partners"); }

    /// <summary>Gets the countries of its named lists, with their relation, in the order given; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element or the same country twice with one
    /// relation; the message names the programme and the country.</exception>
    public ImmutableArray<ProgrammeCountry> Countries { get => _countries; init => _countries = EachOnce(Id, value); }

    /// <summary>Gets the programme this is a phase or part of, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to <c>default</c> or to the programme's own id; the message names
    /// both.</exception>
    public ProgrammeId? Parent { get => _parent; init => _parent = Another(Id, value); }

    /// <summary>Gets the phase number, if the source numbers it ("its second phase": 2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1; the message gives the value.</exception>
    public int? Phase { get => _phase; init => _phase = FromOne(Id, value); }

    /// <summary>Gets when, as precisely as the source says, or <see langword="null"/>.</summary>
    public Timeframe? Period { get; init; }

    /// <summary>Gets where the record comes from; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element; the message names the programme
    /// and the index.</exception>
    public ImmutableArray<Citation> Citations { get => _citations; init => _citations = Provenance.Citations(value, $"Programme '{Id}'", "citations"); }

    /// <summary>Gets the donors: the partners whose role is <see cref="OrganisationRole.Funding"/>.</summary>
    public IEnumerable<AgencyId> Donors => Partners.Where(p => p.Role == OrganisationRole.Funding).Select(p => p.Agency);

    /// <summary>Compares two programmes by id (identity; see the remarks).</summary>
    /// <param name="left">The first programme.</param>
    /// <param name="right">The second programme.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or have the same id.</returns>
    public static bool operator ==(Programme? left, Programme? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two programmes by id.</summary>
    /// <param name="left">The first programme.</param>
    /// <param name="right">The second programme.</param>
    /// <returns><see langword="true"/> if the ids differ.</returns>
    public static bool operator !=(Programme? left, Programme? right) => !(left == right);

    /// <summary>Returns the countries in a relation: <c>CountriesIn(CountryRelation.Target)</c>.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The countries, in the order given.</returns>
    public IEnumerable<CountryCode> CountriesIn(CountryRelation relation) => Countries.Where(c => c.Relation == relation).Select(c => c.Country);

    /// <summary>Returns whether another programme has the same id (identity).</summary>
    /// <param name="other">The other programme.</param>
    /// <returns><see langword="true"/> if the ids are equal.</returns>
    public bool Equals([NotNullWhen(true)] Programme? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Programme other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns whether every field equals <paramref name="other"/>'s, lists element by element in order.</summary>
    /// <param name="other">The other programme.</param>
    /// <returns><see langword="true"/> if the content is the same.</returns>
    public bool ContentEquals([NotNullWhen(true)] Programme? other) =>
        other is not null && Id == other.Id && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Acronym, other.Acronym, StringComparison.Ordinal) && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
        && Partners.SequenceEqual(other.Partners) && Countries.SequenceEqual(other.Countries)
        && Parent == other.Parent && Phase == other.Phase && Period == other.Period && Citations.SequenceEqual(other.Citations)
        && string.Equals(CorrectedName, other.CorrectedName, StringComparison.Ordinal) && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && string.Equals(IatiIdentifier, other.IatiIdentifier, StringComparison.Ordinal);

    /// <summary>Returns the id and name, such as <c>jmdi Joint Migration and Development Initiative</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Name}";

    // The init accessors' checks, each named after the field it checks (the parameter name of the exception).
    private static ImmutableArray<ProgrammeCountry> EachOnce(ProgrammeId id, ImmutableArray<ProgrammeCountry> countries)
    {
        countries = Provenance.Items(countries, $"Programme '{id}'", nameof(countries));
        var duplicate = countries.GroupBy(c => (c.Country, c.Relation)).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.Invalid(duplicate is not null, $"Programme '{id}' lists {duplicate?.Key.Country} {duplicate?.Key.Relation} twice.", nameof(countries));
        return countries;
    }

    private static ProgrammeId? Another(ProgrammeId id, ProgrammeId? parent)
    {
        Guard.Against.Invalid(parent is { } p && (p.IsDefault || p == id), $"Programme '{id}': the parent '{parent}' must be another programme.", nameof(parent));
        return parent;
    }

    private static int? FromOne(ProgrammeId id, int? phase)
    {
        Guard.Against.InvalidNumber(phase is < 1, phase, $"Programme '{id}': a phase is numbered from 1, was {phase}.", nameof(phase));
        return phase;
    }
}
