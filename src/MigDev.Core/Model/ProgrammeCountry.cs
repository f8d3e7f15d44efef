using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>A country in a programme's named list, with the relation the list states.</summary>
/// <remarks>Equality compares every part, citations and note included. Immutable.</remarks>
public sealed class ProgrammeCountry : IEquatable<ProgrammeCountry>
{
    /// <summary>Initializes the relation.</summary>
    /// <param name="country">The country.</param>
    /// <param name="relation">Why it belongs to the programme.</param>
    /// <param name="citations">Where the country is named in this relation.</param>
    /// <param name="note">A note on how the source was read, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="country"/> is <c>default</c>, a citation is
    /// <see langword="null"/>, or <paramref name="note"/> is empty or white space (<see langword="null"/> is none) or
    /// holds an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined value.</exception>
    public ProgrammeCountry(CountryCode country, CountryRelation relation, IEnumerable<Citation>? citations = null, string? note = null)
    {
        Guard.Against.DefaultValue(country);
        Guard.Against.UndefinedEnum(relation);
        Country = country;
        Relation = relation;
        Citations = Provenance.Citations(citations, $"Country '{country}'", nameof(citations));
        Note = Provenance.Optional(note, $"Country '{country}'", nameof(note));
    }

    /// <summary>Gets where the country is named in this relation.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the country.</summary>
    public CountryCode Country { get; }

    /// <summary>Gets why it belongs to the programme.</summary>
    public CountryRelation Relation { get; }

    /// <summary>Compares two relations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ProgrammeCountry? left, ProgrammeCountry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two relations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(ProgrammeCountry? left, ProgrammeCountry? right) => !(left == right);

    /// <summary>Returns whether country, relation, citations (in order) and note are equal.</summary>
    /// <param name="other">The other.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] ProgrammeCountry? other) => other is not null && Country == other.Country && Relation == other.Relation
        && Citations.SequenceEqual(other.Citations) && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ProgrammeCountry other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Country, Relation);

    /// <summary>Returns a description such as <c>MD Target</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Country} {Relation}";
}
