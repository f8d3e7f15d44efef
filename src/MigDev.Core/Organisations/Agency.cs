using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// An agency or organisation: canonical id, acronym and name as written, kind, parent, IATI organisation identifier,
/// and the other names it goes by (UN/DESA, DESA and UN-DESA are one agency).
/// </summary>
/// <remarks>
/// <para>Equality is by <see cref="Id"/>: an <see cref="AgencyDirectory"/> holds one agency per id.</para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class Agency : IEquatable<Agency>
{
    /// <summary>Initializes an agency.</summary>
    /// <param name="id">The canonical id.</param>
    /// <param name="name">The name as written, such as <c>United Nations Development Programme</c>.</param>
    /// <param name="kind">The kind of organisation.</param>
    /// <param name="acronym">The acronym, such as <c>UNDP</c>, or <see langword="null"/>.</param>
    /// <param name="aliases">Other names and spellings (<c>UN/DESA</c>, <c>DESA</c>); the name and acronym need not be
    /// repeated. Duplicates are dropped.</param>
    /// <param name="parent">The organisation this one belongs to, or <see langword="null"/>.</param>
    /// <param name="iatiIdentifier">The IATI organisation identifier, such as <c>XM-DAC-41114</c>, or
    /// <see langword="null"/> when the organisation has none.</param>
    /// <param name="iatiAliases">Other identifiers IATI files use for it: bare DAC codes (<c>41114</c>), legacy or
    /// member identifiers.</param>
    /// <param name="citations">Where the documents name it.</param>
    /// <param name="displayName">The name corrected for display where the source misspells it (the correction is
    /// said in <paramref name="note"/>); <see langword="null"/> when the name as written is the display name.</param>
    /// <param name="note">A note on the record (how it was classified, what the source says of it), or
    /// <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="parent"/> is <c>default</c>, the
    /// parent is the agency itself, <paramref name="name"/> is empty, <paramref name="kind"/> is undefined, or an
    /// alias or identifier is empty; the message names the field and value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Agency(
        AgencyId id,
        string name,
        AgencyKind kind,
        string? acronym = null,
        IEnumerable<string>? aliases = null,
        AgencyId? parent = null,
        string? iatiIdentifier = null,
        IEnumerable<string>? iatiAliases = null,
        IEnumerable<Citation>? citations = null,
        string? displayName = null,
        string? note = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("default(AgencyId) is not an agency id.", nameof(id));
        }
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"Agency '{id}' needs a name, was '{name}'.", nameof(name));
        }
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Agency '{id}': kind must be a defined AgencyKind, was {(int)kind}.");
        }
        if (parent is { } p && (p.IsDefault || p == id))
        {
            throw new ArgumentException($"Agency '{id}': the parent '{p}' must be another agency.", nameof(parent));
        }
        Id = id;
        Name = name;
        Kind = kind;
        Acronym = string.IsNullOrWhiteSpace(acronym) ? null : acronym;
        Parent = parent;
        IatiIdentifier = string.IsNullOrWhiteSpace(iatiIdentifier) ? null : iatiIdentifier;
        Aliases = Clean(aliases, id, nameof(aliases));
        IatiAliases = Clean(iatiAliases, id, nameof(iatiAliases));
        Citations = Provenance.Citations(citations, $"Agency '{id}'", nameof(citations));
        CorrectedName = Provenance.Optional(displayName);
        Note = Provenance.Optional(note);
    }

    /// <summary>Gets where the documents name it.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Gets the name to display: <see cref="Name"/>, or its correction where the source misspells it.</summary>
    public string DisplayName => CorrectedName ?? Name;

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; }

    // The display name when it differs from the name as written (what the JSON holds).
    internal string? CorrectedName { get; }


    /// <summary>Gets the canonical id.</summary>
    public AgencyId Id { get; }

    /// <summary>Gets the name as written.</summary>
    public string Name { get; }

    /// <summary>Gets the acronym, or <see langword="null"/>.</summary>
    public string? Acronym { get; }

    /// <summary>Gets the kind of organisation.</summary>
    public AgencyKind Kind { get; }

    /// <summary>Gets the id of the organisation this one belongs to, or <see langword="null"/>.</summary>
    public AgencyId? Parent { get; }

    /// <summary>Gets the IATI organisation identifier, or <see langword="null"/> when it has none (UN-DESA and the MDG
    /// Achievement Fund have none: none is invented).</summary>
    public string? IatiIdentifier { get; }

    /// <summary>Gets the other names and spellings the organisation goes by.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Gets the other identifiers IATI files use for it (bare DAC codes, member identifiers).</summary>
    public ImmutableArray<string> IatiAliases { get; }

    /// <summary>Compares two agencies by id.</summary>
    /// <param name="left">The first agency.</param>
    /// <param name="right">The second agency.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or have the same id.</returns>
    public static bool operator ==(Agency? left, Agency? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two agencies by id.</summary>
    /// <param name="left">The first agency.</param>
    /// <param name="right">The second agency.</param>
    /// <returns><see langword="true"/> if the ids differ.</returns>
    public static bool operator !=(Agency? left, Agency? right) => !(left == right);

    /// <summary>Returns whether another agency has the same id.</summary>
    /// <param name="other">The other agency.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Agency? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Agency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the id and name, such as <c>undp United Nations Development Programme</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Name}";

    /// <summary>Returns whether every field equals <paramref name="other"/>'s, lists element by element in order
    /// (equality itself compares ids only).</summary>
    /// <param name="other">The other agency.</param>
    /// <returns><see langword="true"/> if the content is the same.</returns>
    public bool ContentEquals([NotNullWhen(true)] Agency? other) =>
        other is not null && Id == other.Id && string.Equals(Name, other.Name, StringComparison.Ordinal) && Kind == other.Kind
        && string.Equals(Acronym, other.Acronym, StringComparison.Ordinal) && Parent == other.Parent
        && string.Equals(IatiIdentifier, other.IatiIdentifier, StringComparison.Ordinal)
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal) && IatiAliases.SequenceEqual(other.IatiAliases, StringComparer.Ordinal)
        && Citations.SequenceEqual(other.Citations) && string.Equals(CorrectedName, other.CorrectedName, StringComparison.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    private static ImmutableArray<string> Clean(IEnumerable<string>? values, AgencyId id, string paramName)
    {
        if (values is null)
        {
            return [];
        }
        var result = new List<string>();
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"Agency '{id}': {paramName} holds an empty value.", paramName);
            }
            if (!result.Contains(value, StringComparer.Ordinal))
            {
                result.Add(value);
            }
        }
        return [.. result];
    }
}
