using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// An agency or organisation: canonical id, acronym and name as written, kind, parent, IATI organisation identifier,
/// and the other names it goes by (UN/DESA, DESA and UN-DESA are one agency).
/// </summary>
/// <remarks>
/// <para>Equality is by <see cref="Id"/>: an <see cref="AgencyDirectory"/> holds one agency per id.</para>
/// <para>The constructor takes what identifies an agency (id, name, kind); every other field is an init-only property,
/// checked when set with the rule and message the constructor used to apply (a list set to <c>default</c> is empty), so
/// that a field added later is not a breaking change.</para>
/// <para>Immutable once initialized; safe to share across threads.</para>
/// </remarks>
public sealed class Agency : IEquatable<Agency>
{
    private readonly string? _acronym;
    private readonly ImmutableArray<string> _aliases = [];
    private readonly AgencyId? _parent;
    private readonly string? _iatiIdentifier;
    private readonly ImmutableArray<string> _iatiAliases = [];
    private readonly ImmutableArray<Citation> _citations = [];
    private readonly string? _note;

    /// <summary>Initializes an agency with what identifies it; the rest is set by the init properties:
    /// <c>new Agency(id, name, kind) { Acronym = "UNDP", IatiIdentifier = "XM-DAC-41114" }</c>.</summary>
    /// <param name="id">The canonical id.</param>
    /// <param name="name">The name as written, such as <c>United Nations Development Programme</c>.</param>
    /// <param name="kind">The kind of organisation.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>, or <paramref name="name"/> is empty
    /// or white space or holds an unpaired surrogate; the message names the value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public Agency(AgencyId id, string name, AgencyKind kind)
    {
        Guard.Against.DefaultValue(id);
        Name = Provenance.Text(Guard.Against.Blank(name, $"Agency '{id}' needs a name, was '{name}'."), $"Agency '{id}'", nameof(name));
        Guard.Against.InvalidNumber(!Enum.IsDefined(kind), kind, $"Agency '{id}': kind must be a defined AgencyKind, was {(int)kind}.", nameof(kind));
        Id = id;
        Kind = kind;
    }

    /// <summary>Gets where the documents name it; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element; the message names the agency and
    /// the index.</exception>
    public ImmutableArray<Citation> Citations { get => _citations; init => _citations = Provenance.Citations(value, $"Agency '{Id}'", "citations"); }

    /// <summary>Gets the name to display: <see cref="Name"/>, or its correction where the source misspells it.
    /// Initialize it with the correction (and say so in <see cref="Note"/>); <see langword="null"/> means none.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the agency and the field.</exception>
    [AllowNull]
    public string DisplayName { get => CorrectedName ?? Name; init => CorrectedName = Provenance.Optional(value, $"Agency '{Id}'", "displayName"); }

    /// <summary>Gets a note on the record (how it was classified, what the source says of it), or
    /// <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the agency and the field.</exception>
    public string? Note { get => _note; init => _note = Provenance.Optional(value, $"Agency '{Id}'", "note"); }

    // The display name when it differs from the name as written (what the JSON holds).
    internal string? CorrectedName { get; private init; }


    /// <summary>Gets the canonical id.</summary>
    public AgencyId Id { get; }

    /// <summary>Gets the name as written.</summary>
    public string Name { get; }

    /// <summary>Gets the acronym, such as <c>UNDP</c>, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the agency and the field.</exception>
    public string? Acronym { get => _acronym; init => _acronym = Provenance.Optional(value, $"Agency '{Id}'", "acronym"); }

    /// <summary>Gets the kind of organisation.</summary>
    public AgencyKind Kind { get; }

    /// <summary>Gets the id of the organisation this one belongs to, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to <c>default</c> or to the agency's own id; the message names
    /// both.</exception>
    public AgencyId? Parent { get => _parent; init => _parent = Another(Id, value); }

    /// <summary>Gets the IATI organisation identifier, such as <c>XM-DAC-41114</c>, or <see langword="null"/> when it
    /// has none (UN-DESA and the MDG Achievement Fund have none: none is invented).</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the agency and the field.</exception>
    public string? IatiIdentifier { get => _iatiIdentifier; init => _iatiIdentifier = Provenance.Optional(value, $"Agency '{Id}'", "iatiIdentifier"); }

    /// <summary>Gets the other names and spellings the organisation goes by (<c>UN/DESA</c>, <c>DESA</c>); the name and
    /// acronym need not be repeated. Each is there once (the exact text: <c>DESA</c> and <c>Desa</c> are two spellings,
    /// which <see cref="AgencyDirectory.GetByAlias"/> finds alike); empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/>, empty or white-space value, one with an
    /// unpaired surrogate, or the same value twice (refused, not dropped); the message names the agency, the index and
    /// the value.</exception>
    public ImmutableArray<string> Aliases { get => _aliases; init => _aliases = Provenance.Texts(value, $"Agency '{Id}'", "aliases"); }

    /// <summary>Gets the other identifiers IATI files use for it: bare DAC codes (<c>41114</c>), legacy or member
    /// identifiers. Each is there once (the exact text); empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/>, empty or white-space value, one with an
    /// unpaired surrogate, or the same value twice (refused, not dropped); the message names the agency, the index and
    /// the value.</exception>
    public ImmutableArray<string> IatiAliases { get => _iatiAliases; init => _iatiAliases = Provenance.Texts(value, $"Agency '{Id}'", "iatiAliases"); }

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

    private static AgencyId? Another(AgencyId id, AgencyId? parent)
    {
        Guard.Against.Invalid(parent is { } p && (p.IsDefault || p == id), $"Agency '{id}': the parent '{parent}' must be another agency.", nameof(parent));
        return parent;
    }
}
