using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

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
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class Programme : IEquatable<Programme>
{
    /// <summary>Initializes a programme.</summary>
    /// <param name="id">The canonical id.</param>
    /// <param name="name">The name as written.</param>
    /// <param name="acronym">The acronym, or <see langword="null"/>.</param>
    /// <param name="aliases">Other names and spellings, typos of the source included ("JMIDI").</param>
    /// <param name="partners">The organisations and their roles: lead, partners, donors.</param>
    /// <param name="countries">The countries of its named lists, with their relation.</param>
    /// <param name="parent">The programme this is a phase or part of, or <see langword="null"/>.</param>
    /// <param name="phase">The phase number, when the source numbers it ("its second phase": 2).</param>
    /// <param name="period">When, as precisely as the source says.</param>
    /// <param name="citations">Where the record comes from.</param>
    /// <param name="displayName">The name corrected for display where the source misspells it (the correction is
    /// said in <paramref name="note"/>); <see langword="null"/> when the name as written is the display name.</param>
    /// <param name="note">A note on how the source was read, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>, the parent is the programme
    /// itself, <paramref name="name"/> is empty, a list holds <see langword="null"/> or the same country twice with one
    /// relation; the message names the field and value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is below 1.</exception>
    public Programme(
        ProgrammeId id,
        string name,
        string? acronym = null,
        IEnumerable<string>? aliases = null,
        IEnumerable<Participant>? partners = null,
        IEnumerable<ProgrammeCountry>? countries = null,
        ProgrammeId? parent = null,
        int? phase = null,
        Timeframe? period = null,
        IEnumerable<Citation>? citations = null,
        string? displayName = null,
        string? note = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("default(ProgrammeId) is not a programme id.", nameof(id));
        }
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"Programme '{id}' needs a name, was '{name}'.", nameof(name));
        }
        if (parent is { } p && (p.IsDefault || p == id))
        {
            throw new ArgumentException($"Programme '{id}': the parent '{p}' must be another programme.", nameof(parent));
        }
        if (phase is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(phase), phase, $"Programme '{id}': a phase is numbered from 1, was {phase}.");
        }
        Id = id;
        Name = name;
        Acronym = string.IsNullOrWhiteSpace(acronym) ? null : acronym;
        Aliases = Provenance.Texts(aliases, $"Programme '{id}'", nameof(aliases));
        Partners = Provenance.Items(partners, $"Programme '{id}'", nameof(partners));
        Countries = Provenance.Items(countries, $"Programme '{id}'", nameof(countries));
        var duplicate = Countries.GroupBy(c => (c.Country, c.Relation)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Programme '{id}' lists {duplicate.Key.Country} {duplicate.Key.Relation} twice.", nameof(countries));
        }
        Parent = parent;
        Phase = phase;
        Period = period;
        Citations = Provenance.Citations(citations, $"Programme '{id}'", nameof(citations));
        CorrectedName = Provenance.Optional(displayName);
        Note = Provenance.Optional(note);
    }

    /// <summary>Gets the name to display: <see cref="Name"/>, or its correction where the source misspells it.</summary>
    public string DisplayName => CorrectedName ?? Name;

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; }

    // The display name when it differs from the name as written (what the JSON holds).
    internal string? CorrectedName { get; }


    /// <summary>Gets the canonical id.</summary>
    public ProgrammeId Id { get; }

    /// <summary>Gets the name as written.</summary>
    public string Name { get; }

    /// <summary>Gets the acronym, or <see langword="null"/>.</summary>
    public string? Acronym { get; }

    /// <summary>Gets other names and spellings.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Gets the organisations and their roles, in the order given.</summary>
    public ImmutableArray<Participant> Partners { get; }

    /// <summary>Gets the countries of its named lists, in the order given.</summary>
    public ImmutableArray<ProgrammeCountry> Countries { get; }

    /// <summary>Gets the programme this is a phase or part of.</summary>
    public ProgrammeId? Parent { get; }

    /// <summary>Gets the phase number, if the source numbers it.</summary>
    public int? Phase { get; }

    /// <summary>Gets when, as precisely as the source says.</summary>
    public Timeframe? Period { get; }

    /// <summary>Gets where the record comes from.</summary>
    public ImmutableArray<Citation> Citations { get; }

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
        && string.Equals(CorrectedName, other.CorrectedName, StringComparison.Ordinal) && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <summary>Returns the id and name, such as <c>jmdi Joint Migration and Development Initiative</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Name}";
}
